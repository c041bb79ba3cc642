/// One reporting period of an indicator: a month, a quarter, a year (or two, or the plan's end).
public struct ReportingPeriod: Hashable, Comparable, Sendable, Encodable {
    public var year: Int
    /// The month (monthly) or quarter (quarterly); nil for yearly and longer periods.
    public var period: Int?
    public var frequency: Frequency

    public init(year: Int, period: Int?, frequency: Frequency) {
        self.year = year
        self.period = period
        self.frequency = frequency
    }

    /// The period of a value recorded for `year` and `period` (see `ActualValue.reportingPeriod`),
    /// read at `frequency`.
    static func recorded(year: Int, period: Int?, at frequency: Frequency) -> ReportingPeriod {
        let perYear = Self.perYear(frequency)
        return ReportingPeriod(year: year, period: perYear > 1 ? (period ?? perYear) : nil, frequency: frequency)
    }

    /// How many periods of this frequency a year holds.
    public static func perYear(_ frequency: Frequency) -> Int {
        switch frequency {
        case .monthly: 12
        case .quarterly: 4
        default: 1
        }
    }

    /// The last day of the period.
    public var end: Day {
        // A period out of range (a finding of its own) ends with the year.
        let month: Int = switch frequency {
        case .monthly: min(12, max(1, period ?? 12))
        case .quarterly: min(4, max(1, period ?? 4)) * 3
        default: 12
        }
        return Day(year: year, month: month, day: Day.daysIn(month: month, year: year)) ?? Day(dayNumber: 0)
    }

    /// The share of the year gone at the end of the period (0.25 after the first quarter).
    public var yearFraction: Double {
        guard let period else { return 1 }
        return Double(period) / Double(Self.perYear(frequency))
    }

    public var label: String {
        guard let period else { return "\(year)" }
        switch frequency {
        case .quarterly: return "\(year) Q\(period)"
        case .monthly: return "\(year)-\(period < 10 ? "0" : "")\(period)"
        default: return "\(year)/\(period)"
        }
    }

    public static func < (a: ReportingPeriod, b: ReportingPeriod) -> Bool {
        (a.year, a.period ?? 0) < (b.year, b.period ?? 0)
    }

    /// The periods an indicator reports in the years given, in order: every month or quarter, every
    /// year, every other year counted from `anchor` (biennial), or only the last year (end of plan).
    public static func all(_ frequency: Frequency, years: ClosedRange<Int>, anchor: Int) -> [ReportingPeriod] {
        var periods: [ReportingPeriod] = []
        forEach(frequency, years: years, anchor: anchor) { periods.append($0) }
        return periods
    }

    /// Each period of `all(_:years:anchor:)` in turn, with no list (progress walks them for each of
    /// a plan's hundreds of indicators).
    static func forEach(_ frequency: Frequency, years: ClosedRange<Int>, anchor: Int, _ body: (ReportingPeriod) -> Void) {
        switch frequency {
        case .monthly, .quarterly:
            for year in years {
                for period in 1...perYear(frequency) { body(ReportingPeriod(year: year, period: period, frequency: frequency)) }
            }
        case .yearly:
            for year in years { body(ReportingPeriod(year: year, period: nil, frequency: frequency)) }
        case .biennial:
            for year in years where (year &- anchor) % 2 == 0 { body(ReportingPeriod(year: year, period: nil, frequency: frequency)) }
        case .endOfPlan:
            body(ReportingPeriod(year: years.upperBound, period: nil, frequency: frequency))
        }
    }
}

extension ActualValue {
    /// The period the value was recorded for, read at `frequency`. A value with no period for a monthly
    /// or quarterly indicator is the year's (as every value was before schema 6): it stands at the end
    /// of the year, in its last month or quarter.
    public func reportingPeriod(_ frequency: Frequency) -> ReportingPeriod {
        .recorded(year: year, period: period, at: frequency)
    }
}
