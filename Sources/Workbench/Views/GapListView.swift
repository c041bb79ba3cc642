import PlanDomain
import PlanFormat

/// The heat map's second view: every gap, those the matrix finds (no provision, or below the
/// threshold) and those the team recorded, with the reasons they serve and the measures that
/// address them.
enum GapListView {
    @dynamicMemberLookup
    struct Model: PanelModel {
        let context: PanelContext
        let matrix: CoverageMatrix
        let overview: GapOverview

        init(_ state: AppState) {
            context = PanelContext(state)
            matrix = state.coverageMatrix
            overview = state.gapOverview
        }
    }

    static func draw(_ frame: inout Frame, model: Model, area: Rect) {
        let figures = model.figures
        let plan = model.plan
        let matrix = model.matrix
        let overview = model.overview
        let rows = HeatMapRows.rows(overview)
        let summary = "\(counted(overview.derived.count, "gap")) from the matrix (\(overview.unrecorded.count) unrecorded), "
            + "\(overview.recorded.count) recorded"
        frame.canvas.putFitted(summary, x: area.x + 1, y: area.y, role: .muted, maxWidth: area.width - 2)
        let grid = Grid([
            GridColumn(title: "Gap", width: 22, flexible: true),
            GridColumn(title: "Kind", width: 13),
            GridColumn(title: "Cover", width: 5, right: true),
            GridColumn(title: "Recorded", width: 8, priority: 2),
            GridColumn(title: "Serves", width: 12, flexible: true, priority: 2),
            GridColumn(title: "Measures", width: 12, priority: 3),
        ], width: area.width - 2)
        grid.header(&frame.canvas, x: area.x + 1, y: area.y + 1)
        let body = Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2)
        Grid.rows(&frame, grid: grid, count: rows.count, list: model.list, focused: model.focused, area: body) { index in
            switch rows[index] {
            case .derived(let gap):
                let cell = "\(gap.contingency.shortLabel) / \(plan.name(.group, gap.groupId))"
                let figure = gap.percent.map { figures.coverageCell($0) } ?? gap.band.label.lowercased()
                return GridRow(texts: [cell, gap.kind.label, figure, gap.recordedAs.joined(separator: " "),
                                       gap.reasonIds.joined(separator: " "), gap.measureIds.joined(separator: " ")],
                               roles: [1: HeatMapView.role(gap.band)])
            case .recorded(let gap):
                let figure = gap.contingency.flatMap { contingency in
                    gap.groupId.flatMap { matrix.cell(contingency, $0)?.percent }
                }.map { figures.coverageCell($0) } ?? ""
                return GridRow(texts: [gap.id + " " + gap.description, gap.kind.label, figure, gap.id,
                                       gap.reasonIds.joined(separator: " "),
                                       gap.measureIds.isEmpty ? "none" : gap.measureIds.joined(separator: " ")],
                               roles: gap.measureIds.isEmpty ? [5: .warning] : [:])
            }
        }
    }
}
