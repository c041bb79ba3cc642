import PlanDomain
import PlanFormat

/// Everyone's expected financial burden as tables: the payers' amounts year by year, their shares
/// of wages or GDP year by year, and each measure's amounts year by year.
public enum BurdenReport {
    /// The views the Burden panel steps through with `m`: amounts, shares, then one per measure.
    public static func viewCount(_ plan: Plan) -> Int { 2 + (plan.financedScenario.map { $0.measureIds.count } ?? 0) }

    /// View `view` (taken modulo the number of views) of the financed scenario's burden.
    public static func table(_ plan: Plan, numbers: NumberConvention, view: Int = 0) -> ReportTable {
        let burden = plan.financialBurden()
        let count = 2 + burden.measures.count
        let view = ((view % count) + count) % count
        guard burden.scenario != nil, burden.total.contains(where: { $0.total != 0 }) else {
            return ReportTable(title: "Everyone's financial burden", columns: [], rows: [],
                               empty: "Nothing is costed yet: add measures and their financing (stage 2).")
        }
        switch view {
        case 0: return amounts(burden.total, payers: burden.payers, plan: plan, numbers: numbers,
                               title: "Who pays \"\(burden.scenario!)\"")
        case 1: return shares(burden, plan: plan, numbers: numbers)
        default:
            let measure = burden.measures[view - 2]
            let payers = Payer.allCases.filter { payer in measure.years.contains { $0.amount(payer) != 0 } }
            return amounts(measure.years, payers: payers, plan: plan, numbers: numbers,
                           title: "Who pays \(measure.id) \(measure.name)")
        }
    }

    /// Every view, for `socle show` and the document.
    public static func tables(_ plan: Plan, numbers: NumberConvention) -> [ReportTable] {
        (0..<viewCount(plan)).map { table(plan, numbers: numbers, view: $0) }
    }

    private static func amounts(_ years: [BurdenYear], payers: [Payer], plan: Plan, numbers: NumberConvention,
                                title: String) -> ReportTable {
        let figures = Figures(numbers)
        let (unit, decimals) = ReportTable.unit(for: years.reduce(0) { $0 + $1.total })
        func money(_ value: Double) -> String { figures.amount(value, unit: unit, decimals: decimals) }
        let columns = [ReportTable.Column("Year", width: 5, numeric: false)]
            + payers.map { ReportTable.Column(shortLabel($0), width: 8, priority: priority($0)) }
            + [ReportTable.Column("Total", width: 8), ReportTable.Column("% GDP", width: 6, priority: 3)]
        var rows = years.map { year in
            ReportTable.Row([String(year.year)] + payers.map { money(year.amount($0)) }
                            + [money(year.total), figures.percentFigure(year.percentOfGDP())])
        }
        let sum = years.reduce(BurdenYear(year: 0, gdp: 0)) { partial, year in
            var next = partial
            for (payer, amount) in year.amounts { next.amounts[payer, default: 0] += amount }
            next.gdp += year.gdp
            return next
        }
        rows.append(ReportTable.Row(["Total"] + payers.map { money(sum.amount($0)) }
                                    + [money(sum.total), figures.percentFigure(sum.percentOfGDP())], total: true))
        return ReportTable(title: "\(title), \(unit.label(currency: plan.meta.currency))", columns: columns, rows: rows)
    }

    private static func shares(_ burden: FinancialBurden, plan: Plan, numbers: NumberConvention) -> ReportTable {
        let figures = Figures(numbers)
        let payers = burden.payers
        let columns = [ReportTable.Column("Year", width: 5, numeric: false)]
            + payers.map { payer in
                ReportTable.Column(shortLabel(payer) + (payer.paysOnWages ? " %W" : " %G"), width: 10,
                                   priority: priority(payer))
            }
            + [ReportTable.Column("All %G", width: 6)]
        let rows = burden.total.map { year in
            ReportTable.Row([String(year.year)] + payers.map { payer in
                if payer.paysOnWages, let share = year.percentOfWages(payer) { return figures.percentFigure(share) }
                if payer.paysOnWages { return year.amount(payer) == 0 ? "" : figures.percentFigure(year.percentOfGDP(payer)) + "G" }
                return figures.percentFigure(year.percentOfGDP(payer))
            } + [figures.percentFigure(year.percentOfGDP())])
        }
        return ReportTable(title: "Shares: %W of the insured's insurable earnings, %G of GDP", columns: columns, rows: rows,
                           notes: ["Without contribution terms there is no wage base: the share is of GDP (G)."])
    }

    static func shortLabel(_ payer: Payer) -> String {
        switch payer {
        case .employers: "Employ."
        case .selfEmployed: "Self-em."
        case .households: "Househ."
        default: payer.label
        }
    }

    /// The state and the contributors first when the width is short; households, then others, give way.
    static func priority(_ payer: Payer) -> Int {
        switch payer {
        case .households: 2
        case .others: 3
        default: 1
        }
    }
}
