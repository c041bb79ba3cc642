import PlanDomain
import PlanReports

/// A computed ``ReportTable`` in a panel (the funding timetable, everyone's financial burden): its
/// title, the columns that fit, rows with a gap in the warning colour, the total in bold, its notes.
enum ReportTableView {
    static func draw(_ frame: inout Frame, state: AppState, area: Rect, table: ReportTable) {
        if let empty = table.empty {
            frame.canvas.putWrapped(empty, x: area.x + 1, y: area.y, role: .muted, width: area.width - 2)
            return
        }
        frame.canvas.putFitted(table.title, x: area.x + 1, y: area.y, role: .heading, maxWidth: area.width - 2)
        typealias C = PanelTable.Column
        let columns = table.columns.map { C(title: $0.title, width: $0.width, right: $0.numeric, priority: $0.priority) }
        let rows = table.rows.map { row in
            row.cells.map { PanelTable.Cell($0, row.total ? .tableHeader : (row.flagged ? .warning : nil)) }
        }
        let notes = table.notes.prefix(max(0, min(2, area.height - 4)))
        PanelTable(columns: columns, rows: rows)
            .draw(&frame, state: state, area: Rect(x: area.x, y: area.y + 2, width: area.width,
                                                   height: area.height - 2 - notes.count))
        for (offset, note) in notes.enumerated() {
            frame.canvas.putFitted(note, x: area.x + 1, y: area.maxY - notes.count + offset, role: .muted,
                                   maxWidth: area.width - 2)
        }
    }
}
