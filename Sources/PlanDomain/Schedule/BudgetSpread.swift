/// The action plan's budget spread over the calendar, and summed by year, by responsible
/// institution and by funding source.
///
/// Budgets are counted in whole units of the plan's currency (a fraction of a unit is rounded).
/// Each activity's budget is spread evenly over the days of its schedule, and the part falling in
/// each year is rounded so that the years add up exactly to the budget: each year first gets the
/// whole units of its exact share, and the units left over go one each to the years with the
/// largest leftover fractions (the earlier year on a tie). A milestone's budget falls on its day.
/// Cancelled activities spend nothing. An activity without dates (in or after a dependency cycle)
/// counts in the totals as "undated".
public struct BudgetBreakdown: Equatable, Sendable {
    /// One activity's budget by year.
    public struct Spread: Equatable, Sendable {
        public var activityId: EntityID
        public var total: Int
        /// The budget of an activity that has no dates.
        public var undated: Int
        /// What falls in each year from `firstYear` on (0 in a year with none), the first year's
        /// apart: an activity within one year needs no list (a national plan has 10,000).
        private var firstYear = 0, firstAmount = 0, laterAmounts: [Int] = []

        init(activityId: EntityID, total: Int, undated: Int) {
            self.activityId = activityId
            self.total = total
            self.undated = undated
        }

        /// The budget by year: the years it spends in only.
        public var byYear: [Int: Int] {
            var byYear: [Int: Int] = [:]
            forEachYear { byYear[$0] = $1 }
            return byYear
        }

        /// Each year it spends in, in order, and what it spends.
        public func forEachYear(_ body: (_ year: Int, _ amount: Int) -> Void) {
            if firstAmount != 0 { body(firstYear, firstAmount) }
            for (offset, amount) in laterAmounts.enumerated() where amount != 0 { body(firstYear + 1 + offset, amount) }
        }

        /// Whether it spends in any year.
        var spends: Bool { firstAmount != 0 || laterAmounts.contains { $0 != 0 } }

        /// `units` spread over `days` days from day number `start` (see `Plan.spread`).
        mutating func spend(_ units: Int, from start: Int, days: Int) {
            Plan.spread(units, from: start, days: days) { year, amount in
                if firstAmount == 0 && laterAmounts.isEmpty {
                    (firstYear, firstAmount) = (year, amount)
                } else {
                    while firstYear + laterAmounts.count < year - 1 { laterAmounts.append(0) }
                    laterAmounts.append(amount)
                }
            }
        }
    }

    /// A row of a summary: an institution, a funding source or the whole plan.
    public struct Line: Equatable, Sendable {
        /// The stakeholder id, the funding source's raw value, or "" (no institution / the total).
        public var key: String
        public var byYear: [Int: Int] = [:]
        public var undated = 0
        public var total: Int { byYear.values.reduce(undated, +) }

        public init(key: String, byYear: [Int: Int] = [:], undated: Int = 0) {
            self.key = key
            self.byYear = byYear
            self.undated = undated
        }

        mutating func add(_ spread: Spread) {
            spread.forEachYear { year, amount in byYear[year, default: 0] += amount }
            undated += spread.undated
        }
    }

    public var activities: [Spread]
    /// The years with any spending, in order.
    public var years: [Int]
    public var total: Line
    /// By responsible institution, in the order of the plan's stakeholders; activities without one last.
    public var byInstitution: [Line]
    /// By funding source, in the order of `FinancingSource.allCases`, only those used.
    public var bySource: [Line]
}

extension Plan {
    public func budgetBreakdown(_ schedule: Schedule) -> BudgetBreakdown {
        budgetBreakdown(schedule, denseCells: 1 << 20)
    }

    /// The breakdown, its lines summed in arrays by year (one cell per line and year from the
    /// first year spent in to the last) when that takes at most `denseCells` cells, else in
    /// dictionaries: the same sums either way (`BudgetSpreadTests`), the arrays without a lookup
    /// per activity, year and line.
    func budgetBreakdown(_ schedule: Schedule, denseCells: Int) -> BudgetBreakdown {
        var spreads: [BudgetBreakdown.Spread] = []
        let activities = actionPlan.activities
        spreads.reserveCapacity(activities.count)
        // Each spread's lines: its institution's (in order of first use) and its source's.
        var institutionLine: [String: Int] = [:]
        var institutionKeys: [String] = []
        var lines: [(institution: Int, source: Int)] = []
        lines.reserveCapacity(activities.count)
        var sourceUsed = [Bool](repeating: false, count: FinancingSource.allCases.count)
        var firstYear = Int.max, lastYear = Int.min
        for index in activities.indices where activities[index].status != .cancelled {
            let id = activities[index].id, budget = activities[index].budget
            let units = budget.isFinite && budget > 0 && budget < 9e18 ? Int(budget.rounded()) : 0
            var spread = BudgetBreakdown.Spread(activityId: id, total: units, undated: 0)
            if let entry = schedule.entry(at: index, id: id) {
                spread.spend(units, from: entry.startDay, days: entry.duration)
                if spread.spends {
                    firstYear = min(firstYear, Day(dayNumber: entry.startDay).year)
                    lastYear = max(lastYear, Day(dayNumber: entry.startDay + max(entry.duration - 1, 0)).year)
                }
            } else {
                spread.undated = units
            }
            spreads.append(spread)
            let institution = activities[index].responsibleId ?? ""
            let line = institutionLine[institution] ?? {
                institutionKeys.append(institution)
                institutionLine[institution] = institutionKeys.count - 1
                return institutionKeys.count - 1
            }()
            let source = activities[index].fundingSource.rank
            sourceUsed[source] = true
            lines.append((line, source))
        }
        let width = firstYear <= lastYear ? lastYear - firstYear + 1 : 0
        let count = 1 + institutionKeys.count + FinancingSource.allCases.count // the total, institutions, sources
        var summed: [BudgetBreakdown.Line]
        let (cellCount, overflow) = width.multipliedReportingOverflow(by: count)
        if !overflow, cellCount <= denseCells, width < denseCells {
            var cells = [Int](repeating: 0, count: width * count)
            var undated = [Int](repeating: 0, count: count)
            for (spread, line) in zip(spreads, lines) {
                let institution = 1 + line.institution, source = 1 + institutionKeys.count + line.source
                spread.forEachYear { year, amount in
                    let column = year - firstYear
                    cells[column] += amount
                    cells[institution * width + column] += amount
                    cells[source * width + column] += amount
                }
                undated[0] += spread.undated
                undated[institution] += spread.undated
                undated[source] += spread.undated
            }
            summed = (0..<count).map { row in
                var line = BudgetBreakdown.Line(key: "", undated: undated[row])
                for column in 0..<width where cells[row * width + column] > 0 {
                    line.byYear[firstYear + column] = cells[row * width + column]
                }
                return line
            }
        } else {
            summed = Array(repeating: BudgetBreakdown.Line(key: ""), count: count)
            for (spread, line) in zip(spreads, lines) {
                for row in [0, 1 + line.institution, 1 + institutionKeys.count + line.source] { summed[row].add(spread) }
            }
        }
        var institutions: [String: BudgetBreakdown.Line] = [:]
        for (offset, key) in institutionKeys.enumerated() {
            var line = summed[1 + offset]
            line.key = key
            institutions[key] = line
        }
        var byInstitution = foundations.stakeholders.compactMap { institutions.removeValue(forKey: $0.id) }
        byInstitution += institutions.values.sorted { ($0.key.isEmpty ? 1 : 0, $0.key) < ($1.key.isEmpty ? 1 : 0, $1.key) }
        let bySource = FinancingSource.allCases.indices.filter { sourceUsed[$0] }.map { source in
            var line = summed[1 + institutionKeys.count + source]
            line.key = FinancingSource.allCases[source].rawValue
            return line
        }
        return BudgetBreakdown(activities: spreads, years: summed[0].byYear.keys.sorted(), total: summed[0],
                               byInstitution: byInstitution, bySource: bySource)
    }

    /// The action plan's budget by year: `budgetBreakdown(schedule).total.byYear` (what the funding
    /// timetable reads), without the breakdowns by activity, institution and source.
    public func budgetByYear(_ schedule: Schedule) -> [Int: Int] {
        var byYear: [Int: Int] = [:]
        let activities = actionPlan.activities
        for index in activities.indices where activities[index].status != .cancelled {
            let budget = activities[index].budget
            let units = budget.isFinite && budget > 0 && budget < 9e18 ? Int(budget.rounded()) : 0
            guard units != 0, let entry = schedule.entry(at: index, id: activities[index].id) else { continue }
            Self.spread(units, from: entry.startDay, days: entry.duration, into: &byYear)
        }
        return byYear
    }

    /// `units` spread over `days` days from day number `start`, by year, adding up exactly.
    static func spread(_ units: Int, from start: Int, days: Int) -> [Int: Int] {
        var result: [Int: Int] = [:]
        spread(units, from: start, days: days, into: &result)
        return result
    }

    /// `spread(units, from: start, days: days)` added to `result`, year by year.
    static func spread(_ units: Int, from start: Int, days: Int, into result: inout [Int: Int]) {
        spread(units, from: start, days: days) { year, amount in result[year, default: 0] += amount }
    }

    /// `spread(units, from: start, days: days)`: each year with an amount, in order, and its amount.
    static func spread(_ units: Int, from start: Int, days: Int, each body: (_ year: Int, _ amount: Int) -> Void) {
        let first = Day(dayNumber: start).year
        guard days > 0 else {
            if units != 0 { body(first, units) }
            return
        }
        let last = Day(dayNumber: start + days - 1).year
        if first == last {
            if units != 0 { body(first, units) }
            return
        }
        var parts: [(year: Int, amount: Int, remainder: UInt)] = []
        var given = 0
        for year in first...last {
            let from = max(start, Day.firstDayNumber(year: year))
            let to = min(start + days, Day.firstDayNumber(year: year + 1))
            // units × (days in this year) / days, without overflow.
            let (quotient, remainder) = days.dividingFullWidth(units.multipliedFullWidth(by: to - from))
            parts.append((year, quotient, UInt(remainder)))
            given += quotient
        }
        let byRemainder = parts.indices.sorted { (parts[$0].remainder, -$0) > (parts[$1].remainder, -$1) }
        for slot in byRemainder.prefix(units - given) { parts[slot].amount += 1 }
        for part in parts where part.amount != 0 { body(part.year, part.amount) }
    }
}

extension FinancingSource {
    /// Its place in `allCases`.
    fileprivate var rank: Int {
        switch self {
        case .employerContributions: 0
        case .insuredContributions: 1
        case .generalRevenue: 2
        case .coPayments: 3
        case .other: 4
        }
    }
}
