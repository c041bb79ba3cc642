import PlanDomain
import TerminalDrawing
import PlanFormat

/// The text of `socle cost`: per scenario a table of years by measure with the total, % of GDP and
/// % of government expenditure, then its financing; then the scenarios side by side.
public enum CostReport {
    /// The report with numbers in `numbers` (by default the plan's number format, else 1,234.5).
    public static func render(_ plan: Plan, scenarios: [ScenarioCost], numbers: NumberConvention? = nil) -> String {
        let numbers = numbers ?? plan.meta.numberFormat ?? .commaPoint
        let maximum = scenarios.flatMap(\.total).map(\.total).max() ?? 0
        let unit = CostUnit.fitting(maximum)
        let money = unit.label(currency: plan.meta.currency)
        var out = ["Cost of \(plan.meta.title.isEmpty ? "the plan" : plan.meta.title)",
                   "Amounts in \(money), nominal; % of GDP and of government expenditure. Base year \(plan.meta.baseYear)."]
        if let problem = plan.meta.horizonProblem { out.append(problem) }
        if plan.strategy.scenarios.isEmpty {
            out.append("The plan has no scenarios, so all its measures are costed as one package, \"\(Plan.allMeasuresScenarioName)\".")
        }
        let inScenarios = Set(plan.costScenarios.flatMap(\.measureIds))
        let outside = plan.strategy.measures.filter { !inScenarios.contains($0.id) }
        if !outside.isEmpty {
            out.append("Not in any scenario, so not costed: \(outside.map(\.id).joined(separator: ", ")).")
        }
        for cost in scenarios {
            out += [""] + scenario(cost, plan: plan, unit: unit, money: money, figures: Figures(numbers))
        }
        if scenarios.count > 1 {
            out += [""] + comparison(scenarios, plan: plan, unit: unit, money: money, figures: Figures(numbers))
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func scenario(_ cost: ScenarioCost, plan: Plan, unit: CostUnit, money: String, figures: Figures) -> [String] {
        var out = [cost.id.map { "\(cost.name.uppercased()) (\($0))" } ?? cost.name.uppercased()]
        let measures = Dictionary(plan.strategy.measures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for measure in cost.measures {
            out.append("  \(measure.id)  \(measure.name)")
            let indent = String(repeating: " ", count: 4 + DisplayWidth.of(measure.id))
            if let problem = measure.problem {
                out.append(indent + "cannot be costed: \(problem)")
            } else if let start = measure.startYear {
                var line = indent + "from \(start)"
                if let phase = measures[measure.id]?.phaseId { line += " (\(plan.name(.phase, phase)))" }
                if let last = measure.years.last, last.beneficiaries > 0 {
                    line += "; \(last.year): \(figures.count(last.beneficiaries)) beneficiaries, "
                        + "\(plan.meta.currency) \(figures.count(last.benefits / last.beneficiaries)) a year each"
                }
                out.append(line)
                if let own = measures[measure.id] {
                    out += contributionLines(measure, own, plan: plan, unit: unit, figures: figures).map { indent + $0 }
                }
            }
        }
        var rows = [["Year"] + cost.measures.map(\.id) + ["Total", "% GDP", "% gov. exp."]]
        for year in cost.total {
            let parts = cost.measures.map { $0.year(year.year).map { figures.amount($0.total, unit: unit) } ?? "-" }
            rows.append(["\(year.year)"] + parts + [figures.amount(year.total, unit: unit),
                                                    figures.percentFigure(year.percentOfGDP),
                                                    figures.percentFigure(year.percentOfGovernmentExpenditure)])
        }
        if let first = cost.total.first, let last = cost.total.last {
            let sums = cost.measures.map { figures.amount($0.years.reduce(0) { $0 + $1.total }, unit: unit) }
            rows.append([Figures.yearSpan(first.year, last.year)] + sums + [figures.amount(cost.cumulativeTotal, unit: unit), "", ""])
        }
        out += [""] + table(rows)
        if cost.total.contains(where: { $0.replacedSpending != 0 || abs($0.generalRevenue - $0.total) > 1e-6 }) {
            var net = [["Year", "Gross", "Replaced", "Net", "General revenue", "% GDP"]]
            for year in cost.total {
                net.append(["\(year.year)", figures.amount(year.total, unit: unit), figures.amount(year.replacedSpending, unit: unit),
                            figures.amount(year.netTotal, unit: unit), figures.amount(year.generalRevenue, unit: unit),
                            figures.percentFigure(year.generalRevenuePercentOfGDP)])
            }
            out += ["", "  Gross and net of replaced schemes; the general-revenue share (what the fiscal-space ceiling limits)"]
            out += table(net)
        }
        if let line = ceilingLine(cost, plan: plan, figures: figures) { out += ["", "  " + line] }
        let sources = cost.sources
        guard !sources.isEmpty else { return out }
        out += ["", "  Financing, \(money) (share of the year's total)"]
        var financing = [["Year"] + sources.map(\.label)]
        for year in cost.total {
            financing.append(["\(year.year)"] + sources.map { source in
                guard let amount = year.financing[source], year.total > 0 else { return "-" }
                return "\(figures.amount(amount, unit: unit)) (\(figures.share(amount, of: year.total)))"
            })
        }
        let cumulative = cost.cumulativeTotal
        financing.append(["All years"] + sources.map { source in
            let amount = cost.total.reduce(0) { $0 + ($1.financing[source] ?? 0) }
            return "\(figures.amount(amount, unit: unit)) (\(figures.share(amount, of: cumulative)))"
        })
        out += table(financing)
        return out
    }

    /// Where the package stands against the fiscal-space ceiling, when the plan sets one.
    static func ceilingLine(_ cost: ScenarioCost, plan: Plan, figures: Figures) -> String? {
        guard let ceiling = plan.stocktake.economy.fiscalSpaceCeilingPercentOfGDP else { return nil }
        let peak = cost.generalRevenuePeak.map { "peak \(figures.percentFigure($0.generalRevenuePercentOfGDP))% in \($0.year)" }
            ?? "no GDP given"
        let above = cost.yearsAbove(ceiling: ceiling).map(\.year)
        let limit = "Fiscal-space ceiling \(figures.percentFigure(ceiling))% of GDP, on the general-revenue share"
        return above.isEmpty ? "\(limit): within it every year (\(peak))."
            : "\(limit): ABOVE it in \(Figures.yearRuns(above)) (\(peak))."
    }

    /// A contributory measure's contribution side in its last year, its required rate, and what it
    /// replaces: "contributions 2035: 410,000 insured, ...".
    static func contributionLines(_ cost: MeasureCost, _ measure: Measure, plan: Plan, unit: CostUnit,
                                  figures: Figures) -> [String] {
        var out: [String] = []
        if let last = cost.years.last, let contributions = last.contributions {
            let terms = measure.contribution
            out.append("contributions \(last.year): \(figures.count(contributions.insuredPersons)) insured, insurable "
                + "earnings \(figures.amount(contributions.insurableEarnings, unit: unit)), income "
                + "\(figures.amount(contributions.income, unit: unit)) + state \(figures.amount(contributions.state, unit: unit))")
            var rates = "rate \(figures.percentFigure(terms.employerRatePercent))% employer + \(figures.percentFigure(terms.workerRatePercent))% "
                + "worker + \(figures.percentFigure(terms.stateRatePercent))% state"
            if let payg = last.paygCostRatePercent { rates += "; PAYG cost rate \(figures.percentFigure(payg))% in \(last.year)" }
            if let required = cost.requiredContributionRatePercent { rates += "; required rate \(figures.percentFigure(required))%" }
            out.append(rates)
        }
        if !measure.replacesSchemeIds.isEmpty {
            out.append("replaces " + measure.replacesSchemeIds.map { "\($0) \(plan.name(.scheme, $0))" }.joined(separator: ", ")
                + ": costs shown gross and net of its spending")
        }
        return out
    }

    static func comparison(_ scenarios: [ScenarioCost], plan: Plan, unit: CostUnit, money: String, figures: Figures) -> [String] {
        var rows = [["Year"] + scenarios.flatMap { [$0.name, "% GDP"] }]
        for (index, year) in (scenarios.first?.total ?? []).enumerated() {
            rows.append(["\(year.year)"] + scenarios.flatMap { cost -> [String] in
                let row = cost.total[index]
                return [figures.amount(row.total, unit: unit), figures.percentFigure(row.percentOfGDP)]
            })
        }
        if let first = scenarios.first?.total.first, let last = scenarios.first?.total.last {
            rows.append([Figures.yearSpan(first.year, last.year)] + scenarios.flatMap { [figures.amount($0.cumulativeTotal, unit: unit), ""] })
        }
        return ["SCENARIOS SIDE BY SIDE (\(money), % of GDP)"] + table(rows)
    }

    /// Rows as aligned text: the first column to the left, the others to the right, two spaces apart.
    static func table(_ rows: [[String]]) -> [String] {
        let count = rows.map(\.count).max() ?? 0
        let widths = (0..<count).map { column in rows.map { column < $0.count ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0 }
        return rows.map { row in
            let cells = row.enumerated().map { column, text in
                DisplayWidth.pad(text, to: widths[column], alignment: column == 0 ? .left : .right)
            }
            var line = "  " + cells.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}
