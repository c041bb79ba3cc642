import ArgumentParser
import Foundation
import PlanDomain
import Workbench
import PlanFormat
import PlanReports

/// `socle abnd DIR`: the ABND assessment matrix per R202 guarantee.
struct ABNDCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "abnd",
        abstract: "Print the ABND assessment matrix: per R202 guarantee, provision, gaps, issues, recommendations.",
        discussion: """
            One block per guarantee of the social protection floor (health care, children, working age, older \
            persons), as in the Assessment-Based National Dialogue: the floor's status (effective coverage of \
            the guarantee's branches over their reference populations), the existing schemes, the policy gaps \
            (found in the coverage matrix or recorded), the implementation issues and the measures that respond. \
            Exits 0, or 2 when the plan cannot be read.
            """)

    @Argument(help: "The plan folder (or a plan.json).", completion: .file()) var dir: String
    @Flag(help: "Print a stable machine-readable form instead.") var json = false

    func run() throws {
        let plan = try Loading.plan(at: dir)
        let numbers = Output.numbers(for: plan)
        if json {
            try Output.json(plan.abndMatrix { Figures(numbers).summary(of: $0, in: plan) })
        } else {
            FileHandle.standardOutput.write(Data(Output.clean(ABNDReport.render(plan, numbers: numbers)).utf8))
        }
    }
}
