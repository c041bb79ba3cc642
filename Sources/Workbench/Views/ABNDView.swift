import PlanDomain
import PlanFormat
import PlanReports
import TerminalDrawing

/// The lines of the heat map's ABND view: per R202 guarantee a heading, the floor's status, then
/// the existing provision, policy gaps, implementation issues and recommendations, one item a line.
enum ABNDRows {
    struct Line: Equatable {
        enum Kind: Equatable { case heading, label, item }
        var kind: Kind
        var text: String
        /// What Enter opens: a scheme, a recorded gap, a measure, or a derived gap's cell.
        var entity: EntityKind?
        var id: String?
    }

    static func lines(_ plan: Plan, numbers: NumberConvention) -> [Line] {
        let matrix = plan.abndMatrix { Figures(numbers).summary(of: $0, in: plan) }
        var lines: [Line] = []
        for row in matrix.rows {
            lines.append(Line(kind: .heading, text: [row.paragraph, row.label].filter { !$0.isEmpty }.joined(separator: "  ")))
            if let status = row.status {
                lines.append(Line(kind: .label, text: "  Status: " + ABNDReport.statusText(status, numbers: numbers)))
            }
            let sections: [(String, [ABNDMatrix.Item], EntityKind?)] = [
                ("Existing provision", row.provision, .scheme), ("Policy gaps", row.policyGaps, .gap),
                ("Implementation issues", row.implementationIssues, .gap), ("Recommendations", row.recommendations, .measure),
            ]
            for (title, items, kind) in sections {
                lines.append(Line(kind: .label, text: "  \(title)" + (items.isEmpty ? ": none" : "")))
                for item in items {
                    var text = "    \(item.id)  \(item.text)"
                    if !item.links.isEmpty { text += " [" + item.links.joined(separator: ", ") + "]" }
                    lines.append(Line(kind: .item, text: text, entity: kind, id: item.id))
                }
            }
        }
        return lines
    }
}

/// Draws the ABND assessment matrix as a list of lines; Enter opens the selected item.
enum ABNDView {
    static func draw(_ frame: inout Frame, state: AppState, area: Rect) {
        let lines = ABNDRows.lines(state.plan, numbers: state.numbers)
        frame.canvas.putFitted("ABND assessment matrix per R202 guarantee (Enter opens the scheme, gap or measure)",
                               x: area.x + 1, y: area.y, role: .muted, maxWidth: area.width - 2)
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        let grid = Grid([GridColumn(title: "", width: max(1, area.width - 2), flexible: true)], width: area.width - 2)
        Grid.rows(&frame, grid: grid, count: lines.count, list: state.list, focused: state.focus == .panel, area: body) { index in
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
