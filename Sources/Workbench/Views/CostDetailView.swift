import PlanDomain
import PlanFormat

/// The parts of the cost panel under the year rows: the legend of the bars, and on tall terminals
/// the selected year measure by measure (the RAP formula's pieces) and its financing.
enum CostDetailView {
    /// Legend entries per line: two on narrow panels, three on wide ones.
    static func legendColumns(width: Int) -> Int { width >= 100 ? 3 : 2 }

    static func legendLines(count: Int, width: Int) -> Int {
        let columns = legendColumns(width: width)
        return (count + columns - 1) / columns
    }

    /// Draws "█ MEA-1 Universal child benefit" for each measure; returns the row after the legend.
    @discardableResult
    static func drawLegend(_ canvas: inout Canvas, cost: ScenarioCost, plan: Plan, x: Int, y: Int, width: Int) -> Int {
        let columns = legendColumns(width: width + 2)
        let slot = width / columns
        for (index, measure) in cost.measures.enumerated() {
            let at = x + (index % columns) * slot
            let row = y + index / columns
            var used = canvas.put(String(repeating: String(CostChart.glyph(index, canvas.glyphs)), count: 2), x: at, y: row,
                                  role: CostChart.role(index))
            let label = measure.problem.map { " \(measure.id) cannot be costed: \($0)" } ?? " \(measure.id) \(measure.name)"
            used += canvas.put(DisplayWidth.truncate(label, to: slot - used - 1, ellipsis: canvas.glyphs.ellipsis),
                               x: at + used, y: row, role: measure.problem == nil ? .normal : .warning)
        }
        return y + legendLines(count: cost.measures.count, width: width + 2)
    }

    /// The selected year in detail, when `area` has room for a row per measure, the package and a
    /// line per financing source.
    static func drawYear(_ canvas: inout Canvas, cost: ScenarioCost, year: Int, unit: CostUnit, costs model: CostModel,
                         figures: Figures, area: Rect) {
        guard area.height >= cost.measures.count + 3, area.width >= 90 else { return }
        let plan = model.plan
        let measures = Dictionary(plan.strategy.measures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let money = unit.label(currency: plan.meta.currency)
        canvas.put("\(year) in detail (amounts in \(money); benefit a year in \(plan.meta.currency))",
                   x: area.x, y: area.y, role: .heading)
        let headers = ["Eligible", "Take-up", "Beneficiaries", "Benefit a year", "Benefits", "Admin.", "Total", "% GDP"]
        let widths = headers.map { max(DisplayWidth.of($0), 9) }
        let nameWidth = max(12, area.width - widths.reduce(0) { $0 + $1 + 2 })
        var rows: [(String, [String], Role)] = []
        for (index, measure) in cost.measures.enumerated() {
            let name = "\(CostChart.glyph(index, canvas.glyphs)) \(measure.id) \(measure.name)"
            guard let row = measure.year(year), let source = measures[measure.id] else {
                let why = measure.problem.map { "cannot be costed: \($0)" } ?? "starts in \(measure.startYear.map(String.init) ?? "?")"
                rows.append((name, [why], .muted))
                continue
            }
            rows.append((name, [figures.count(model.eligiblePopulation(source, in: year) ?? 0),
                                figures.share(model.takeUpPercent(source, in: year), of: 100),
                                figures.count(row.beneficiaries), figures.count(model.annualBenefit(source, in: year)),
                                figures.amount(row.benefits, unit: unit), figures.amount(row.administration, unit: unit),
                                figures.amount(row.total, unit: unit), figures.percentFigure(row.percentOfGDP)], .normal))
        }
        if let total = cost.year(year) {
            rows.append(("Package", ["", "", figures.count(total.beneficiaries), "",
                                     figures.amount(total.benefits, unit: unit),
                                     figures.amount(total.administration, unit: unit),
                                     figures.amount(total.total, unit: unit), figures.percentFigure(total.percentOfGDP)], .heading))
        }
        func line(_ name: String, _ cells: [String], y: Int, role: Role) {
            var x = area.x + canvas.put(DisplayWidth.pad(name, to: nameWidth, ellipsis: canvas.glyphs.ellipsis),
                                         x: area.x, y: y, role: role)
            if cells.count == 1 {
                canvas.put("  " + cells[0], x: x, y: y, role: role, maxWidth: area.maxX - x)
                return
            }
            for (cell, width) in zip(cells, widths) {
                x += canvas.put("  " + DisplayWidth.pad(cell, to: width, alignment: .right), x: x, y: y, role: role)
            }
        }
        line("Measure", headers, y: area.y + 1, role: .tableHeader)
        for (offset, row) in rows.enumerated() {
            let y = area.y + 2 + offset
            line(row.0, row.1, y: y, role: row.2)
            if row.2 != .muted, offset < cost.measures.count {
                canvas.put(String(CostChart.glyph(offset, canvas.glyphs)), x: area.x, y: y, role: CostChart.role(offset))
            }
        }
        drawFinancing(&canvas, cost: cost, year: year, unit: unit, figures: figures,
                      area: Rect(x: area.x, y: area.y + 3 + rows.count, width: area.width,
                                 height: area.maxY - area.y - 3 - rows.count))
    }

    /// "Financing: General revenue 77,000.1 (94.1%) · Other 4,800.0 (5.9%)", wrapped onto the lines it needs.
    private static func drawFinancing(_ canvas: inout Canvas, cost: ScenarioCost, year: Int, unit: CostUnit,
                                      figures: Figures, area: Rect) {
        guard area.height >= 1, let row = cost.year(year), row.total > 0 else { return }
        let parts = cost.sources.compactMap { source -> String? in
            guard let amount = row.financing[source] else { return nil }
            return "\(source.label) \(figures.amount(amount, unit: unit)) (\(figures.share(amount, of: row.total)))"
        }
        var x = area.x + canvas.put("Financing:", x: area.x, y: area.y, role: .heading)
        var y = area.y
        for (index, part) in parts.enumerated() {
            let text = (index == 0 ? " " : " · ") + part
            if x + DisplayWidth.of(text) > area.maxX {
                y += 1
                guard y < area.maxY else { return }
                x = area.x + 10
            }
            x += canvas.put(text, x: x, y: y, role: .normal)
        }
    }
}
