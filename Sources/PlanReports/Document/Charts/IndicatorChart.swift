import PlanDomain

/// Each results indicator's baseline and final target on its own scale: a grey dot for the
/// baseline, a blue one for the target, the values written beside them.
struct IndicatorChart: SVGChart {
    let width = 470.0
    let height: Double
    let svg: String

    init(indicators: [ResultIndicator], numbers: DocumentNumbers, words: DocumentWords) {
        let rows = indicators.filter { $0.baseline != nil || !$0.targets.isEmpty }
        let rowHeight = 16.0, top = 16.0, labelWidth = 200.0, plotLeft = 215.0, plotRight = width - 60
        height = top + rowHeight * Double(rows.count) + 24
        var canvas = SVGCanvas(width: width, height: height)
        canvas.text(plotLeft, 10, words("Baseline"), size: 7, fill: "#777777")
        canvas.text(plotLeft + 60, 10, words("Final target"), size: 7, fill: ChartPalette.normal)
        for (row, indicator) in rows.enumerated() {
            let y = top + rowHeight * Double(row) + rowHeight / 2
            if row % 2 == 0 { canvas.rect(0, y - rowHeight / 2, width, rowHeight, fill: "#f6f6f6") }
            canvas.text(labelWidth, y + 3, SVGCanvas.fit(indicator.name, width: labelWidth - 4, size: 7), size: 7, anchor: .end)
            let target = indicator.targets.max { $0.year < $1.year }
            let top = max(indicator.baseline ?? 0, target?.value ?? 0, 1e-9) * 1.1
            let x: (Double) -> Double = { plotLeft + $0 / top * (plotRight - plotLeft) }
            canvas.line(plotLeft, y, plotRight, y, stroke: ChartPalette.grid)
            if let baseline = indicator.baseline, let target {
                canvas.line(x(baseline), y, x(target.value), y, stroke: ChartPalette.normal, width: 2)
            }
            if let baseline = indicator.baseline {
                canvas.rect(x(baseline) - 3, y - 3, 6, 6, fill: "#888888")
            }
            if let target {
                canvas.rect(x(target.value) - 3.5, y - 3.5, 7, 7, fill: ChartPalette.normal,
                            title: "\(indicator.name): \(numbers.number(target.value, decimals: 1)) (\(target.year))")
                let label = numbers.number(target.value, decimals: 1) + (indicator.unit == "%" ? "%" : "")
                    + " (\(target.year))"
                canvas.text(plotRight + 4, y + 3, label, size: 7)
            }
        }
        canvas.text(plotLeft, height - 6, words("Each row on its own scale, from zero."), size: 6.5, fill: "#777777")
        svg = canvas.text
    }
}
