import PlanDomain

/// A column of a panel's grid: fitted like a table's columns.
struct GridColumn {
    var title: String
    var width: Int
    var flexible = false
    var priority = 1
    var right = false
}

/// One row of a grid: its cells' texts, roles for some cells, or one text across the whole row.
struct GridRow {
    var texts: [String]
    var roles: [Int: Role] = [:]
    var span = false
}

/// A simple table of text rows for the panels, with a header, a selected row and scrolling.
struct Grid {
    var columns: [GridColumn]
    /// (column index, width), in display order.
    var fitted: [(Int, Int)]

    init(_ columns: [GridColumn], width: Int) {
        self.columns = columns
        fitted = TableView.fit(columns.map { column in
            TableColumn(layoutOnly: column.title, width: column.width, flexible: column.flexible, right: column.right,
                        priority: column.priority)
        }, width: width)
    }

    /// Draws the cells of one line; `roles` may give a cell its own role.
    func line(_ canvas: inout Canvas, _ cells: [String], x: Int, y: Int, role: Role,
              roles: [Int: Role] = [:], attributes: TextAttributes = []) {
        var at = x
        for (index, width) in fitted {
            let text = index < cells.count ? cells[index].replacingNewlines : ""
            let padded = DisplayWidth.pad(text, to: width, alignment: columns[index].right ? .right : .left,
                                          ellipsis: canvas.glyphs.ellipsis)
            canvas.put(padded, x: at, y: y, role: roles[index] ?? role, attributes: attributes)
            at += width + 2
        }
    }

    func header(_ canvas: inout Canvas, x: Int, y: Int) {
        line(&canvas, columns.map(\.title), x: x, y: y, role: .tableHeader)
    }

    /// Draws `count` rows from the list's scroll position, keeping the selected one in view; `cells`
    /// gives each row's texts and roles.
    static func rows(_ frame: inout Frame, grid: Grid, count: Int, list: ListState, focused: Bool, area: Rect,
                     cells: (Int) -> GridRow) {
        let visible = max(0, area.height)
        let first = min(max(0, list.scroll), max(0, count - visible))
        let selected = min(max(0, list.selected), max(0, count - 1))
        var top = first
        if selected < top { top = selected }
        if visible > 0, selected >= top + visible { top = selected - visible + 1 }
        for row in 0..<visible {
            let index = top + row
            guard index < count else { break }
            let y = area.y + row
            let isSelected = index == selected
            let role: Role = isSelected ? (focused ? .tableSelected : .selection) : (row % 2 == 1 ? .tableRowAlt : .normal)
            frame.canvas.fill(Rect(x: area.x, y: y, width: area.width, height: 1), role: role)
            let content = cells(index)
            if content.span {
                frame.canvas.putFitted((content.texts.first ?? "").replacingNewlines, x: area.x + 1, y: y,
                                       role: isSelected ? role : content.roles[0] ?? role, maxWidth: area.width - 2)
            } else {
                grid.line(&frame.canvas, content.texts, x: area.x + 1, y: y, role: role,
                          roles: isSelected ? [:] : content.roles)
            }
            frame.regions.append(HitRegion(rect: Rect(x: area.x, y: y, width: area.width, height: 1), target: .row(index)))
        }
    }
}

/// Lines of text that flow across the width: a legend.
enum Legend {
    /// Puts `items` (glyph, words, role of the glyph) one after another, wrapping; returns the lines used.
    @discardableResult
    static func draw(_ canvas: inout Canvas, _ items: [(String, String, Role)], area: Rect) -> Int {
        var x = area.x
        var y = area.y
        for (glyph, words, role) in items {
            let width = DisplayWidth.of(glyph) + 1 + DisplayWidth.of(words)
            if x > area.x && x + width > area.maxX {
                x = area.x
                y += 1
            }
            guard y < area.maxY else { break }
            x += canvas.put(glyph, x: x, y: y, role: role)
            x += canvas.put(" " + words, x: x, y: y, role: .muted, maxWidth: area.maxX - x)
            x += 2
        }
        return min(y - area.y + 1, area.height)
    }
}
