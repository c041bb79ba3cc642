/// Horizontal stacked bars for the cost panels: each series has its colour role (chart.bar1..6)
/// and its own glyph, so the series stay apart in mono themes and on ASCII terminals.
enum CostChart {
    /// The glyph of series `index`: the four shades, then half blocks, then letters.
    static func glyph(_ index: Int, _ glyphs: Glyphs) -> Character {
        let unicode: [Character] = [glyphs.blockFull, glyphs.blockDark, glyphs.blockMedium, glyphs.blockLight, "▄", "▌"]
        let ascii: [Character] = [glyphs.blockFull, glyphs.blockDark, glyphs.blockMedium, glyphs.blockLight, "=", "/"]
        let list = glyphs.isUnicode ? unicode : ascii
        if index < list.count { return list[index] }
        return Character(Unicode.Scalar(UInt8(65 + (index - list.count) % 26)))
    }

    static func role(_ index: Int) -> Role { Role.chartSeries[index % Role.chartSeries.count] }

    /// The ceiling marker: a dotted line, or `|` in ASCII.
    static func marker(_ glyphs: Glyphs) -> Character { glyphs.isUnicode ? "┆" : "|" }

    /// Draws `values` stacked from `x` on row `y`, `width` cells standing for `maximum`, and the
    /// ceiling marker at `ceiling` when given (in the marker's warning colour when the bar passes it).
    /// Cell boundaries are rounded from the running sum, so the bar's length is the rounded total.
    static func draw(_ canvas: inout Canvas, x: Int, y: Int, width: Int, values: [(series: Int, value: Double)],
                     maximum: Double, ceiling: Double?) {
        canvas.clipped(to: Rect(x: x, y: y, width: width, height: 1)) { canvas in
            drawClipped(&canvas, x: x, y: y, width: width, values: values, maximum: maximum, ceiling: ceiling)
        }
    }

    private static func drawClipped(_ canvas: inout Canvas, x: Int, y: Int, width: Int, values: [(series: Int, value: Double)],
                                    maximum: Double, ceiling: Double?) {
        guard width > 0, maximum > 0, maximum.isFinite else { return }
        func cells(_ amount: Double) -> Int { min(width, max(0, Int((amount / maximum * Double(width)).rounded()))) }
        var sum = 0.0
        var start = 0
        for (series, value) in values where value > 0 {
            sum += value
            let end = cells(sum)
            if end > start {
                canvas.put(String(repeating: String(glyph(series, canvas.glyphs)), count: end - start),
                           x: x + start, y: y, role: role(series))
            }
            start = max(start, end)
        }
        guard let ceiling, ceiling > 0 else { return }
        let at = min(width - 1, cells(ceiling))
        canvas.put(String(marker(canvas.glyphs)), x: x + at, y: y, role: sum > ceiling + 1e-12 ? .error : .muted)
    }
}
