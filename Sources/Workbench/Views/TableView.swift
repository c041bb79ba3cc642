import PlanDomain

/// A collection as a table: columns fitted to the width, sortable, filterable, scrolled to the
/// selection; on wide terminals the selected row's details beside it.
enum TableView {
    /// Where a table draws: the layout's body, and the rule above it (where the position counter goes).
    static func rect(_ layout: Layout) -> Rect {
        Rect(x: layout.body.x, y: layout.body.y - 1, width: layout.body.width, height: layout.body.height + 1)
    }

    @dynamicMemberLookup
    struct Model: PanelModel {
        let context: PanelContext
        let kind: EntityKind
        /// The rows shown: filtered and sorted by the list's state, from the row cache.
        let rows: [any PlanEntity]
        /// The figures its cells show that follow from the whole plan, from the cache.
        let tableFigures: TableFigures

        /// The kind's columns, the id column as wide as the plan's longest id.
        let columns: [TableColumn]

        /// Where the rows and the columns' abbreviations are kept between frames.
        private let rowCache: RowCache

        init(_ state: AppState, kind: EntityKind) {
            context = PanelContext(state)
            self.kind = kind
            rows = state.rows(of: kind, list: state.list)
            tableFigures = state.tableFigures
            rowCache = state.rowCache
            let plan = state.plan
            let widest = rowCache.idWidth(kind) { plan.ids(kind).reduce(0) { max($0, DisplayWidth.of($1)) } }
            columns = kind.columns.map { $0.widened(toFit: widest) }
        }

        var numbers: NumberConvention { context.figures.numbers }

        /// Whether `column` shows abbreviated figures at `width`: when any row's full text is wider.
        /// Decided once per plan, filter and width (the row cache), since it reads every row.
        func abbreviates(_ column: Int, of columns: [TableColumn], width: Int) -> Bool {
            let key = RowCache.AbbreviationKey(kind: kind, filter: context.list.filter, column: column, width: width,
                                               numbers: "\(numbers)")
            return rowCache.abbreviates(key) {
                columns[column].abbreviates(rows, in: context.plan, numbers: numbers, width: width)
            }
        }

        /// The rows' cells drawn with these columns so far (the row cache).
        func lines(fitted: [(Int, Int)], abbreviated: [Bool], width: Int, glyphs: Glyphs) -> RowCache.Lines {
            let list = context.list
            let rows = RowCache.Key(kind: kind, filter: list.filter, sortColumn: list.sort?.column,
                                    ascending: list.sort?.ascending ?? true)
            return rowCache.lines(RowCache.LineKey(rows: rows, columns: fitted.flatMap { [$0.0, $0.1] },
                                                   abbreviated: abbreviated, width: width, glyphs: glyphs,
                                                   numbers: numbers))
        }
    }

    /// Draws within ``rect(_:)``, whatever the layout's size.
    static func draw(_ frame: inout Frame, model: Model, layout: Layout) {
        frame.clipped(to: rect(layout)) { drawClipped(&$0, model: model, layout: layout) }
    }

    private static func drawClipped(_ frame: inout Frame, model state: Model, layout: Layout) {
        let area = layout.tableArea
        let kind = state.kind
        let list = state.list
        let rows = state.rows
        // Read once: `state.plan` goes through a key path (a copy of the plan per cell otherwise).
        let plan = state.context.plan, numbers = state.numbers, figures = state.tableFigures
        let all = state.columns
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
                ? "No \(kind.pluralLabel) yet. Press a to add the first one."
                : "No \(kind.label) matches \"\(list.filter)\". Press / to change the search."
            frame.canvas.putWrapped(message, x: area.x + 1, y: area.y + 2, role: .muted, width: area.width - 2,
                                    maxLines: max(1, area.height - 2))
        }
        let abbreviated = fitted.map { column, width in state.abbreviates(column, of: all, width: width) }
        let lines = state.lines(fitted: fitted, abbreviated: abbreviated, width: area.width, glyphs: frame.canvas.glyphs)
        for row in 0..<visible {
            let index = list.scroll + row
            guard index < rows.count else { break }
            let y = area.y + 1 + row
            let selected = index == list.selected
            let role: Role = selected ? (state.focused ? .tableSelected : .selection) : (row % 2 == 1 ? .tableRowAlt : .normal)
            // Each row's cells are drawn once per plan, list and column widths (the row cache), then placed.
            let line = lines.line(index) {
                var strip = Canvas(width: area.width, height: 1, glyphs: frame.canvas.glyphs)
                var x = 1
                for (slot, (column, width)) in fitted.enumerated() {
                    let text = all[column].text(of: rows[index], in: plan, numbers: numbers,
                                                abbreviated: abbreviated[slot], figures: figures).replacingNewlines
                    let cell = DisplayWidth.pad(text, to: width, alignment: all[column].alignment == .right ? .right : .left,
                                                ellipsis: strip.glyphs.ellipsis)
                    strip.put(cell, x: x, y: 0)
                    x += width + 2
                }
                return strip.strip(y: 0, count: area.width)
            }
            frame.canvas.place(line, x: area.x, y: y, role: role)
            frame.regions.append(HitRegion(rect: Rect(x: area.x, y: y, width: area.width, height: 1), target: .row(index)))
        }
        drawFooter(&frame.canvas, list: list, count: rows.count, total: plan.count(kind),
                   visible: visible, area: area)
        if layout.hasDetailPane, list.selected < rows.count {
            DetailView.draw(&frame.canvas, entity: rows[list.selected], kind: kind, plan: plan, numbers: numbers,
                            area: layout.detailArea)
        } else if list.selected < rows.count {
            let shown = min(visible, rows.count - list.scroll)
            let free = Rect(x: area.x, y: area.y + 1 + shown, width: area.width,
                            height: area.maxY - (list.filter.isEmpty ? 0 : 1) - (area.y + 1 + shown))
            drawPreview(&frame.canvas, entity: rows[list.selected], columns: all, fitted: fitted, plan: plan, numbers: numbers,
                        figures: figures, area: free)
        }
    }

    /// Below a table that leaves room, the selected row's text that its cells cut or leave out, in
    /// full: on a narrow terminal a long question or description is read here without opening it.
    static func drawPreview(_ canvas: inout Canvas, entity: any PlanEntity, columns: [TableColumn],
                            fitted: [(Int, Int)], plan: Plan, numbers: NumberConvention, figures: TableFigures,
                            area: Rect) {
        guard area.height >= 3 else { return }
        let widths = Dictionary(fitted.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
        var lines: [String] = []
        for (index, column) in columns.enumerated() {
            let text = column.text(of: entity, in: plan, numbers: numbers, figures: figures).replacingNewlines
            guard !text.isEmpty else { continue }
            if let width = widths[index], DisplayWidth.of(text) <= width { continue }
            lines += TextWrap.lines("\(column.title): \(text)", width: area.width - 2)
        }
        guard !lines.isEmpty else { return }
        canvas.hline(x: area.x, y: area.y + 1, length: area.width, role: .border)
        let room = area.height - 2
        for (offset, line) in lines.prefix(room).enumerated() {
            let last = offset == room - 1 && lines.count > room
            canvas.put(last ? DisplayWidth.truncate(line + " " + canvas.glyphs.ellipsis, to: area.width - 2,
                                                    ellipsis: canvas.glyphs.ellipsis) : line,
                       x: area.x + 1, y: area.y + 2 + offset, role: .muted)
        }
    }

    /// The columns that fit in `width`. Returns (column index, width) in display order.
    static func fit(_ columns: [TableColumn], width: Int) -> [(Int, Int)] {
        ColumnFit.fit(columns.map { ColumnFit.Demand($0) }, width: width)
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
