import PlanDomain

/// A scenario's cost as stacked columns, one per year, one colour per measure, in % of GDP, with
/// the fiscal-space ceiling as a red line.
struct CostByMeasureChart: SVGChart {
    let width = 470.0
    let height: Double
    let svg: String

    init(scenario: ScenarioCost, gdp: @escaping (Int) -> Double, ceiling: Double?, numbers: DocumentNumbers, words: DocumentWords) {
        let years = scenario.total.map(\.year)
        let share: (Double, Int) -> Double = { amount, year in gdp(year) > 0 ? amount / gdp(year) * 100 : 0 }
        let top = max(scenario.total.map { share($0.total, $0.year) }.max() ?? 0, ceiling ?? 0)
        let ticks = axisTicks(maximum: top * 1.05)
        let legendRows = (scenario.measures.count + 1) / 2
        height = 200 + Double(legendRows) * 12 + 10
        let plot = (left: 42.0, top: 12.0, right: width - 10, bottom: 170.0)
        var canvas = SVGCanvas(width: width, height: height)
        let scale = (plot.bottom - plot.top) / (ticks.last ?? 1)
        for tick in ticks {
            let y = plot.bottom - tick * scale
            canvas.line(plot.left, y, plot.right, y, stroke: ChartPalette.grid)
            canvas.text(plot.left - 4, y + 3, numbers.percent(tick, decimals: tick < 1 && tick > 0 ? 2 : 1), size: 7, anchor: .end)
        }
        let slot = (plot.right - plot.left) / Double(max(years.count, 1))
        for (index, year) in years.enumerated() {
            let x = plot.left + slot * Double(index) + slot * 0.18
            var base = plot.bottom
            for (measureIndex, measure) in scenario.measures.enumerated() {
                guard let row = measure.year(year) else { continue }
                let h = share(row.total, year) * scale
                canvas.rect(x, base - h, slot * 0.64, h, fill: ChartPalette.color(measureIndex),
                            title: "\(measure.name), \(year): \(numbers.percent(share(row.total, year)))")
                base -= h
            }
            canvas.text(x + slot * 0.32, plot.bottom + 11, String(year), size: 7, anchor: .middle)
        }
        canvas.line(plot.left, plot.bottom, plot.right, plot.bottom, stroke: ChartPalette.axis)
        if let ceiling {
            let y = plot.bottom - ceiling * scale
            canvas.line(plot.left, y, plot.right, y, stroke: ChartPalette.ceiling, width: 1.2, dash: "4 2")
            canvas.text(plot.right, y - 3, words("Fiscal space ceiling %@", numbers.percent(ceiling)), size: 7,
                        anchor: .end, fill: ChartPalette.ceiling)
        }
        canvas.text(10, plot.top + (plot.bottom - plot.top) / 2, words("% of GDP"), size: 7, anchor: .middle, rotate: -90)
        for (index, measure) in scenario.measures.enumerated() {
            let x = plot.left + Double(index % 2) * 215, y = 192 + Double(index / 2) * 12
            canvas.rect(x, y - 7, 8, 8, fill: ChartPalette.color(index))
            canvas.text(x + 11, y, SVGCanvas.fit(measure.name, width: 200, size: 7), size: 7)
        }
        svg = canvas.text
    }
}

/// A scenario's cost split by financing source, stacked columns per year, in million currency.
struct FinancingChart: SVGChart {
    let width = 470.0
    let height = 215.0
    let svg: String

    init(scenario: ScenarioCost, numbers: DocumentNumbers, words: DocumentWords) {
        let sources = scenario.sources
        let top = scenario.total.map(\.total).max() ?? 0
        let ticks = axisTicks(maximum: top / 1e6 * 1.05)
        let plot = (left: 48.0, top: 12.0, right: width - 10, bottom: 170.0)
        var canvas = SVGCanvas(width: width, height: height)
        let scale = (plot.bottom - plot.top) / (ticks.last ?? 1)
        for tick in ticks {
            let y = plot.bottom - tick * scale
            canvas.line(plot.left, y, plot.right, y, stroke: ChartPalette.grid)
            canvas.text(plot.left - 4, y + 3, numbers.number(tick, decimals: 0), size: 7, anchor: .end)
        }
        let slot = (plot.right - plot.left) / Double(max(scenario.total.count, 1))
        for (index, year) in scenario.total.enumerated() {
            let x = plot.left + slot * Double(index) + slot * 0.18
            var base = plot.bottom
            for (sourceIndex, source) in sources.enumerated() {
                let h = (year.financing[source] ?? 0) / 1e6 * scale
                canvas.rect(x, base - h, slot * 0.64, h, fill: ChartPalette.color(sourceIndex + 3),
                            title: "\(source.label), \(year.year): \(numbers.millions(year.financing[source] ?? 0))")
                base -= h
            }
            canvas.text(x + slot * 0.32, plot.bottom + 11, String(year.year), size: 7, anchor: .middle)
        }
        canvas.line(plot.left, plot.bottom, plot.right, plot.bottom, stroke: ChartPalette.axis)
        canvas.text(10, plot.top + (plot.bottom - plot.top) / 2, words("million %@", numbers.currency), size: 7,
                    anchor: .middle, rotate: -90)
        var x = plot.left
        for (index, source) in sources.enumerated() {
            canvas.rect(x, 192 - 7, 8, 8, fill: ChartPalette.color(index + 3))
            canvas.text(x + 11, 192, source.label, size: 7)
            x += 22 + SVGCanvas.textWidth(source.label, size: 7)
        }
        svg = canvas.text
    }
}
