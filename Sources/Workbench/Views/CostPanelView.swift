import PlanDomain
import PlanFormat

/// Stage 2 "Cost": the selected scenario's cost by year, one row per year with the total, % of
/// government expenditure and % of GDP, then a bar stacked by measure (per-measure columns too where
/// the width allows); the legend, the fiscal ceiling and, on tall terminals, the selected year in detail.
/// `m` steps through the scenarios, `z` switches the bars between % of GDP and amounts.
enum CostPanelView {
    /// What the cost panels draw (this one and ``ScenarioComparisonView``).
    @dynamicMemberLookup
    struct Model: PanelModel {
        let context: PanelContext
        /// Every scenario's cost, or the implicit one of all measures.
        let comparison: [ScenarioCost]
        let costs: CostModel
        /// The scenario shown (`m` steps through them).
        let scenarioIndex: Int
        /// Bars in amounts rather than % of GDP (`z`).
        let barsInAmounts: Bool

        init(_ state: AppState) {
            context = PanelContext(state)
            comparison = state.costComparison
            costs = state.costModel
            scenarioIndex = state.costScenarioIndex(count: comparison.count)
            barsInAmounts = state.costBarsInAmounts
        }
    }

    static func draw(_ frame: inout Frame, model panel: Model, area body: Rect) {
        let comparison = panel.comparison
        let years = panel.costs.years
        guard let first = comparison.first, !years.isEmpty, !panel.plan.strategy.measures.isEmpty else {
            let message = years.isEmpty ? panel.plan.meta.horizonProblem ?? "The plan's horizon has no years to cost."
                : "No measures to cost yet: add them in the Measures tab, and group them in Scenarios."
            frame.canvas.putWrapped(message, x: body.x + 1, y: body.y, role: .muted, width: body.width - 2)
            return
        }
        let index = panel.scenarioIndex
        let cost = comparison.count > index ? comparison[index] : first
        let unit = CostUnit.fitting(cost.total.map(\.total).max() ?? 0)
        let legendLines = CostDetailView.legendLines(count: cost.measures.count, width: body.width)
        let room = max(1, body.height - 4 - legendLines)
        let shown = min(room, years.count)
        // The year counter at the heading's right end ("3/20") keeps its room from the heading.
        let counterWidth = years.count > shown ? DisplayWidth.of("\(years.count)/\(years.count)") + 1 : 0
        drawHeading(&frame.canvas, cost: cost, index: index, count: comparison.count, unit: unit, panel: panel,
                    body: body, reserved: counterWidth)
        let selected = min(max(panel.list.selected, 0), years.count - 1)
        let top = min(max(0, selected - shown + 1), years.count - shown)
        let figures = panel.figures
        let table = Table(cost: cost, unit: unit, width: body.width, glyphs: frame.canvas.glyphs, figures: figures)
        // Bars in % of GDP unless asked for amounts (z), or when the plan gives no GDP.
        let amounts = panel.barsInAmounts || cost.peak == nil
        table.drawHeader(&frame.canvas, x: body.x + 1, y: body.y + 1, amounts: amounts,
                         ceiling: panel.plan.stocktake.economy.fiscalSpaceCeilingPercentOfGDP, money: unit.label(currency: panel.plan.meta.currency))
        let model = panel.costs
        for row in 0..<shown {
            let y = body.y + 2 + row
            let yearIndex = top + row
            let highlight: Role? = yearIndex == selected ? (panel.focused ? .tableSelected : .selection) : nil
            table.drawRow(&frame.canvas, year: cost.total[yearIndex], x: body.x, y: y, highlight: highlight,
                          amounts: amounts, model: model)
            frame.regions.append(HitRegion(rect: Rect(x: body.x, y: y, width: body.width, height: 1), target: .row(yearIndex)))
        }
        var y = body.y + 2 + shown
        if years.count > shown {
            let place = "\(selected + 1)/\(years.count)"
            frame.canvas.put(place, x: body.maxX - DisplayWidth.of(place) - 1, y: body.y, role: .muted)
        }
        if let ceiling = panel.plan.stocktake.economy.fiscalSpaceCeilingPercentOfGDP {
            // "Gen. revenue ceiling 2.50%: within it, peak 2.06%" or "...: above in 2035, peak 2.06%" (the
            // ceiling, in % of GDP, limits the general-revenue share); wide panels add the peak's year.
            let above = cost.yearsAbove(ceiling: ceiling).map(\.year)
            var line = "Gen. revenue ceiling \(figures.percentFigure(ceiling))%: "
                + (above.isEmpty ? "within it" : "above in \(Figures.yearRuns(above))")
            if let peak = cost.generalRevenuePeak {
                line += ", peak \(figures.percentFigure(peak.generalRevenuePercentOfGDP))%"
                    + (body.width >= 100 ? " in \(peak.year)" : "")
            }
            frame.canvas.put(DisplayWidth.truncate(line, to: body.width - 2, ellipsis: frame.canvas.glyphs.ellipsis),
                             x: body.x + 1, y: y, role: above.isEmpty ? .muted : .warning)
        }
        y += 1
        y = CostDetailView.drawLegend(&frame.canvas, cost: cost, plan: panel.plan, x: body.x + 1, y: y + 1,
                                      width: body.width - 2)
        CostDetailView.drawYear(&frame.canvas, cost: cost, year: cost.total[selected].year, unit: unit, costs: panel.costs,
                                figures: figures,
                                area: Rect(x: body.x + 1, y: y + 1, width: body.width - 2, height: body.maxY - y - 1))
    }

    private static func drawHeading(_ canvas: inout Canvas, cost: ScenarioCost, index: Int, count: Int, unit: CostUnit,
                                    panel: Model, body: Rect, reserved: Int) {
        var x = body.x + 1
        x += canvas.put(cost.name, x: x, y: body.y, role: .heading, attributes: .bold, maxWidth: body.width / 2)
        // The unit of the Total column comes first: the detail that also states it fits only on tall terminals.
        let which = cost.isImplicit ? "no scenarios: every measure" : "scenario \(index + 1) of \(count)"
        let room = body.maxX - x - 1 - reserved
        let money = unit.label(currency: panel.plan.meta.currency)
        let notes = [cost.isImplicit ? nil : "  amounts in \(money); \(which), m for the next",
                     "  amounts in \(money); \(which)", "  \(money); \(which)"].compactMap { $0 }
        let note = notes.first { DisplayWidth.of($0) <= room } ?? notes[notes.count - 1]
        canvas.putFitted(note, x: x, y: body.y, role: .muted, maxWidth: room)
    }

    /// The columns of the year rows, fitted to the width: measure columns only when all of them fit
    /// and the bars keep at least 20 cells.
    struct Table {
        let cost: ScenarioCost
        let unit: CostUnit
        let glyphs: Glyphs
        let figures: Figures
        let amountWidth: Int
        let measureWidths: [Int]
        let barX: Int
        let barWidth: Int

        init(cost: ScenarioCost, unit: CostUnit, width: Int, glyphs: Glyphs, figures: Figures) {
            self.cost = cost
            self.figures = figures
            self.unit = unit
            self.glyphs = glyphs
            amountWidth = max(5, cost.total.map { DisplayWidth.of(figures.amount($0.total, unit: unit, decimals: 0)) }.max() ?? 5)
            let fixed = 1 + 4 + 2 + amountWidth + 2 + 5 + 2 + 5 + 2
            let widths = cost.measures.map { measure in
                max(DisplayWidth.of(measure.id),
                    measure.years.map { DisplayWidth.of(figures.amount($0.total, unit: unit, decimals: 0)) }.max() ?? 1)
            }
            let measuresWidth = widths.reduce(0) { $0 + $1 + 2 }
            measureWidths = width - 1 - fixed - measuresWidth >= 20 ? widths : []
            barX = fixed + measureWidths.reduce(0) { $0 + $1 + 2 }
            barWidth = max(0, width - 1 - barX)
        }

        func drawHeader(_ canvas: inout Canvas, x: Int, y: Int, amounts: Bool, ceiling: Double?, money: String) {
            var cells = [DisplayWidth.pad("Year", to: 4)]
            for (measure, width) in zip(cost.measures, measureWidths) {
                cells.append(DisplayWidth.pad(measure.id, to: width, alignment: .right))
            }
            cells += [DisplayWidth.pad("Total", to: amountWidth, alignment: .right), "% gov", "% GDP"]
            canvas.put(cells.joined(separator: "  "), x: x, y: y, role: .tableHeader)
            var scale = amounts ? money : "% of GDP"
            if ceiling != nil { scale += ", \(CostChart.marker(glyphs)) ceiling" }
            canvas.put(scale, x: x - 1 + barX, y: y, role: .tableHeader, maxWidth: barWidth)
        }

        func drawRow(_ canvas: inout Canvas, year: CostYear, x: Int, y: Int, highlight: Role?, amounts: Bool, model: CostModel) {
            var cells = ["\(year.year)"]
            for (measure, width) in zip(cost.measures, measureWidths) {
                let text = measure.year(year.year).map { figures.amount($0.total, unit: unit, decimals: 0) } ?? "-"
                cells.append(DisplayWidth.pad(text, to: width, alignment: .right))
            }
            cells += [DisplayWidth.pad(figures.amount(year.total, unit: unit, decimals: 0), to: amountWidth, alignment: .right),
                      DisplayWidth.pad(figures.percentFigure(year.percentOfGovernmentExpenditure), to: 5, alignment: .right),
                      DisplayWidth.pad(figures.percentFigure(year.percentOfGDP), to: 5, alignment: .right)]
            let role = highlight ?? .normal
            if let highlight { canvas.fill(Rect(x: x, y: y, width: barX - 1, height: 1), role: highlight) }
            canvas.put(cells.joined(separator: "  "), x: x + 1, y: y, role: role)
            let values = cost.measures.enumerated().map { index, measure in
                (series: index, value: measure.year(year.year).map { amounts ? $0.total : ($0.percentOfGDP ?? 0) } ?? 0)
            }
            let ceiling = model.plan.stocktake.economy.fiscalSpaceCeilingPercentOfGDP
            let limit = ceiling.map { amounts ? $0 / 100 * model.gdp(in: year.year) : $0 }
            CostChart.draw(&canvas, x: x + barX, y: y, width: barWidth, values: values,
                           maximum: maximum(amounts: amounts, model: model), ceiling: limit)
        }

        /// What the full bar width stands for: the largest year, or the ceiling when it is higher.
        func maximum(amounts: Bool, model: CostModel) -> Double {
            let ceiling = model.plan.stocktake.economy.fiscalSpaceCeilingPercentOfGDP ?? 0
            return cost.total.map { year in
                amounts ? max(year.total, ceiling / 100 * model.gdp(in: year.year)) : max(year.percentOfGDP ?? 0, ceiling)
            }.max() ?? 0
        }
    }
}
