/// Where one indicator stands on a day: its values period by period, the latest against the
/// target for that period, the status, which way it moves, and the periods whose value is missing.
public struct IndicatorProgress: Encodable, Equatable, Sendable {
    public struct Point: Encodable, Equatable, Sendable {
        public var period: ReportingPeriod
        public var value: Double
        /// The target for the period (interpolated within the year), when there is one.
        public var target: Double?
        public var status: ProgressStatus
    }

    public var id: EntityID
    public var name: String
    public var unit: String
    public var direction: IndicatorDirection
    public var frequency: Frequency
    public var tolerancePercent: Double
    public var baseline: Double?
    /// Every total value recorded for a period ended by the day, in order.
    public var points: [Point]
    public var latest: Point?
    public var status: ProgressStatus
    /// Whether the last two values moved the way the indicator should (nil with fewer than two, or
    /// when they are equal).
    public var improving: Bool?
    /// The periods due by the day (their end plus the grace days is before it) that have no value,
    /// oldest first.
    public var missing: [ReportingPeriod]
    /// The latest period due by the day, when it has no value.
    public var overdue: ReportingPeriod?
    /// The next target year after the latest value and its target.
    public var nextTarget: YearValue?

    /// One indicator's progress (for every indicator at once, see `Plan.indicatorProgress(asOf:index:)`).
    public init(_ indicator: ResultIndicator, plan: Plan, asOf: Day) {
        self.init(indicator, settings: plan.monitoring.settings, meta: plan.meta, asOf: asOf,
                  readings: ArraySlice(plan.monitoring.actuals.filter { $0.indicatorId == indicator.id && $0.dimensionId == nil }
                    .map(Reading.init)))
    }

    /// What progress reads of a value: its year, period and figure (no text to count a reference to).
    struct Reading: Sendable {
        let year: Int
        let period: Int?
        let value: Double

        init(_ actual: ActualValue) {
            self.init(year: actual.year, period: actual.period, value: actual.value)
        }

        init(year: Int, period: Int?, value: Double) {
            self.year = year
            self.period = period
            self.value = value
        }

        /// The period it was recorded for, read at `frequency` (see `ReportingPeriod.recorded`).
        func reportingPeriod(_ frequency: Frequency) -> ReportingPeriod {
            .recorded(year: year, period: period, at: frequency)
        }
    }

    /// `readings`: the indicator's values without a breakdown, in the plan's order; `settings` and
    /// `meta` the plan's (all it reads of the plan).
    init(_ indicator: ResultIndicator, settings: MonitoringSettings, meta: PlanMeta, asOf: Day, readings totals: ArraySlice<Reading>) {
        id = indicator.id
        name = indicator.name
        unit = indicator.unit
        direction = indicator.direction
        frequency = indicator.frequency
        tolerancePercent = indicator.tolerancePercent ?? settings.tolerancePercent
        baseline = indicator.baseline
        let frequency = indicator.frequency
        let perYear = ReportingPeriod.perYear(frequency)
        // Each period's value: the last recorded for it, a value for the whole year (no period)
        // before the period's own, so that the period's own wins. Sorted, not hashed: an indicator
        // holds a few values, and a plan hundreds of indicators.
        var recorded: [(period: ReportingPeriod, order: Int, value: Double)] = []
        recorded.reserveCapacity(totals.count) // (grown one value at a time, each growth a new buffer)
        for (order, actual) in totals.enumerated()
            where PlanYears.isValid(actual.year) && (perYear == 1 || actual.period.map { (1...perYear).contains($0) } ?? true) {
            let period = actual.reportingPeriod(frequency)
            if period.end <= asOf { recorded.append((period, (actual.period == nil ? 0 : totals.count) + order, actual.value)) }
        }
        recorded.sort { $0.period != $1.period ? $0.period < $1.period : $0.order < $1.order }
        var values: [(period: ReportingPeriod, value: Double)] = []
        values.reserveCapacity(recorded.count)
        for entry in recorded {
            if let last = values.last, last.period == entry.period {
                values[values.count - 1].value = entry.value
            } else {
                values.append((entry.period, entry.value))
            }
        }
        let tolerance = tolerancePercent
        points = values.map { period, value in
            let target = indicator.target(at: period)
            let status = target.map {
                ProgressJudgement.status(actual: value, target: $0, direction: indicator.direction, tolerancePercent: tolerance)
            } ?? .noTarget
            return Point(period: period, value: value, target: target, status: status)
        }
        latest = points.last
        status = latest?.status ?? .noData
        if points.count >= 2 {
            let change = points[points.count - 1].value - points[points.count - 2].value
            switch indicator.direction {
            case _ where change == 0: break
            case .up: improving = change > 0
            case .down: improving = change < 0
            case .range:
                if let target = latest?.target {
                    improving = abs(points[points.count - 1].value - target) < abs(points[points.count - 2].value - target)
                }
            }
        }
        // Years outside 1900-2200 are errors of their own (year.range): nothing is expected of them.
        let baselineYear = indicator.baselineYear.flatMap { PlanYears.isValid($0) ? $0 : nil }
            ?? (PlanYears.isValid(meta.baseYear) ? meta.baseYear : nil)
        let due = asOf.adding(days: -min(100_000, max(0, settings.graceDays)))
        if let horizon = meta.years, PlanYears.isValid(asOf.year),
           case let start = max(horizon.lowerBound, (baselineYear ?? horizon.lowerBound - 1) + 1),
           start <= asOf.year, start <= horizon.upperBound {
            let years = start...min(asOf.year, horizon.upperBound)
            let anchor = baselineYear ?? horizon.lowerBound
            // The periods expected (ended before `due`) and the values, both in order: one walk.
            var next = 0, missing: [ReportingPeriod] = [], lastExpected: ReportingPeriod?
            ReportingPeriod.forEach(frequency, years: years, anchor: anchor) { period in
                guard period.end < due else { return }
                lastExpected = period
                while next < values.count && values[next].period < period { next += 1 }
                if !(next < values.count && values[next].period == period) { missing.append(period) }
            }
            self.missing = missing
            if let lastExpected, missing.last == lastExpected { overdue = lastExpected }
        } else {
            missing = []
        }
        let after = latest?.period.year ?? meta.baseYear
        nextTarget = indicator.targets.filter { $0.year > after }.min { $0.year < $1.year }
    }
}

extension ResultIndicator {
    /// The target for a period: the year's target, reached in steps from the year before's (or the
    /// baseline's) over the year's months or quarters; nil when the year has no target.
    public func target(at period: ReportingPeriod) -> Double? {
        guard PlanYears.isValid(period.year), let current = targets.first(where: { $0.year == period.year })?.value else { return nil }
        let fraction = period.yearFraction
        guard fraction < 1 else { return current }
        let previous = targets.first { $0.year == period.year - 1 }?.value
            ?? (baselineYear == period.year - 1 ? baseline : nil)
        guard let previous else { return current }
        return previous + (current - previous) * fraction
    }
}

extension Plan {
    /// Every indicator's progress on `asOf`, in plan order: each one's values without a breakdown
    /// gathered in one pass over the values, each read where it lies, and found by the position of
    /// the first indicator with its id (`index`: `firstPositions(.resultIndicator)`, when the caller
    /// has it).
    func indicatorProgress(asOf: Day, index: IDIndex? = nil) -> [IndicatorProgress] {
        let index = index ?? firstPositions(.resultIndicator)
        // Each indicator's values together in one list, in plan order within each (counted, then
        // placed): no list of its own per indicator, grown one value at a time.
        let indicatorCount = monitoring.indicators.count
        var owner = [Int32](repeating: -1, count: monitoring.actuals.count)
        var starts = [Int](repeating: 0, count: indicatorCount + 1)
        monitoring.actuals.withUnsafeBufferPointer { actuals in
            for place in actuals.indices where actuals[place].dimensionId == nil {
                guard let first = index[actuals[place].indicatorId] else { continue }
                owner[place] = Int32(first)
                starts[first + 1] += 1
            }
        }
        for first in 0..<indicatorCount { starts[first + 1] += starts[first] }
        let readings = [IndicatorProgress.Reading](unsafeUninitializedCapacity: starts[indicatorCount]) { buffer, initialized in
            var next = starts
            monitoring.actuals.withUnsafeBufferPointer { actuals in
                for place in actuals.indices where owner[place] >= 0 {
                    let first = Int(owner[place])
                    let actual = actuals.baseAddress! + place // its figures read where they lie (no copy of its texts)
                    (buffer.baseAddress! + next[first]).initialize(
                        to: IndicatorProgress.Reading(year: actual.pointee.year, period: actual.pointee.period, value: actual.pointee.value))
                    next[first] += 1
                }
            }
            initialized = starts[indicatorCount]
        }
        return monitoring.indicators.map { indicator in
            IndicatorProgress(indicator, settings: monitoring.settings, meta: meta, asOf: asOf,
                              readings: index[indicator.id].map { readings[starts[$0]..<starts[$0 + 1]] } ?? [])
        }
    }

    /// The day progress is judged on: the plan's reporting cut-off, else `today`.
    public func monitoringDay(today: Day) -> Day { monitoring.settings.asOf ?? today }
}
