extension Canvas {
    /// Draws a horizontal rule of `length` columns starting at (`x`, `y`); where it crosses a
    /// vertical rule of the same style, a cross is drawn.
    public mutating func hline(x: Int, y: Int, length: Int, role: Role = .border, style: LineStyle = .light) {
        let g = glyphs.box(style)
        for column in x..<(x + max(0, length)) {
            putGlyph(self[column, y].shows(g.vertical) ? g.cross : g.horizontal, x: column, y: y, role: role)
        }
    }

    /// Draws a vertical rule of `length` rows starting at (`x`, `y`), crossing horizontal rules.
    public mutating func vline(x: Int, y: Int, length: Int, role: Role = .border, style: LineStyle = .light) {
        let g = glyphs.box(style)
        for row in y..<(y + max(0, length)) {
            putGlyph(self[x, row].shows(g.horizontal) ? g.cross : g.vertical, x: x, y: row, role: role)
        }
    }

    /// Draws a frame around `rect` with an optional title in its top edge (`┌─ Title ──┐`,
    /// truncated with an ellipsis to fit). Focus is usually shown with `style: .heavy` or `.double` and
    /// `role: .borderFocus`. The inside is left as it is.
    /// - Returns: the rectangle inside the frame.
    @discardableResult
    public mutating func box(_ rect: Rect, role: Role = .border, title: String? = nil,
                             titleRole: Role = .title, style: LineStyle = .light) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let g = glyphs.box(style)
        hline(x: rect.x + 1, y: rect.y, length: rect.width - 2, role: role, style: style)
        hline(x: rect.x + 1, y: rect.maxY - 1, length: rect.width - 2, role: role, style: style)
        vline(x: rect.x, y: rect.y + 1, length: rect.height - 2, role: role, style: style)
        vline(x: rect.maxX - 1, y: rect.y + 1, length: rect.height - 2, role: role, style: style)
        putGlyph(g.topLeft, x: rect.x, y: rect.y, role: role)
        putGlyph(g.topRight, x: rect.maxX - 1, y: rect.y, role: role)
        putGlyph(g.bottomLeft, x: rect.x, y: rect.maxY - 1, role: role)
        putGlyph(g.bottomRight, x: rect.maxX - 1, y: rect.maxY - 1, role: role)
        if let title, !title.isEmpty, rect.width >= 7 {
            let shown = DisplayWidth.truncate(title, to: rect.width - 6, ellipsis: glyphs.ellipsis)
            put(" \(shown) ", x: rect.x + 2, y: rect.y, role: titleRole, maxWidth: rect.width - 4)
        }
        return rect.inset(by: 1)
    }

    /// Draws a horizontal divider across the box `rect` at row `y`, joining its sides with tees (`├──┤`).
    public mutating func divider(across rect: Rect, y: Int, role: Role = .border, style: LineStyle = .light) {
        guard rect.width >= 2 else { return }
        let g = glyphs.box(style)
        putGlyph(g.teeLeft, x: rect.x, y: y, role: role)
        hline(x: rect.x + 1, y: y, length: rect.width - 2, role: role, style: style)
        putGlyph(g.teeRight, x: rect.maxX - 1, y: y, role: role)
    }

    /// Draws a vertical divider down the box `rect` at column `x`, joining its top and bottom with tees.
    public mutating func verticalDivider(across rect: Rect, x: Int, role: Role = .border, style: LineStyle = .light) {
        guard rect.height >= 2 else { return }
        let g = glyphs.box(style)
        putGlyph(g.teeTop, x: x, y: rect.y, role: role)
        vline(x: x, y: rect.y + 1, length: rect.height - 2, role: role, style: style)
        putGlyph(g.teeBottom, x: x, y: rect.maxY - 1, role: role)
    }

    /// Places one single-width glyph (frames, blocks, marks).
    public mutating func putGlyph(_ glyph: Character, x: Int, y: Int, role: Role, attributes: TextAttributes = []) {
        set(Cell(text: String(glyph), width: 1, role: role, attributes: attributes), x: x, y: y)
    }
}

extension Canvas {
    /// Puts prose that may not fit: when it is cut, an ellipsis says so (a bare cut reads as the
    /// whole text). Returns the columns used.
    @discardableResult
    public mutating func putFitted(_ text: String, x: Int, y: Int, role: Role = .normal,
                                   attributes: TextAttributes = [], maxWidth: Int) -> Int {
        put(DisplayWidth.truncate(text, to: max(0, maxWidth), ellipsis: glyphs.ellipsis), x: x, y: y, role: role,
            attributes: attributes)
    }
}

extension Canvas {
    /// Puts prose wrapped at spaces into `width` columns, on at most `maxLines` lines (the last one
    /// ends with an ellipsis when there is more). Returns the lines used.
    @discardableResult
    public mutating func putWrapped(_ text: String, x: Int, y: Int, role: Role = .normal, width: Int,
                                    maxLines: Int = .max) -> Int {
        let lines = TextWrap.lines(text, width: max(1, width))
        let shown = Array(lines.prefix(max(0, maxLines)))
        for (index, line) in shown.enumerated() {
            let cut = index == shown.count - 1 && shown.count < lines.count
            if cut {
                putFitted(line + " " + lines[index + 1], x: x, y: y + index, role: role, maxWidth: width)
            } else {
                put(line, x: x, y: y + index, role: role, maxWidth: width)
            }
        }
        return shown.count
    }
}
