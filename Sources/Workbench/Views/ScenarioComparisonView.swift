import PlanDomain
import PlanFormat

/// Stage 2 "Compare": every scenario side by side, one row per year with each scenario's total and
/// % of GDP (and % of government expenditure where the width allows), the sum over the horizon, and
/// the horizon year as bars against the fiscal ceiling. `<` `>` scroll when the scenarios do not fit.
enum ScenarioComparisonView {
    static func draw(_ frame: inout Frame, model panel: CostPanelView.Model, area body: Rect) {
        let scenarios = panel.comparison
        guard let first = scenarios.first, !first.total.isEmpty, !panel.plan.strategy.measures.isEmpty else {
            frame.canvas.putWrapped("No measures to compare yet: add measures, then group them in scenarios.",
                                    x: body.x + 1, y: body.y, role: .muted, width: body.width - 2)
            return
        }
        let unit = CostUnit.fitting(scenarios.flatMap(\.total).map(\.total).max() ?? 0)
        let money = unit.label(currency: panel.plan.meta.currency)
        let figures = panel.figures
        let amountWidth = max(8, scenarios.map { DisplayWidth.of(figures.amount($0.cumulativeTotal, unit: unit, decimals: 0)) }.max() ?? 8)
        let withGov = body.width >= 100
        let block = amountWidth + 2 + 5 + (withGov ? 2 + 5 : 0) + 3
        let fit = max(1, (body.width - 2 - 9) / block)
        let start = min(max(0, panel.list.offset), max(0, scenarios.count - fit))
        let shown = Array(scenarios[start..<min(scenarios.count, start + fit)])
        frame.canvas.put("Scenarios side by side", x: body.x + 1, y: body.y, role: .heading, attributes: .bold)
        var note = "amounts in \(money)"
        if shown.count < scenarios.count { note += " · \(start + 1)-\(start + shown.count) of \(scenarios.count), < > scroll" }
        frame.canvas.put(note, x: body.maxX - DisplayWidth.of(note) - 1, y: body.y, role: .muted)
        // Two header rows: the scenario names over their columns, then the column titles.
        var x = body.x + 1 + 9
        for (index, cost) in shown.enumerated() {
            let mark = String(repeating: String(CostChart.glyph(start + index, frame.canvas.glyphs)), count: 2)
            let used = frame.canvas.put(mark, x: x, y: body.y + 1, role: CostChart.role(start + index))
            let name = DisplayWidth.truncate(" " + cost.name, to: block - used - 1, ellipsis: frame.canvas.glyphs.ellipsis)
            frame.canvas.put(name, x: x + used, y: body.y + 1, role: .tableHeader, attributes: .bold)
            var titles = DisplayWidth.pad("Total", to: amountWidth, alignment: .right) + "  % GDP"
            if withGov { titles += "  % gov" }
            frame.canvas.put(titles, x: x, y: body.y + 2, role: .tableHeader)
            x += block
        }
        frame.canvas.put("Year", x: body.x + 1, y: body.y + 2, role: .tableHeader)
        let years = first.total.map(\.year)
        // Rows: heading, names, titles, the years, the sum, (a blank,) the horizon's title and bars.
        let room = max(1, body.height - 3 - 1 - 1 - scenarios.count)
        let visible = min(room, years.count)
        let blank = room > visible ? 1 : 0
        let selected = min(max(panel.list.selected, 0), years.count - 1)
        let top = min(max(0, selected - visible + 1), years.count - visible)
        for row in 0..<visible {
            let index = top + row
            let y = body.y + 3 + row
            let role: Role = index == selected ? (panel.focused ? .tableSelected : .selection) : .normal
            if role != .normal { frame.canvas.fill(Rect(x: body.x, y: y, width: body.width, height: 1), role: role) }
            frame.canvas.put("\(years[index])", x: body.x + 1, y: y, role: role)
            drawCells(&frame.canvas, shown.map { $0.total[index] }, x: body.x + 1 + 9, y: y, block: block,
                      amountWidth: amountWidth, withGov: withGov, unit: unit, role: role, figures: figures)
            frame.regions.append(HitRegion(rect: Rect(x: body.x, y: y, width: body.width, height: 1), target: .row(index)))
        }
        var y = body.y + 3 + visible
        let span = Figures.shortYearSpan(years.first!, years.last!)
        frame.canvas.put(span, x: body.x + 1, y: y, role: .heading)
        x = body.x + 1 + 9
        for cost in shown {
            let text = DisplayWidth.pad(figures.amount(cost.cumulativeTotal, unit: unit, decimals: 0), to: amountWidth,
                                        alignment: .right)
            frame.canvas.put(text + "  summed", x: x, y: y, role: .heading)
            x += block
        }
        y += 1 + blank
        drawHorizon(&frame.canvas, scenarios: scenarios, plan: panel.plan, unit: unit, figures: figures,
                    area: Rect(x: body.x + 1, y: y, width: body.width - 2, height: body.maxY - y))
        y += 2 + scenarios.count
        drawSummary(&frame.canvas, shown: shown, plan: panel.plan, span: span, figures: figures,
                    area: Rect(x: body.x + 1, y: y, width: body.width - 2, height: body.maxY - y))
    }

    /// Over the whole horizon: each scenario's peak, the years above the ceiling, and its financing
    /// shares; drawn only when all of it fits.
    private static func drawSummary(_ canvas: inout Canvas, shown: [ScenarioCost], plan: Plan, span: String,
                                    figures: Figures, area: Rect) {
        let sources = FinancingSource.allCases.filter { source in shown.contains { $0.sources.contains(source) } }
        let ceiling = plan.stocktake.economy.fiscalSpaceCeilingPercentOfGDP
        var rows: [(String, [String])] = [("Peak", shown.map { cost in
            cost.peak.map { "\(figures.percentFigure($0.percentOfGDP))% of GDP in \($0.year)" } ?? "n/a"
        })]
        if let ceiling {
            rows.append(("Years above the ceiling", shown.map { cost in
                let years = cost.yearsAbove(ceiling: ceiling).map { String($0.year) }
                return years.isEmpty ? "none" : years.joined(separator: ", ")
            }))
        }
        if !sources.isEmpty { rows.append(("Financing, share of all years", shown.map { _ in "" })) }
        for source in sources {
            rows.append(("  " + source.label, shown.map { cost in
                let amount = cost.total.reduce(0) { $0 + ($1.financing[source] ?? 0) }
                return amount > 0 ? figures.share(amount, of: cost.cumulativeTotal) : "-"
            }))
        }
        guard area.height >= rows.count + 1 else { return }
        let labelWidth = 31
        let column = max(12, min(28, (area.width - labelWidth) / max(1, shown.count)))
        canvas.put("Over \(span)", x: area.x, y: area.y, role: .heading)
        for (index, cost) in shown.enumerated() {
            canvas.put(DisplayWidth.truncate(cost.name, to: column - 2, ellipsis: canvas.glyphs.ellipsis),
                       x: area.x + labelWidth + index * column, y: area.y, role: .tableHeader)
        }
        for (offset, row) in rows.enumerated() {
            let y = area.y + 1 + offset
            canvas.put(row.0, x: area.x, y: y, role: row.0.hasPrefix(" ") ? .muted : .normal, maxWidth: labelWidth - 1)
            for (index, text) in row.1.enumerated() {
                canvas.put(text, x: area.x + labelWidth + index * column, y: y, maxWidth: column - 2)
            }
        }
    }

    private static func drawCells(_ canvas: inout Canvas, _ rows: [CostYear], x: Int, y: Int, block: Int, amountWidth: Int,
                                  withGov: Bool, unit: CostUnit, role: Role, figures: Figures) {
        var at = x
        for row in rows {
            var text = DisplayWidth.pad(figures.amount(row.total, unit: unit, decimals: 0), to: amountWidth, alignment: .right)
            text += "  " + DisplayWidth.pad(figures.percentFigure(row.percentOfGDP), to: 5, alignment: .right)
            if withGov { text += "  " + DisplayWidth.pad(figures.percentFigure(row.percentOfGovernmentExpenditure), to: 5, alignment: .right) }
            canvas.put(text, x: at, y: y, role: role)
            at += block
        }
    }

    /// The last year of the horizon, one bar per scenario in % of GDP, with the ceiling marked.
    private static func drawHorizon(_ canvas: inout Canvas, scenarios: [ScenarioCost], plan: Plan, unit: CostUnit,
                                    figures: Figures, area: Rect) {
        guard area.height >= scenarios.count + 1, let year = scenarios.first?.horizon?.year else { return }
        let ceiling = plan.stocktake.economy.fiscalSpaceCeilingPercentOfGDP
        var title = "In \(year), at the horizon: % of GDP"
        if let ceiling { title += " (\(CostChart.marker(canvas.glyphs)) ceiling \(figures.percentFigure(ceiling))%)" }
        canvas.put(title, x: area.x, y: area.y, role: .heading)
        let nameWidth = min(24, max(8, scenarios.map { DisplayWidth.of($0.name) }.max() ?? 8))
        let barWidth = max(0, area.width - nameWidth - 2 - 8)
        let maximum = max(scenarios.compactMap { $0.horizon?.percentOfGDP }.max() ?? 0, ceiling ?? 0)
        for (index, cost) in scenarios.enumerated() {
            let y = area.y + 1 + index
            let share = cost.horizon?.percentOfGDP
            canvas.put(DisplayWidth.pad(cost.name, to: nameWidth, ellipsis: canvas.glyphs.ellipsis), x: area.x, y: y)
            CostChart.draw(&canvas, x: area.x + nameWidth + 2, y: y, width: barWidth,
                           values: [(series: index, value: share ?? 0)], maximum: maximum, ceiling: ceiling)
            let label = figures.percentFigure(share) + "%"
            let above = (share ?? 0) > (ceiling ?? .infinity)
            canvas.put(label, x: area.maxX - DisplayWidth.of(label), y: y, role: above ? .warning : .normal)
        }
    }
}
