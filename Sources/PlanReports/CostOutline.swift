import PlanDomain
import TerminalDrawing

/// The JSON of `socle cost --json`: the currency, then each scenario with its measures year by year
/// and the package's total. Amounts are unrounded, in the plan's currency; percentages are percent.
public struct CostOutline: Encodable {
    public var currency: String
    public var scenarios: [ScenarioCost]

    public init(plan: Plan, scenarios: [ScenarioCost]) {
        currency = plan.meta.currency
        self.scenarios = scenarios
    }
}
