/// A width×height grid of ``Cell``s that views draw into and terminals show.
///
/// Drawing clips to the canvas; text is clipped by display width and sanitized on the way in
/// (see ``TextSanitizer``), so what a canvas holds is always safe to send to a terminal. With
/// ``Glyphs/ascii`` glyphs, text is also transliterated to ASCII as it is drawn.
public struct Canvas: Hashable, Sendable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// The characters views should draw frames, bars and marks with.
    public var glyphs: Glyphs
    /// Where the terminal should show its cursor (while editing text); nil hides it.
    public var cursor: Point?
    /// Where drawing lands: the whole canvas, or while a widget draws (``clipped(to:_:)``) its rect.
    /// Always within the canvas: a larger rect is cut to it.
    public var drawable: Rect { didSet { drawable = drawable.intersection(bounds) } }
    /// The cells, row after row (`y * width + x`).
    public private(set) var cells: [Cell]

    /// A blank canvas filled with `role`.
    public init(width: Int, height: Int, glyphs: Glyphs = .unicode, role: Role = .normal) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.glyphs = glyphs
        self.cells = Array(repeating: .blank(role), count: self.width * self.height)
        self.drawable = Rect(x: 0, y: 0, width: self.width, height: self.height)
    }

    /// Runs `draw` with drawing limited to `rect` (within any limit already set): a widget given a
    /// rect never draws outside it, however small the rect.
    public mutating func clipped<T>(to rect: Rect, _ draw: (inout Canvas) throws -> T) rethrows -> T {
        let saved = drawable
        drawable = saved.intersection(rect)
        defer { drawable = saved }
        return try draw(&self)
    }

    /// The whole canvas as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at column `x`, row `y`; a blank cell outside the canvas.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, x < width, y >= 0, y < height else { return .blank() }
        return cells[y * width + x]
    }

    /// Draws `text` at (`x`, `y`) in `role`, on one line, in at most `maxWidth` columns (and never
    /// past the canvas edge). A wide character that does not fit whole becomes a space; a
    /// character is never split. Zero-width characters with nothing to attach to are dropped.
    /// - Returns: the columns used, so calls can be chained (`x += canvas.put(...)`).
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: Role = .normal,
                             attributes: TextAttributes = [], maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(maxWidth ?? Int.max, width - x)
        guard limit > 0 else { return 0 }
        let clean = glyphs.isUnicode ? TextSanitizer.sanitize(text) : TextSanitizer.asciiOnly(text)
        if clean.utf8.allSatisfy({ $0 < 0xCC }) {
            return putNarrow(clean, x: x, y: y, role: role, attributes: attributes, limit: limit)
        }
        var used = 0
        for character in clean {
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            if used + w > limit {
                if used < limit { set(Cell(text: " ", width: 1, role: role, attributes: attributes), x: x + used, y: y); used += 1 }
                break
            }
            let column = x + used
            if column + w <= 0 {
                // entirely left of the canvas
            } else if column < 0 {
                set(Cell(text: " ", width: 1, role: role, attributes: attributes), x: 0, y: y)
            } else {
                set(Cell(text: String(character), width: w, role: role, attributes: attributes), x: column, y: y)
            }
            used += w
        }
        return used
    }

    /// ``put(_:x:y:role:attributes:maxWidth:)`` for sanitized text whose code points are all below
    /// U+0300 (ASCII, Latin-1, Latin Extended): each is a grapheme of its own, one column wide, so
    /// the text is placed code point by code point without grapheme breaking or measuring.
    private mutating func putNarrow(_ clean: String, x: Int, y: Int, role: Role, attributes: TextAttributes,
                                    limit: Int) -> Int {
        var used = 0
        for scalar in clean.unicodeScalars {
            if used == limit { break }
            let column = x + used
            if column >= 0 { set(Cell(scalar: scalar, role: role, attributes: attributes), x: column, y: y) }
            used += 1
        }
        return used
    }

    /// Fills `rect` (clipped to the canvas) with `character` in `role`.
    public mutating func fill(_ rect: Rect, role: Role, with character: Character = " ") {
        let area = rect.intersection(drawable)
        guard !area.isEmpty else { return }
        let text = glyphs.isUnicode ? TextSanitizer.sanitize(String(character)) : TextSanitizer.asciiOnly(String(character))
        let cell = Cell(text: text.count == 1 && DisplayWidth.of(text) == 1 ? text : " ", width: 1, role: role)
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX { set(cell, x: column, y: row) }
        }
    }

    /// Gives every cell in `rect` `role` (and `attributes`), keeping its text: for highlighting a
    /// selected row after drawing it.
    public mutating func setRole(_ role: Role, in rect: Rect, attributes: TextAttributes = []) {
        let area = rect.intersection(drawable)
        guard !area.isEmpty else { return }
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX {
                cells[row * width + column].role = role
                cells[row * width + column].attributes = attributes
            }
        }
    }

    /// The canvas as plain text: one line per row, trailing spaces trimmed (for golden tests).
    public var text: String { lines.joined(separator: "\n") }

    /// The rows as plain text, trailing spaces trimmed.
    public var lines: [String] {
        (0..<height).map { row in
            var line = String.UnicodeScalarView()
            var last = row * width + width
            while last > row * width, cells[last - 1].glyph == 0x20 { last -= 1 }
            for cell in cells[(row * width)..<last] {
                if cell.glyph & GraphemeTable.clusterFlag == 0, let scalar = Unicode.Scalar(cell.glyph) {
                    line.append(scalar)
                } else {
                    line.append(contentsOf: cell.text.unicodeScalars)
                }
            }
            return String(line)
        }
    }

    /// Places one cell, repairing any wide character it cuts in half (the other half becomes a space).
    /// A wide character with no room for its right half becomes a space.
    mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard drawable.contains(x: x, y: y) else { return }
        var cell = cell
        if cell.width == 2, x + 1 >= drawable.maxX { cell = Cell(glyph: 0x20, width: 1, role: cell.role, attributes: cell.attributes) }
        let i = y * width + x
        if cells[i].isContinuation, x > 0 { blankOut(i - 1) }
        if cells[i].width == 2, x + 1 < width, cell.width != 2 { blankOut(i + 1) }
        if cell.width == 2 {
            if cells[i + 1].width == 2, x + 2 < width { blankOut(i + 2) }
            cells[i] = cell
            cells[i + 1] = .continuation(cell.role, cell.attributes)
        } else {
            cells[i] = cell
        }
    }

    private mutating func blankOut(_ i: Int) {
        cells[i].glyph = 0x20
        cells[i].width = 1
    }
}
