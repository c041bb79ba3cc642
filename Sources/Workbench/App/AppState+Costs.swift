import PlanDomain

/// What the cost panels need from the state: their rows are the years of the plan's horizon;
/// `m` (the list's mode) picks the scenario, `z` (its zoom) the chart's scale, `<` `>` (its offset)
/// scroll the scenarios compared.
extension AppState {
    /// Rows of a computed panel.
    func panelRowCount(_ panel: Panel) -> Int {
        switch panel {
        case .cost, .scenarios: plan.meta.years.map(\.count) ?? 0
        }
    }

    /// The scenario the cost panel shows: `m` steps through them.
    func costScenarioIndex(count: Int) -> Int {
        count == 0 ? 0 : ((list.mode % count) + count) % count
    }

    /// True when the cost chart's bars are amounts rather than shares of GDP (`z` switches).
    var costBarsInAmounts: Bool { list.zoom % 2 == 1 }
}

extension Panel {
    /// The keys the status line shows on this panel.
    var hints: [(String, String)] {
        switch self {
        case .cost: [("↑↓", "year"), ("m", "scenario"), ("z", "scale")]
        case .scenarios: [("↑↓", "year"), ("< >", "scroll")]
        }
    }

    /// What Enter says here: the panel is computed, so it is changed elsewhere.
    var openNotice: String {
        switch self {
        case .cost, .scenarios:
            "Costs are computed from the measures, scenarios and economy; edit those tabs to change them."
        }
    }
}
