import PlanDomain
import PlanReports

/// A computed ``ReportTable`` in a panel (the funding timetable, everyone's financial burden): its
/// title, the columns that fit, rows with a gap in the warning colour, the total in bold, its notes.
enum ReportTableView {
    struct Model: PanelModel {
        let context: PanelContext
        /// The panel's table, from the panel cache.
        let table: ReportTable?

        init(_ state: AppState, panel: Panel) {
            context = PanelContext(state)
            table = state.report(of: panel)
        }
    }

    static func draw(_ frame: inout Frame, model: Model, area: Rect) {
        guard let table = model.table else { return }
        if let empty = table.empty {
            frame.canvas.putWrapped(empty, x: area.x + 1, y: area.y, role: .muted, width: area.width - 2)
            return
        }
        frame.canvas.putFitted(table.title, x: area.x + 1, y: area.y, role: .heading, maxWidth: area.width - 2)
        // Only the columns that fit whole, by priority; the others are named under the table.
        let shown = table.fitted(width: area.width - 2)
        typealias C = PanelTable.Column
        let columns = shown.map { index in
            let column = table.columns[index]
            return C(title: column.title, width: column.width, right: column.numeric)
        }
        let rows = table.rows.map { row in
            shown.map { PanelTable.Cell(row.cells[$0], row.total ? .tableHeader : (row.flagged ? .warning : nil)) }
        }
        let hidden = table.hidden(width: area.width - 2)
        let allNotes = (hidden.isEmpty ? [] : ["Wider screen or socle show for: " + hidden.joined(separator: ", ") + "."])
            + table.notes
        let notes = allNotes.prefix(max(0, min(2, area.height - 4)))
        PanelTable(columns: columns, rows: rows)
            .draw(&frame, context: model.context, area: Rect(x: area.x, y: area.y + 2, width: area.width,
                                                   height: area.height - 2 - notes.count))
        for (offset, note) in notes.enumerated() {
            frame.canvas.putFitted(note, x: area.x + 1, y: area.maxY - notes.count + offset, role: .muted,
                                   maxWidth: area.width - 2)
        }
    }
}
