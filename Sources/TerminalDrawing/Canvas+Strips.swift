extension Canvas {
    /// The cells of row `y` from column `x`, `count` of them (clipped to the canvas): a strip drawn
    /// once, kept, and placed again with ``place(_:x:y:role:attributes:)`` (a table's row).
    public func strip(y: Int, x: Int = 0, count: Int) -> [Cell] {
        guard y >= 0, y < height else { return [] }
        let start = max(0, min(x, width)), end = max(start, min(x + count, width))
        return Array(cells[(y * width + start)..<(y * width + end)])
    }

    /// Places a strip at (`x`, `y`), every cell in `role` and `attributes`: the same cells as filling
    /// that row with `role` and putting the strip's text on it in `role`, as clipped and repaired as
    /// drawing is (a strip's wide character writes its own right half).
    public mutating func place(_ strip: [Cell], x: Int, y: Int, role: Role, attributes: TextAttributes = []) {
        guard y >= 0, y < height else { return }
        for (offset, cell) in strip.enumerated() {
            let column = x + offset
            if !cell.isContinuation {
                set(Cell(glyph: cell.glyph, width: cell.width, role: role, attributes: attributes), x: column, y: y)
            } else if offset == 0 || !drawable.contains(x: column - 1, y: y) {
                // The right half of a wide character cut off by the clip: blank, as a filled row is there.
                set(Cell(glyph: 0x20, width: 1, role: role, attributes: attributes), x: column, y: y)
            }
        }
    }
}
