import ArgumentParser
import Foundation
import PlanDomain
import PlanStore

/// `socle check DIR`: the validation findings; exit 1 when there are errors.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a plan: list its errors, warnings and hints.",
        discussion: "Exits 0 when the plan has no errors, 1 when it has, 2 when it cannot be read.")

    @Argument(help: "The plan folder (or a plan.json).", completion: .file()) var dir: String
    @Flag(help: "Print the findings as JSON.") var json = false

    struct Report: Encodable {
        var errors: Int
        var warnings: Int
        var hints: Int
        var findings: [Finding]
    }

    func run() throws {
        let plan = try Loading.plan(at: dir)
        // JSON stays locale-neutral; text follows the plan or the locale, as the workbench does.
        let findings = plan.validate(numbers: json ? .commaPoint : Output.numbers(for: plan), today: Open.today())
        let report = Report(errors: findings.count(.error), warnings: findings.count(.warning),
                            hints: findings.count(.hint), findings: findings)
        if json {
            try Output.json(report)
        } else {
            for finding in findings {
                Output.line("\(finding.severity.label.padding(toLength: 8, withPad: " ", startingAt: 0))"
                    + "\(finding.location): \(finding.message)")
            }
            Output.line([counted(report.errors, "error"), counted(report.warnings, "warning"), counted(report.hints, "hint")]
                .joined(separator: ", ") + ".")
        }
        if report.errors > 0 { throw ExitCode(1) }
    }
}

/// Reading a plan for the commands that only look.
enum Loading {
    static func plan(at path: String) throws -> Plan {
        do {
            return try PlanStore.load(at: URL(fileURLWithPath: path))
        } catch {
            throw Failure(description: "socle: \(error)")
        }
    }
}

/// "1 error", "2 errors".

