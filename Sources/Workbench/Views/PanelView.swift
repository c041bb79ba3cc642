import PlanDomain
import PlanFormat
import PlanReports

/// The computed panels among the tabs (the Gantt chart, what is late, the budget, administrative costs,
/// the capacity matrix, costs, the heat map, the ranking, the roles matrix): the one place where the
/// state becomes each panel's view model; the views draw their model and see nothing else.
enum PanelView {
    /// Draws `panel` within `area` (the tab's body), whatever its size.
    static func draw(_ frame: inout Frame, state: AppState, panel: Panel, area: Rect) {
        frame.clipped(to: area) { frame in drawClipped(&frame, state: state, panel: panel, area: area) }
    }

    private static func drawClipped(_ frame: inout Frame, state: AppState, panel: Panel, area: Rect) {
        let view = panel.view(state.list)
        switch panel {
        case .gantt: GanttView.draw(&frame, model: .init(state), area: area)
        case .late: LateView.draw(&frame, model: .init(state), area: area)
        case .budget: BudgetPanelView.draw(&frame, model: .init(state), area: area)
        case .adminCosts: AdminCostsView.draw(&frame, model: .init(state), area: area)
        case .capacityMatrix: CapacityMatrixView.draw(&frame, model: .init(state), area: area)
        case .funding, .burden: ReportTableView.draw(&frame, model: .init(state, panel: panel), area: area)
        case .cost: CostPanelView.draw(&frame, model: .init(state), area: area)
        case .scenarios: ScenarioComparisonView.draw(&frame, model: .init(state), area: area)
        case .heatMap where view == 0: HeatMapView.draw(&frame, model: .init(state), area: area)
        case .heatMap where view == 1: GapListView.draw(&frame, model: .init(state), area: area)
        case .heatMap: ABNDView.draw(&frame, model: .init(state), area: area)
        case .ranking: RankingView.draw(&frame, model: .init(state, byGroup: view == 1), area: area)
        case .roleMatrix: RoleMatrixView.draw(&frame, model: .init(state, full: view == 1), area: area)
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

    /// A table cell for an amount of money: the exact figure (1,450,000), abbreviated (1.45M) only
    /// when the column is too narrow for it.
    static func amount(_ value: Double, _ figures: Figures) -> PanelTable.Cell {
        return PanelTable.Cell(figures.count(value), short: figures.abbreviated(value))
    }
}
