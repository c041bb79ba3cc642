import PlanDomain

/// A table of computed rows for the panels: columns fitted to the width by priority (as entity
/// tables are), a header, the selection kept in view, and clickable rows.
struct PanelTable {
    struct Column {
        var title: String
        var width: Int
        var right = false
        var flexible = false
        var priority = 1
    }

    /// One cell: its text and, when it should stand out, its role; for figures, an abbreviation shown
    /// only when the exact text does not fit its column.
    struct Cell {
        var text: String
        var role: Role?
        var short: String?
        init(_ text: String, _ role: Role? = nil, short: String? = nil) {
            self.text = text
            self.role = role
            self.short = short
        }

        /// Whether the exact text is too wide for a column `width` wide (and an abbreviation exists).
        func overflows(_ width: Int) -> Bool { short != nil && DisplayWidth.of(text) > width }

        /// The text to show: abbreviated when its column abbreviates.
        func text(abbreviated: Bool) -> String { abbreviated ? short ?? text : text }
    }

    var columns: [Column]
    var rows: [[Cell]]

    /// The columns that fit in `width`: (column index, width), in display order.
    func fitted(width: Int) -> [(Int, Int)] {
        TableView.fit(columns.map { column in
            TableColumn(layoutOnly: column.title, width: column.width, flexible: column.flexible, right: column.right,
                        priority: column.priority)
        }, width: width)
    }

    /// Draws the header on `area`'s first line and as many rows as fit below it; returns the fit.
    @discardableResult
    func draw(_ frame: inout Frame, context: PanelContext, area: Rect, selectable: Bool = true) -> [(Int, Int)] {
        let fit = fitted(width: area.width - 2)
        let ellipsis = frame.canvas.glyphs.ellipsis
        var x = area.x + 1
        for (index, width) in fit {
            let column = columns[index]
            frame.canvas.put(DisplayWidth.pad(column.title, to: width, alignment: column.right ? .right : .left,
                                              ellipsis: ellipsis), x: x, y: area.y, role: .tableHeader)
            x += width + 2
        }
        // A column shows exact figures when all of them fit, else abbreviates them all, so a column
        // never mixes 9,000,000 and 24M.
        let abbreviated = Dictionary(fit.map { column, width in (column, rows.contains { $0[column].overflows(width) }) },
                                     uniquingKeysWith: { a, _ in a })
        let visible = max(1, area.height - 1)
        let first = selectable ? PanelView.firstRow(context.list, count: rows.count, visible: visible) : 0
        for slot in 0..<visible {
            let index = first + slot
            guard index < rows.count else { break }
            let y = area.y + 1 + slot
            let role = selectable ? context.rowRole(index) : (index % 2 == 1 ? Role.tableRowAlt : .normal)
            frame.canvas.fill(Rect(x: area.x, y: y, width: area.width, height: 1), role: role)
            var x = area.x + 1
            for (column, width) in fit {
                let cell = rows[index][column]
                let text = DisplayWidth.pad(cell.text(abbreviated: abbreviated[column] ?? false).replacingNewlines, to: width,
                                            alignment: columns[column].right ? .right : .left, ellipsis: ellipsis)
                let selected = selectable && index == context.list.selected
                frame.canvas.put(text, x: x, y: y, role: selected ? role : (cell.role ?? role))
                x += width + 2
            }
            if selectable {
                frame.regions.append(HitRegion(rect: Rect(x: area.x, y: y, width: area.width, height: 1), target: .row(index)))
            }
        }
        let used = fit.reduce(0) { $0 + $1.1 + 2 }
        let position = "\(context.list.selected + 1)/\(rows.count)"
        if rows.count > visible, selectable, area.width - used > DisplayWidth.of(position) + 1 {
            frame.canvas.put(position, x: area.maxX - DisplayWidth.of(position) - 1, y: area.y, role: .muted)
        }
        return fit
    }
}
