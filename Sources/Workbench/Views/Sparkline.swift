import TerminalDrawing

/// A series drawn in one line of cells, lowest to highest: `▁▂▃▄▅▆▇█`, or `_.-=*#` where the
/// terminal has no Unicode. A flat series sits in the middle.
enum Sparkline {
    static func text(_ values: [Double], glyphs: Glyphs, width: Int) -> String {
        let ramp: [Character] = glyphs.isUnicode ? Array("▁▂▃▄▅▆▇█") : Array("_.-=*#")
        let shown = Array(values.suffix(max(0, width)))
        guard let low = shown.min(), let high = shown.max() else { return "" }
        return String(shown.map { value in
            guard high - low > 1e-12 else { return ramp[ramp.count / 2] }
            let step = Int(((value - low) / (high - low) * Double(ramp.count - 1)).rounded())
            return ramp[min(ramp.count - 1, max(0, step))]
        })
    }
}
