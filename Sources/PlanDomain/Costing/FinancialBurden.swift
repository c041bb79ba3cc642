/// Everyone's expected financial burden: who pays the financed scenario's cost, year by year, by
/// measure and in total, and what it is as a share of wages or of GDP.
///
/// For a measure with contribution terms the contributions are what employers and workers pay
/// (`ContributionYear`): employers the employer rate, workers the worker rate, on the insured
/// persons' earnings, and the state its general-revenue part (its own contribution and any deficit).
/// Otherwise the cost is split by the measure's financing shares: employer contributions to
/// employers, insured persons' contributions to workers, general revenue to the state. Co-payments
/// fall on households, other financing (partners, earmarked sources) on "others". When a measure's
/// insured persons are self-employed they pay both the employer's and the worker's part.
public enum Payer: String, CaseIterable, Sendable {
    case employers, workers, selfEmployed, state, households, others

    public var label: String {
        switch self {
        case .employers: "Employers"
        case .workers: "Workers"
        case .selfEmployed: "Self-employed"
        case .state: "State"
        case .households: "Households"
        case .others: "Others"
        }
    }

    /// Payers whose burden is measured against wages (their insurable earnings); the others against GDP.
    public var paysOnWages: Bool { self == .employers || self == .workers || self == .selfEmployed }
}

public struct BurdenYear: Equatable, Sendable {
    public var year: Int
    public var amounts: [Payer: Double] = [:]
    /// The insurable earnings of insured employees: the wage base of employers' and workers' shares.
    public var employeeEarnings = 0.0
    /// The insurable earnings of insured self-employed persons.
    public var selfEmployedEarnings = 0.0
    public var gdp = 0.0

    public init(year: Int, gdp: Double) {
        self.year = year
        self.gdp = gdp
    }

    public func amount(_ payer: Payer) -> Double { amounts[payer] ?? 0 }
    public var total: Double { amounts.values.reduce(0, +) }

    /// The payer's amount over its wage base, in percent; nil for payers measured against GDP and
    /// when no contribution terms give a wage base.
    public func percentOfWages(_ payer: Payer) -> Double? {
        let base: Double
        switch payer {
        case .employers, .workers: base = employeeEarnings
        case .selfEmployed: base = selfEmployedEarnings
        default: return nil
        }
        return base > 0 ? amount(payer) / base * 100 : nil
    }

    /// The payer's amount (or, for nil, the total) over GDP, in percent; nil without GDP.
    public func percentOfGDP(_ payer: Payer? = nil) -> Double? {
        guard gdp > 0 else { return nil }
        return (payer.map(amount) ?? total) / gdp * 100
    }

    static func + (lhs: BurdenYear, rhs: BurdenYear) -> BurdenYear {
        var sum = lhs
        for (payer, amount) in rhs.amounts { sum.amounts[payer, default: 0] += amount }
        sum.employeeEarnings += rhs.employeeEarnings
        sum.selfEmployedEarnings += rhs.selfEmployedEarnings
        return sum
    }
}

public struct MeasureBurden: Equatable, Sendable {
    public var id: EntityID
    public var name: String
    public var years: [BurdenYear]
}

public struct FinancialBurden: Equatable, Sendable {
    /// The scenario whose cost is shared out; nil when nothing is costed.
    public var scenario: String?
    public var measures: [MeasureBurden]
    /// Every year of the horizon.
    public var total: [BurdenYear]

    /// The payers who pay anything, in the order of `Payer`.
    public var payers: [Payer] {
        Payer.allCases.filter { payer in total.contains { $0.amount(payer) != 0 } }
    }
}

extension Plan {
    /// The financed scenario's cost shared out among those who pay it.
    public func financialBurden() -> FinancialBurden {
        let model = CostModel(plan: self)
        let years = model.years
        guard let scenario = financedScenario else {
            return FinancialBurden(scenario: nil, measures: [], total: years.map { BurdenYear(year: $0, gdp: model.gdp(in: $0)) })
        }
        let cost = costs(scenario: scenario)
        let measures = cost.measures.map { measureCost -> MeasureBurden in
            let selfEmployed = strategy.measures.first { $0.id == measureCost.id }?.insuredSelfEmployed ?? false
            return MeasureBurden(id: measureCost.id, name: measureCost.name, years: measureCost.years.map { row in
                burden(of: row, selfEmployed: selfEmployed, gdp: model.gdp(in: row.year))
            })
        }
        let total = years.map { year in
            measures.compactMap { $0.years.first { $0.year == year } }
                .reduce(BurdenYear(year: year, gdp: model.gdp(in: year)), +)
        }
        return FinancialBurden(scenario: scenario.name, measures: measures, total: total)
    }

    private func burden(of row: CostYear, selfEmployed: Bool, gdp: Double) -> BurdenYear {
        var year = BurdenYear(year: row.year, gdp: gdp)
        let insured: Payer = selfEmployed ? .selfEmployed : .workers
        let employer: Payer = selfEmployed ? .selfEmployed : .employers
        func add(_ payer: Payer, _ amount: Double) { if amount != 0 { year.amounts[payer, default: 0] += amount } }
        if let contributions = row.contributions {
            add(employer, contributions.employer)
            add(insured, contributions.worker)
            add(.state, row.generalRevenue)
            if selfEmployed { year.selfEmployedEarnings = contributions.insurableEarnings }
            else { year.employeeEarnings = contributions.insurableEarnings }
        } else {
            add(employer, row.financing[.employerContributions] ?? 0)
            add(insured, row.financing[.insuredContributions] ?? 0)
            add(.state, row.financing[.generalRevenue] ?? 0)
        }
        add(.households, row.financing[.coPayments] ?? 0)
        add(.others, row.financing[.other] ?? 0)
        return year
    }
}
