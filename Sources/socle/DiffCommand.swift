import ArgumentParser
import Foundation
import PlanDomain
import PlanStore

/// `socle diff A B` / `socle diff DIR --rev REV`: what changed between two versions of a plan.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Say what changed between two versions of a plan, and what it does to the costs.",
        discussion: """
            Compares plan folders or plan.json files (`socle diff old new`), or a plan folder in git with a \
            revision (`socle diff DIR --rev HEAD~3`: that revision against the folder as it is now; twice, \
            `--rev A --rev B`, two revisions). Changes are told by entity and field, in the plan's number \
            format, followed by the change in each scenario's cost over the horizon and in its last year. \
            --json gives the same, with values as they are in plan.json. Exits 0, or 2 when a version \
            cannot be read.
            """)

    @Argument(help: "The older version: a plan folder or plan.json (or, with --rev, the plan folder).",
              completion: .file()) var first: String
    @Argument(help: "The newer version (not with two --rev).", completion: .file()) var second: String?
    @Option(name: .customLong("rev"), help: "A git revision of the plan folder (HEAD~3, a branch, a commit); give it twice to compare two revisions.")
    var revisions: [String] = []
    @Flag(help: "Print the changes as JSON.") var json = false

    func validate() throws {
        if revisions.count > 2 { throw ValidationError("--rev can be given at most twice.") }
        if revisions.count == 2 && second != nil {
            throw ValidationError("With two --rev, give only the plan folder.")
        }
    }

    func run() throws {
        let (old, new, names) = try versions()
        let diff = old.diff(to: new)
        if json {
            try Output.json(diff)
            return
        }
        Output.line("Changes from \(names.0) to \(names.1):")
        let lines = diff.lines(numbers: Output.numbers(for: new), plan: new)
        if lines.isEmpty { Output.line("  none") }
        for line in lines { Output.line("  " + line) }
    }

    private func versions() throws -> (Plan, Plan, (String, String)) {
        switch revisions.count {
        case 0:
            guard let second else { throw ValidationError("Give two versions, or a plan folder and --rev REVISION.") }
            return (try Loading.plan(at: first), try Loading.plan(at: second), (first, second))
        case 1:
            let newer = second ?? first
            return (try plan(at: revisions[0], in: first), try Loading.plan(at: newer), (revisions[0], newer))
        default:
            return (try plan(at: revisions[0], in: first), try plan(at: revisions[1], in: first), (revisions[0], revisions[1]))
        }
    }

    private func plan(at revision: String, in folder: String) throws -> Plan {
        let data = try Git.planFile(at: revision, in: folder)
        do {
            return try PlanCodec.decode(data, file: "\(revision):plan.json").plan
        } catch {
            throw Failure(description: "socle: \(error)")
        }
    }
}
