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
        /// What falls in each year from `firstYear` on (0 in a year with none), the first two years'
        /// apart: an activity within two years needs no list (a national plan has 10,000).
        private var firstYear = 0, firstAmount = 0, secondAmount = 0, laterAmounts: [Int] = []
        /// How many years from `firstYear` on it spends in, up to the last (0: none).
        private var span = 0

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
            if secondAmount != 0 { body(firstYear + 1, secondAmount) }
            for (offset, amount) in laterAmounts.enumerated() where amount != 0 { body(firstYear + 2 + offset, amount) }
        }

        /// Adds what it spends in each year to the three rows of `cells` (`rows`: each row's first
        /// cell, the cell of year `origin`), with no closure: a call of `forEachYear` on a spread in
        /// a list copies the spread (10,000 of them).
        func add(to cells: inout [Int], rows: (Int, Int, Int), origin: Int) {
            func add(_ column: Int, _ amount: Int) {
                cells[rows.0 + column] += amount
                cells[rows.1 + column] += amount
                cells[rows.2 + column] += amount
            }
            if firstAmount != 0 { add(firstYear - origin, firstAmount) }
            if secondAmount != 0 { add(firstYear + 1 - origin, secondAmount) }
            for offset in laterAmounts.indices where laterAmounts[offset] != 0 {
                add(firstYear + 2 + offset - origin, laterAmounts[offset])
            }
        }

        /// The first and last years it spends in; nil when it spends nothing.
        var years: ClosedRange<Int>? { span == 0 ? nil : firstYear...(firstYear + span - 1) }

        /// `units` spread over `days` days from day number `start` (see `Plan.spread`): the years
        /// come in order, each with an amount.
        mutating func spend(_ units: Int, from start: Int, days: Int) {
            Plan.spread(units, from: start, days: days) { year, amount in
                if span == 0 {
                    (firstYear, firstAmount) = (year, amount)
                } else if year == firstYear + 1 {
                    secondAmount = amount
                } else {
                    while firstYear + 2 + laterAmounts.count < year { laterAmounts.append(0) }
                    laterAmounts.append(amount)
                }
                span = year - firstYear + 1
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
        // A stakeholder's line found through the index of their ids (a hash of a few bytes), other
        // keys (none, or an id no stakeholder has) through `institutionLine`.
        let stakeholders = firstPositions(.stakeholder)
        var stakeholderLine = [Int](repeating: -1, count: foundations.stakeholders.count)
        var lines: [(institution: Int, source: Int)] = []
        lines.reserveCapacity(activities.count)
        var sourceUsed = [Bool](repeating: false, count: FinancingSource.allCases.count)
        var firstYear = Int.max, lastYear = Int.min
        for index in activities.indices where activities[index].status != .cancelled {
            let id = activities[index].id, budget = activities[index].budget
            let units = budget.isFinite && budget > 0 && budget < 9e18 ? Int(budget.rounded()) : 0
            // Made in its place in the list: a spread made apart is copied into it (10,000 spreads).
            spreads.append(BudgetBreakdown.Spread(activityId: id, total: units, undated: 0))
            let last = spreads.count - 1
            if let entry = schedule.entry(at: index, id: id) {
                spreads[last].spend(units, from: entry.startDay, days: entry.duration)
                if let years = spreads[last].years {
                    firstYear = min(firstYear, years.lowerBound)
                    lastYear = max(lastYear, years.upperBound)
                }
            } else {
                spreads[last].undated = units
            }
            let institution = activities[index].responsibleId ?? ""
            let line: Int
            if let stakeholder = stakeholders[institution] {
                if stakeholderLine[stakeholder] < 0 {
                    institutionKeys.append(institution)
                    stakeholderLine[stakeholder] = institutionKeys.count - 1
                }
                line = stakeholderLine[stakeholder]
            } else {
                line = institutionLine[institution] ?? {
                    institutionKeys.append(institution)
                    institutionLine[institution] = institutionKeys.count - 1
                    return institutionKeys.count - 1
                }()
            }
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
            // Each spread read where it lies: a for-in loop, a method called on `spreads[index]` or
            // even one field read there copies the spread.
            spreads.withUnsafeBufferPointer { spreads in
                for index in spreads.indices {
                    let spread = spreads.baseAddress! + index
                    let institution = 1 + lines[index].institution, source = 1 + institutionKeys.count + lines[index].source
                    let undatedUnits = spread.pointee.undated
                    spread.pointee.add(to: &cells, rows: (0, institution * width, source * width), origin: firstYear)
                    undated[0] += undatedUnits
                    undated[institution] += undatedUnits
                    undated[source] += undatedUnits
                }
            }
            summed = (0..<count).map { row in
                var line = BudgetBreakdown.Line(key: "", undated: undated[row])
                line.byYear.reserveCapacity(width)
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
        var sums = YearSums()
        let activities = actionPlan.activities
        for index in activities.indices where activities[index].status != .cancelled {
            let budget = activities[index].budget
            let units = budget.isFinite && budget > 0 && budget < 9e18 ? Int(budget.rounded()) : 0
            guard units != 0, let entry = schedule.entry(at: index, id: activities[index].id) else { continue }
            Self.spread(units, from: entry.startDay, days: entry.duration) { sums.add($0, $1) }
        }
        return sums.byYear
    }

    /// `units` spread over `days` days from day number `start`, by year, adding up exactly.
    static func spread(_ units: Int, from start: Int, days: Int) -> [Int: Int] {
        var result: [Int: Int] = [:]
        spread(units, from: start, days: days) { year, amount in result[year] = amount }
        return result
    }

    /// `spread(units, from: start, days: days)`: each year with an amount, in order, and its amount.
    ///
    /// With no list of its own (it runs for each of a national plan's 10,000 activities, twice per
    /// analysis: the budget and the funding timetable): the years' shares are held on the stack, and
    /// each year's place among the largest leftovers is counted rather than sorted (an activity spans
    /// a few years).
    static func spread(_ units: Int, from start: Int, days: Int, each body: (_ year: Int, _ amount: Int) -> Void) {
        let first = Day.year(ofDayNumber: start)
        guard days > 0 else {
            if units != 0 { body(first, units) }
            return
        }
        let last = Day.year(ofDayNumber: start + days - 1)
        if first == last {
            if units != 0 { body(first, units) }
            return
        }
        let count = last - first + 1
        withUnsafeTemporaryAllocation(of: (amount: Int, remainder: UInt).self, capacity: count) { parts in
            var given = 0
            for offset in 0..<count {
                let year = first + offset
                let from = max(start, Day.firstDayNumber(year: year))
                let to = min(start + days, Day.firstDayNumber(year: year + 1))
                // units × (days in this year) / days, without overflow.
                let (quotient, remainder) = days.dividingFullWidth(units.multipliedFullWidth(by: to - from))
                parts.initializeElement(at: offset, to: (quotient, UInt(remainder)))
                given += quotient
            }
            // The units left over (fewer than the years), one each to the years with the largest
            // leftover fractions, the earlier year first on a tie: for a few years, each year's
            // place among them counted; for many (a span of centuries), the years sorted.
            let left = units - given
            if left > 0 && count > 16 {
                let order = (0..<count).sorted { (parts[$0].remainder, $1) > (parts[$1].remainder, $0) }
                for slot in order.prefix(left) { parts[slot].amount += 1 }
            } else if left > 0 {
                for offset in 0..<count {
                    let remainder = parts[offset].remainder
                    var before = 0
                    for other in 0..<count where parts[other].remainder > remainder
                        || (parts[other].remainder == remainder && other < offset) {
                        before += 1
                    }
                    if before < left { parts[offset].amount += 1 }
                }
            }
            for offset in 0..<count where parts[offset].amount != 0 { body(first + offset, parts[offset].amount) }
            parts.deinitialize()
        }
    }
}

/// Amounts summed by year: in a list from the first year (a year's place found by a subtraction,
/// not a hash) while the years span at most a few thousand, else in a table.
private struct YearSums {
    private var first = 0
    private var list: [Int] = []
    private var table: [Int: Int]?

    mutating func add(_ year: Int, _ amount: Int) {
        if table == nil {
            if list.isEmpty { first = year }
            let low = min(first, year), high = max(first + list.count - 1, year)
            if high - low < 4_096 {
                if year < first {
                    list.insert(contentsOf: repeatElement(0, count: first - year), at: 0)
                    first = year
                }
                if year - first >= list.count { list += repeatElement(0, count: year - first - list.count + 1) }
                list[year - first] += amount
                return
            }
            table = byYear
        }
        table![year, default: 0] += amount
    }

    /// The sums of the years given an amount (each is positive).
    var byYear: [Int: Int] {
        if let table { return table }
        var byYear: [Int: Int] = [:]
        for (offset, sum) in list.enumerated() where sum != 0 { byYear[first + offset] = sum }
        return byYear
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
