import PlanDomain

/// A collection as a table: columns fitted to the width, sortable, filterable, scrolled to the
/// selection; on wide terminals the selected row's details beside it.
enum TableView {
    static func draw(_ frame: inout Frame, state: AppState, kind: EntityKind, layout: Layout) {
        let area = layout.tableArea
        let list = state.list
        let rows = state.rows(of: kind, list: list)
        let all = kind.columns
        let fitted = fit(all, width: area.width - 2)
        var x = area.x + 1
        for (column, width) in fitted {
            var title = all[column].title
            if let sort = list.sort, sort.column == column {
                title += sort.ascending ? String(frame.canvas.glyphs.arrowUp) : String(frame.canvas.glyphs.arrowDown)
            }
            let aligned = DisplayWidth.pad(title, to: width, alignment: all[column].alignment == .right ? .right : .left,
                                           ellipsis: frame.canvas.glyphs.ellipsis)
            frame.canvas.put(aligned, x: x, y: area.y, role: .tableHeader)
            x += width + 2
        }
        let visible = max(1, layout.listHeight - (list.filter.isEmpty ? 0 : 1))
        if rows.isEmpty {
            let message = list.filter.isEmpty
                ? "No \(kind.label)s yet. Press a to add the first one."
                : "No \(kind.label) matches \"\(list.filter)\". Press / to change the search."
            frame.canvas.put(message, x: area.x + 1, y: area.y + 2, role: .muted, maxWidth: area.width - 2)
        }
        let abbreviated = fitted.map { column, width in
            all[column].abbreviates(rows, in: state.plan, numbers: state.numbers, width: width)
        }
        for row in 0..<visible {
            let index = list.scroll + row
            guard index < rows.count else { break }
            let y = area.y + 1 + row
            let selected = index == list.selected
            let role: Role = selected ? (state.focus == .panel ? .tableSelected : .selection) : (row % 2 == 1 ? .tableRowAlt : .normal)
            frame.canvas.fill(Rect(x: area.x, y: y, width: area.width, height: 1), role: role)
            var x = area.x + 1
            for (slot, (column, width)) in fitted.enumerated() {
                let text = all[column].text(of: rows[index], in: state.plan, numbers: state.numbers,
                                            abbreviated: abbreviated[slot]).replacingNewlines
                let cell = DisplayWidth.pad(text, to: width, alignment: all[column].alignment == .right ? .right : .left,
                                            ellipsis: frame.canvas.glyphs.ellipsis)
                frame.canvas.put(cell, x: x, y: y, role: role)
                x += width + 2
            }
            frame.regions.append(HitRegion(rect: Rect(x: area.x, y: y, width: area.width, height: 1), target: .row(index)))
        }
        drawFooter(&frame.canvas, list: list, count: rows.count, total: state.plan.entities(kind).count,
                   visible: visible, area: area)
        if layout.hasDetailPane, list.selected < rows.count {
            DetailView.draw(&frame.canvas, entity: rows[list.selected], kind: kind, state: state, area: layout.detailArea)
        }
    }

    /// The columns that fit in `width`, most important first, with spare room shared by the
    /// flexible ones. Returns (column index, width) in display order.
    static func fit(_ columns: [TableColumn], width: Int) -> [(Int, Int)] {
        var chosen: [Int] = []
        var used = 0
        for priority in 1...3 {
            for (index, column) in columns.enumerated() where column.priority == priority {
                let need = column.width + (chosen.isEmpty ? 0 : 2)
                if used + need <= width {
                    chosen.append(index)
                    used += need
                }
            }
        }
        chosen.sort()
        var widths = chosen.map { columns[$0].width }
        let flexible = chosen.indices.filter { columns[chosen[$0]].flexible }
        var spare = width - used
        if !flexible.isEmpty {
            let share = spare / flexible.count
            for slot in flexible { widths[slot] += share }
            spare -= share * flexible.count
            if spare > 0 { widths[flexible.last!] += spare }
        }
        return zip(chosen, widths).map { ($0, $1) }
    }

    private static func drawFooter(_ canvas: inout Canvas, list: ListState, count: Int, total: Int, visible: Int,
                                   area: Rect) {
        let y = area.maxY - 1
        if !list.filter.isEmpty {
            let text = "Search \"\(list.filter)\": \(count) of \(total)"
            canvas.fill(Rect(x: area.x, y: y, width: area.width, height: 1), role: .normal)
            canvas.put(text, x: area.x + 1, y: y, role: .searchMatch, maxWidth: area.width - 2)
        } else if count > visible {
            // On the rule above the table, where it never covers a column title.
            let text = " \(list.selected + 1)/\(count) "
            canvas.put(text, x: area.maxX - DisplayWidth.of(text) - 1, y: area.y - 1, role: .muted)
        }
    }
}

extension String {
    /// Line breaks shown as spaces, for one-line cells.
    var replacingNewlines: String {
        String(map { $0.isNewline ? " " : $0 })
    }
}
