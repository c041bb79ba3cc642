/// Stable identifier of an entity inside a plan ("SCH-3", "ACT-12").
public typealias EntityID = String

/// A value for one year, used for projections, targets and actual values.
public struct YearValue: Codable, Hashable, Sendable {
    public var year: Int
    public var value: Double
    public init(year: Int, value: Double) {
        self.year = year
        self.value = value
    }
}

/// A quantity that starts at a base-year value and grows at a yearly rate,
/// unless the plan gives explicit yearly values (which win for the years they cover).
///
/// After a year with an explicit value, the series grows on from that value, not from the base
/// value: a projection is chained year to year, as in the ILO Rapid Assessment Protocol, so a
/// plan that gives GDP for 2026 and 2027 and a growth rate after that has no jump in 2028.
public struct GrowthSeries: Codable, Hashable, Sendable {
    public var baseValue: Double
    /// Growth per year in percent (3 means 3%).
    public var growthPercent: Double
    public var yearly: [YearValue]

    public init(baseValue: Double = 0, growthPercent: Double = 0, yearly: [YearValue] = []) {
        self.baseValue = baseValue
        self.growthPercent = growthPercent
        self.yearly = yearly
    }

    /// The value in `year`, given the series starts in `baseYear`: the explicit value for that year
    /// when there is one; otherwise the latest explicit value between the base year and `year` (or
    /// the base value when there is none) grown at `growthPercent` a year. Years before the base
    /// year are the base value shrunk back at the same rate.
    public func value(in year: Int, baseYear: Int) -> Double {
        if let given = yearly.first(where: { $0.year == year }) { return given.value }
        let anchor = year > baseYear ? yearly.filter { $0.year >= baseYear && $0.year < year }.max { $0.year < $1.year } : nil
        let (from, start) = anchor.map { ($0.value, $0.year) } ?? (baseValue, baseYear)
        let step = 1 + growthPercent / 100
        let distance = PlanYears.distance(from: start, to: year) ?? (year > start ? Int.max : Int.min)
        return PlanYears.compound(from, step: step, count: distance)
    }
}

/// Shares of financing per source, in percent. They should add up to 100.
public struct FinancingShares: Codable, Hashable, Sendable {
    public var employerContributions: Double
    public var insuredContributions: Double
    public var generalRevenue: Double
    public var coPayments: Double
    public var other: Double

    public init(employerContributions: Double = 0, insuredContributions: Double = 0,
                generalRevenue: Double = 0, coPayments: Double = 0, other: Double = 0) {
        self.employerContributions = employerContributions
        self.insuredContributions = insuredContributions
        self.generalRevenue = generalRevenue
        self.coPayments = coPayments
        self.other = other
    }

    public var total: Double {
        employerContributions + insuredContributions + generalRevenue + coPayments + other
    }

    public var isEmpty: Bool { total == 0 }

    public func share(of source: FinancingSource) -> Double {
        switch source {
        case .employerContributions: employerContributions
        case .insuredContributions: insuredContributions
        case .generalRevenue: generalRevenue
        case .coPayments: coPayments
        case .other: other
        }
    }
}
