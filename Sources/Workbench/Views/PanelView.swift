import PlanDomain
import PlanFormat

/// The computed panels among the tabs: the Gantt chart, what is late, the budget, administrative
/// costs and the capacity matrix.
enum PanelView {
    static func draw(_ frame: inout Frame, state: AppState, panel: Panel, layout: Layout) {
        switch panel {
        case .gantt: GanttView.draw(&frame, state: state, area: layout.body)
        case .late: LateView.draw(&frame, state: state, area: layout.body)
        case .budget: BudgetPanelView.draw(&frame, state: state, area: layout.body)
        case .adminCosts: AdminCostsView.draw(&frame, state: state, area: layout.body)
        case .capacityMatrix: CapacityMatrixView.draw(&frame, state: state, area: layout.body)
        case .cost, .scenarios: CostPanelView.draw(&frame, state: state, layout: layout)
        case .heatMap, .ranking, .roleMatrix: AnalysisView.draw(&frame, state: state, panel: panel, layout: layout)
        }
    }

    /// The first row to show so that `selected` is visible in `visible` rows, starting from the
    /// list's own scroll (the reducer pages by the body's height, panels show fewer rows).
    static func firstRow(_ list: ListState, count: Int, visible: Int) -> Int {
        var first = min(list.scroll, max(0, count - visible))
        if list.selected < first { first = list.selected }
        if visible > 0, list.selected >= first + visible { first = list.selected - visible + 1 }
        return max(0, first)
    }

    /// A row's background: selected, alternate or plain.
    static func rowRole(_ index: Int, _ state: AppState) -> Role {
        index == state.list.selected ? (state.focus == .panel ? .tableSelected : .selection)
            : (index % 2 == 1 ? .tableRowAlt : .normal)
    }

    /// A table cell for an amount of money: the exact figure (1,450,000), abbreviated (1.45M) only
    /// when the column is too narrow for it.
    static func amount(_ value: Double, _ figures: Figures) -> PanelTable.Cell {
        return PanelTable.Cell(figures.count(value), short: figures.abbreviated(value))
    }
}
