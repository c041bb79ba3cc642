import PlanDomain
import PlanFormat
import PlanReports
import TerminalDrawing

/// Draws the ABND assessment matrix as a list of lines; Enter opens the selected item.
enum ABNDView {
    @dynamicMemberLookup
    struct Model: PanelModel {
        let context: PanelContext
        let lines: [ABNDRows.Line]

        init(_ state: AppState) {
            context = PanelContext(state)
            lines = state.abndLines
        }
    }

    static func draw(_ frame: inout Frame, model: Model, area: Rect) {
        let lines = model.lines
        frame.canvas.putFitted("ABND assessment matrix per R202 guarantee (Enter opens the scheme, gap or measure)",
                               x: area.x + 1, y: area.y, role: .muted, maxWidth: area.width - 2)
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        let grid = Grid([GridColumn(title: "", width: max(1, area.width - 2), flexible: true)], width: area.width - 2)
        Grid.rows(&frame, grid: grid, count: lines.count, list: model.list, focused: model.focused, area: body) { index in
            let line = lines[index]
            let role: Role = switch line.kind {
            case .heading: .heading
            case .label: .muted
            case .item: .normal
            }
            return GridRow(texts: [line.text], roles: [0: role], span: true)
        }
    }
}
