import PlanDomain

/// Figures a table's cells show that follow from the whole plan rather than from the row alone (an
/// execution record's spending against its measure's costing). Computed once per plan: the workbench
/// keeps them in ``PanelCache`` (`AppState.tableFigures`), `socle show` computes them once per table,
/// so drawing, filtering or sorting a table computes no costing.
public struct TableFigures: Sendable {
    /// Each execution record's spending over its measure's costed total for the year, in percent
    /// (absent when the measure is unknown or nothing was costed for that year).
    public var executionRates: [EntityID: Double] = [:]

    public init() {}

    /// The figures of `plan`, its costs from `model` when the caller has it.
    public init(_ plan: Plan, model: CostModel? = nil) {
        guard !plan.monitoring.executions.isEmpty else { return }
        for (record, year) in zip(plan.monitoring.executions, plan.executionYears(model: model)) {
            if let rate = year.ratePercent, executionRates[record.id] == nil { executionRates[record.id] = rate }
        }
    }
}
