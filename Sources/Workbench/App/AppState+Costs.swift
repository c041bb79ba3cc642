import PlanDomain

/// What the cost panels need from the state: their rows are the years of the plan's horizon;
/// `m` (the list's mode) picks the scenario, `z` (its zoom) the chart's scale, `<` `>` (its offset)
/// scroll the scenarios compared.
extension AppState {
    /// The scenario the cost panel shows: `m` steps through them.
    func costScenarioIndex(count: Int) -> Int {
        count == 0 ? 0 : ((list.mode % count) + count) % count
    }

    /// True when the cost chart's bars are amounts rather than shares of GDP (`z` switches).
    var costBarsInAmounts: Bool { list.zoom % 2 == 1 }
}

