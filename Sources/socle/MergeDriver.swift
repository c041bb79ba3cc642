import ArgumentParser
import Foundation
import PlanDomain
import PlanStore

/// `socle merge-driver BASE OURS THEIRS [PATH]`: what git runs to merge plan.json (see `socle git-setup`).
struct MergeDriver: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-driver",
        abstract: "Merge three versions of a plan.json by entity and field (git runs this; see git-setup).",
        discussion: """
            Git calls it as `socle merge-driver %O %A %B %P` once `socle git-setup` has registered it. The merged \
            plan is written over OURS. New entities of both sides are kept (an id both sides took is renumbered \
            on their side, and references follow); changes to different fields are all kept; a field both \
            sides changed differently keeps ours and is stored in the plan as a conflict, which the workbench \
            shows as an error you resolve by choosing base, ours or theirs. No conflict markers are ever written.

            Exits 0 when the merge is clean, 1 when it recorded conflicts (git then reports the file as \
            conflicted; it is valid and opens), 2 when a version cannot be read (OURS is then left as it was).
            """)

    @Argument(help: "The common ancestor's version (git's %O); an empty file when there is none.") var base: String
    @Argument(help: "Our version (git's %A); the merged plan is written here.") var ours: String
    @Argument(help: "Their version (git's %B).") var theirs: String
    @Argument(help: "The file's path in the repository (git's %P), for messages.") var path: String?

    func run() throws {
        let name = path ?? "plan.json"
        let baseData = try read(base, "the common ancestor's")
        let basePlan = baseData.allSatisfy({ [0x20, 0x0A, 0x0D, 0x09].contains($0) }) ? nil
            : try decode(baseData, "the common ancestor's")
        let oursPlan = try decode(try read(ours, "our"), "our")
        let theirsPlan = try decode(try read(theirs, "their"), "their")
        let sides = MergeSides.current(directory: FileManager.default.currentDirectoryPath)
        let merged: PlanMerge
        do {
            merged = try Plan.merge(base: basePlan, ours: oursPlan, theirs: theirsPlan, oursBy: sides.ours,
                                    theirsBy: sides.theirs, time: ISO8601DateFormatter().string(from: Date()))
            try PlanCodec.encode(merged.plan, file: ours).write(to: URL(fileURLWithPath: ours))
        } catch {
            throw Failure(description: "socle merge-driver: \(name): \(error); our version is left as it was.")
        }
        for renumbered in merged.renumbered {
            Output.error("socle: \(name): their new \(renumbered.kind.label) \(renumbered.from) is now \(renumbered.to) "
                + "(ours had added \(renumbered.from) too)")
        }
        guard !merged.conflicts.isEmpty else { return }
        Output.error("socle: \(name): \(counted(merged.conflicts.count, "conflict")) kept ours and stored in the plan; "
            + "open it in Socle to choose (f lists them), then `git add \(name)`:")
        let numbers = Output.numbers(for: merged.plan)
        for conflict in merged.conflicts {
            Output.error("  \(conflict.place): ours \(conflict.describe(.ours, numbers: numbers)), theirs "
                + "\(conflict.describe(.theirs, numbers: numbers)), base \(conflict.describe(.base, numbers: numbers))")
        }
        throw ExitCode(1)
    }

    private func read(_ file: String, _ whose: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw Failure(description: "socle merge-driver: cannot read \(whose) version (\(file)): \(error.localizedDescription)")
        }
    }

    private func decode(_ data: Data, _ whose: String) throws -> Plan {
        do {
            return try PlanCodec.decode(data, file: "\(path ?? "plan.json") (\(whose) version)").plan
        } catch {
            throw Failure(description: "socle merge-driver: \(error); our version is left as it was.")
        }
    }
}

/// Who the two sides of a git merge are: our branch, and theirs as `git merge` names it.
struct MergeSides {
    var ours: String?
    var theirs: String?

    static func current(directory: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> MergeSides {
        var sides = MergeSides()
        if let result = Git.run(["symbolic-ref", "--short", "-q", "HEAD"], in: directory), result.status == 0,
           !result.text.isEmpty {
            sides.ours = result.text
        }
        // `git merge` names each head it merges in GITHEAD_<commit>.
        sides.theirs = environment.filter { $0.key.hasPrefix("GITHEAD_") }.map(\.value).sorted().first
        return sides
    }
}
