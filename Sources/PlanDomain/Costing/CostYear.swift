/// One year of a measure's or a package's cost. Amounts are in the plan's currency, unrounded;
/// percentages are percent (0.41 means 0.41%), nil when GDP or government expenditure is not given.
public struct CostYear: Equatable, Sendable {
    public var year: Int
    /// Benefit receipts: for a package, the sum over its measures (a person in two measures counts twice).
    public var beneficiaries: Double
    public var benefits: Double
    public var administration: Double
    /// Benefits plus administration.
    public var total: Double
    public var percentOfGDP: Double?
    public var percentOfGovernmentExpenditure: Double?
    /// The total split across the financing sources with a non-zero share. For a measure with
    /// contribution terms: the employers' and workers' contributions and, as general revenue, the
    /// state's contribution plus any deficit; with a surplus (it goes to reserves) the total is split
    /// in proportion to the contributions. The sources always add up to the total.
    public var financing: [FinancingSource: Double]
    /// The contribution side (measures with contribution terms; for a package, their sum).
    public var contributions: ContributionYear?
    /// Expenditure over insurable earnings, in percent: the contribution rate that balances the
    /// year (measures with contribution terms only).
    public var paygCostRatePercent: Double?
    /// The part of the total paid from general revenue: what the fiscal-space ceiling limits.
    public var generalRevenue = 0.0
    public var generalRevenuePercentOfGDP: Double?
    /// What the schemes the measure replaces would have spent, and the cost net of it.
    public var replacedSpending = 0.0
    public var netTotal = 0.0
    public var netPercentOfGDP: Double?

    public init(year: Int, beneficiaries: Double = 0, benefits: Double = 0, administration: Double = 0,
                total: Double = 0, percentOfGDP: Double? = nil, percentOfGovernmentExpenditure: Double? = nil,
                financing: [FinancingSource: Double] = [:]) {
        self.year = year
        self.beneficiaries = beneficiaries
        self.benefits = benefits
        self.administration = administration
        self.total = total
        self.percentOfGDP = percentOfGDP
        self.percentOfGovernmentExpenditure = percentOfGovernmentExpenditure
        self.financing = financing
    }
}

/// One measure's cost, year by year.
public struct MeasureCost: Equatable, Sendable {
    public var id: EntityID
    public var name: String
    /// Its first year (its own start year, or its phase's first year).
    public var startYear: Int?
    /// Why it cannot be costed; its years are then empty.
    public var problem: CostProblem?
    /// From its start (or the plan's first year) to the plan's last year.
    public var years: [CostYear]

    public init(id: EntityID, name: String, startYear: Int?, problem: CostProblem?, years: [CostYear]) {
        self.id = id
        self.name = name
        self.startYear = startYear
        self.problem = problem
        self.years = years
    }

    /// The year's row; nil before the measure starts.
    public func year(_ year: Int) -> CostYear? { years.first { $0.year == year } }
}

/// The cost of one scenario's package of measures.
public struct ScenarioCost: Equatable, Sendable {
    /// The scenario's id; nil for the implicit "All measures" package of a plan with no scenarios.
    public var id: EntityID?
    public var name: String
    public var measures: [MeasureCost]
    /// The package, every year of the plan's horizon (zero before any measure starts).
    public var total: [CostYear]

    public init(id: EntityID?, name: String, measures: [MeasureCost], total: [CostYear]) {
        self.id = id
        self.name = name
        self.measures = measures
        self.total = total
    }

    public var isImplicit: Bool { id == nil }

    public func year(_ year: Int) -> CostYear? { total.first { $0.year == year } }

    /// The package's last year, at the plan's horizon.
    public var horizon: CostYear? { total.last }

    /// The year the package costs most as a share of GDP.
    public var peak: CostYear? {
        total.filter { $0.percentOfGDP != nil }.max { $0.percentOfGDP! < $1.percentOfGDP! }
    }

    /// The financing sources any of its measures uses, in the vocabulary's order.
    public var sources: [FinancingSource] {
        FinancingSource.allCases.filter { source in total.contains { $0.financing[source] != nil } }
    }

    /// Years whose general-revenue share is above `ceiling` percent of GDP (contributions are not
    /// fiscal space: only what general revenue pays counts against the ceiling).
    public func yearsAbove(ceiling: Double) -> [CostYear] {
        total.filter { ($0.generalRevenuePercentOfGDP ?? 0) > ceiling + 1e-9 }
    }

    /// The year the package's general-revenue share is highest as a share of GDP.
    public var generalRevenuePeak: CostYear? {
        total.filter { $0.generalRevenuePercentOfGDP != nil }
            .max { $0.generalRevenuePercentOfGDP! < $1.generalRevenuePercentOfGDP! }
    }

    /// The sum of its yearly totals over the horizon (nominal).
    public var cumulativeTotal: Double { total.reduce(0) { $0 + $1.total } }
}

// The JSON of `socle cost --json`: financing keyed by the sources' raw values, missing percentages as null.
extension CostYear: Encodable {
    enum CodingKeys: String, CodingKey {
        case year, beneficiaries, benefits, administration, total, percentOfGDP, percentOfGovernmentExpenditure, financing
        case contributions, paygCostRatePercent, generalRevenue, generalRevenuePercentOfGDP, replacedSpending, netTotal
        case netPercentOfGDP
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(year, forKey: .year)
        try container.encode(beneficiaries, forKey: .beneficiaries)
        try container.encode(benefits, forKey: .benefits)
        try container.encode(administration, forKey: .administration)
        try container.encode(total, forKey: .total)
        try container.encode(percentOfGDP, forKey: .percentOfGDP)
        try container.encode(percentOfGovernmentExpenditure, forKey: .percentOfGovernmentExpenditure)
        let financing = Dictionary(uniqueKeysWithValues: self.financing.map { ($0.key.rawValue, $0.value) })
        try container.encode(financing, forKey: .financing)
        try container.encode(contributions, forKey: .contributions)
        try container.encode(paygCostRatePercent, forKey: .paygCostRatePercent)
        try container.encode(generalRevenue, forKey: .generalRevenue)
        try container.encode(generalRevenuePercentOfGDP, forKey: .generalRevenuePercentOfGDP)
        try container.encode(replacedSpending, forKey: .replacedSpending)
        try container.encode(netTotal, forKey: .netTotal)
        try container.encode(netPercentOfGDP, forKey: .netPercentOfGDP)
    }
}

extension MeasureCost {
    /// The contribution rate (employer, worker and state together, in percent of insurable
    /// earnings) that pays the measure's expenditure over its years: the sum of its yearly totals
    /// over the sum of its insurable earnings (a general average premium with no reserve and no
    /// discounting). Nil without contribution terms.
    public var requiredContributionRatePercent: Double? {
        let earnings = years.reduce(0) { $0 + ($1.contributions?.insurableEarnings ?? 0) }
        guard earnings > 0 else { return nil }
        return years.reduce(0) { $0 + $1.total } / earnings * 100
    }
}

extension MeasureCost: Encodable {
    enum CodingKeys: String, CodingKey { case id, name, years, requiredContributionRatePercent }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(years, forKey: .years)
        try container.encode(requiredContributionRatePercent, forKey: .requiredContributionRatePercent)
    }
}

extension ScenarioCost: Encodable {
    enum CodingKeys: String, CodingKey { case name, measures, total }
}
