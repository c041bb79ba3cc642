import PlanDomain
import PlanFormat

/// The timetable for commitment as a table: year by year, the costed plan, what contributions,
/// budget appropriations and financial pledges bring, and the funding gap; then the totals.
public enum FundingReport {
    public static func table(_ plan: Plan, numbers: NumberConvention, schedule: Schedule? = nil) -> ReportTable {
        let timetable = plan.fundingTimetable(schedule: schedule)
        let figures = Figures(numbers)
        let currency = plan.meta.currency
        guard !timetable.years.isEmpty else {
            return ReportTable(title: "Timetable for commitment", columns: [], rows: [],
                               empty: plan.meta.horizonProblem ?? "The plan's horizon has no years.")
        }
        guard timetable.totalCost > 0 || timetable.totalCommitted > 0 else {
            return ReportTable(title: "Timetable for commitment", columns: [], rows: [],
                               empty: "Nothing is costed yet: add measures (stage 2) or activity budgets (stage 3),"
                                   + " then the budget appropriations and pledges that pay for them.")
        }
        let largest = timetable.years.map { max($0.cost, $0.committed + $0.ownRevenue, abs($0.gap)) }.max() ?? 0
        let (unit, decimals) = ReportTable.unit(for: largest)
        func money(_ value: Double) -> String { figures.amount(value, unit: unit, decimals: decimals) }
        let sources = timetable.sources
        var columns = [ReportTable.Column("Year", width: 5, numeric: false),
                       ReportTable.Column("Cost", width: 8), ReportTable.Column("Contrib.", width: 8),
                       ReportTable.Column("Budget", width: 8), ReportTable.Column("Pledges", width: 8),
                       ReportTable.Column("Gap", width: 8), ReportTable.Column("Covered", width: 7, priority: 2),
                       ReportTable.Column("P-days", width: 6, priority: 3)]
        columns += sources.map { ReportTable.Column(shortLabel($0), width: 8, priority: 4) }
        var rows = timetable.years.map { year -> ReportTable.Row in
            let covered = year.cost > 0 ? figures.percent(min(999, (year.ownRevenue + year.committed) / year.cost * 100), decimals: 0) : ""
            return ReportTable.Row([String(year.year), money(year.cost), money(year.ownRevenue), money(year.appropriated),
                                    money(year.pledged), gap(year.gap, money), covered,
                                    year.personDays > 0 ? figures.count(year.personDays) : ""]
                                   + sources.map { money(year.appropriations[$0] ?? 0) },
                                   flagged: year.gap >= 1 || year.lacksCommitment)
        }
        let sum: (KeyPath<FundingTimetable.Year, Double>) -> Double = { path in timetable.years.reduce(0) { $0 + $1[keyPath: path] } }
        let own = sum(\.ownRevenue), committed = sum(\.committed), cost = sum(\.cost)
        rows.append(ReportTable.Row(["Total", money(cost), money(own), money(sum(\.appropriated)), money(sum(\.pledged)),
                                     gap(timetable.totalGap, money),
                                     cost > 0 ? figures.percent(min(999, (own + committed) / cost * 100), decimals: 0) : "",
                                     sum(\.personDays) > 0 ? figures.count(sum(\.personDays)) : ""]
                                    + sources.map { source in money(timetable.years.reduce(0) { $0 + ($1.appropriations[source] ?? 0) }) },
                                    total: true))
        var notes: [String] = []
        let uncommitted = timetable.years.filter(\.lacksCommitment).map(\.year)
        if !uncommitted.isEmpty { notes.append("No appropriation or financial pledge for \(Figures.yearRuns(uncommitted)).") }
        let short = timetable.yearsWithGap.map(\.year)
        let shortfall = timetable.yearsWithGap.reduce(0) { $0 + $1.gap }
        notes.append(short.isEmpty ? "Every year is covered by contributions, appropriations and pledges."
                     : "Gap in \(Figures.yearRuns(short)): \(money(shortfall)) in all; (x) = surplus.")
        let scenario = timetable.scenario.map { " for \"\($0.name)\"" } ?? ""
        return ReportTable(title: "Timetable for commitment\(scenario), \(unit.label(currency: currency))",
                           columns: columns, rows: rows, notes: notes)
    }

    /// A gap, or a surplus in brackets when more is committed than needed.
    private static func gap(_ value: Double, _ money: (Double) -> String) -> String {
        value >= 0 ? money(value) : "(" + money(-value) + ")"
    }

    static func shortLabel(_ source: AppropriationSource) -> String {
        switch source {
        case .stateBudget: "State"
        case .localBudget: "Local"
        case .socialSecurityFund: "SS fund"
        case .earmarkedLevy: "Levy"
        case .other: "Other"
        }
    }
}
