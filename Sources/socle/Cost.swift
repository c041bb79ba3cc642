import ArgumentParser
import Foundation
import PlanDomain
import Workbench
import PlanReports

/// `socle cost DIR`: the cost of each scenario's package year by year, as text or JSON.
struct Cost: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the cost of the plan's scenarios, year by year, and how it is financed.",
        discussion: """
            Costs are computed the Rapid Assessment Protocol way (the user guide, docs/USER-GUIDE.md, "How costs are computed"). \
            A plan with no scenarios is costed as one package of all its measures. --json gives every \
            amount unrounded, in the plan's currency, and percentages as percent (0.41 means 0.41%).
            """)

    @Argument(help: "The plan folder (or a plan.json).", completion: .file()) var dir: String
    @Option(help: "Only the scenario with this name or id.") var scenario: String?
    @Flag(help: "Print the costs as JSON.") var json = false

    func run() throws {
        let plan = try Loading.plan(at: dir)
        var costs = plan.costComparison()
        if let wanted = scenario {
            guard let chosen = plan.costScenario(named: wanted) else {
                let names = plan.costScenarios.map { "\"\($0.name)\"" + ($0.id.isEmpty ? "" : " (\($0.id))") }
                throw Failure(description: "No scenario \"\(wanted)\" in this plan. Its scenarios: "
                    + names.joined(separator: ", ") + ".")
            }
            costs = [plan.costs(scenario: chosen)]
        }
        if json {
            try Output.json(CostOutline(plan: plan, scenarios: costs))
        } else {
            FileHandle.standardOutput.write(Data(Output.clean(CostReport.render(plan, scenarios: costs, numbers: Output.numbers(for: plan))).utf8))
        }
    }
}
