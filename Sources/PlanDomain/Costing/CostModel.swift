/// The cost of the plan's measures, computed the way the ILO Rapid Assessment Protocol (RAP) does:
/// for each measure and each year t from its start to the plan's last year,
///
///     beneficiaries(t)  = eligible population(t) x take-up(t)
///     benefits(t)       = beneficiaries(t) x annual benefit(t)
///     administration(t) = benefits(t) x rate                 (rate as a share of benefits)
///                       = benefits(t) x rate / (1 - rate)    (rate as a share of gross spending)
///                       = contributions(t) x rate            (rate as a share of contributions)
///     total(t)          = benefits(t) + administration(t)
///
/// A measure with contribution terms also gets its contribution income, PAYG cost rate and
/// general-revenue share (Contributions.swift); a measure replacing schemes, its cost net of them.
///
/// Every amount is nominal, in the plan's currency: benefits indexed to inflation grow with prices,
/// so GDP, government expenditure, the poverty line and the minimum wage must be given in current
/// prices too (their growth rates are nominal growth, real growth plus inflation).
///
/// Pure: the same plan gives the same figures. docs/USER-GUIDE.md, "How costs are computed", says the same in words.
public struct CostModel: Sendable {
    public let plan: Plan
    private let groups: [EntityID: PopulationGroup]
    private let phases: [EntityID: Phase]

    public init(plan: Plan) {
        self.plan = plan
        groups = Dictionary(plan.stocktake.groups.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        phases = Dictionary(plan.strategy.phases.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The year the plan's base values refer to (prices, population sizes without a year, economic series).
    public var baseYear: Int { plan.meta.baseYear }

    /// The years costs are shown for: the plan's horizon, first to last year.
    public var years: [Int] { plan.meta.years.map(Array.init) ?? [] }

    // MARK: Economy

    public func gdp(in year: Int) -> Double { plan.stocktake.economy.gdp.value(in: year, baseYear: baseYear) }

    public func governmentExpenditure(in year: Int) -> Double {
        plan.stocktake.economy.governmentExpenditure.value(in: year, baseYear: baseYear)
    }

    /// Inflation in `year`, in percent: the yearly value when the plan gives one, else the base rate.
    /// (Inflation is a rate, not a level: it does not grow, and a yearly value holds for its year only.)
    public func inflationPercent(in year: Int) -> Double {
        let inflation = plan.stocktake.economy.inflation
        return inflation.yearly.first { $0.year == year }?.value ?? inflation.baseValue
    }

    // MARK: One measure

    /// The first year of the measure: its start year, or its phase's first year when it has none.
    public func startYear(of measure: Measure) -> Int? {
        measure.startYear ?? measure.phaseId.flatMap { phases[$0]?.firstYear }
    }

    /// The size of the measure's target group in `year`: the group's projection for that year when
    /// given, else its size (in its own year, or the base year) grown at its growth rate, chained on
    /// from the latest projected year (see `GrowthSeries`).
    public func groupSize(_ group: PopulationGroup, in year: Int) -> Double {
        GrowthSeries(baseValue: group.size, growthPercent: group.growthPercent, yearly: group.projection)
            .value(in: year, baseYear: group.year ?? baseYear)
    }

    /// The eligible share in `year`, in percent: the latest change at or before `year`, else the
    /// measure's eligible share.
    public func eligibleSharePercent(_ measure: Measure, in year: Int) -> Double {
        let change = (measure.eligibleShareFrom ?? []).filter { $0.year <= year }.max { $0.year < $1.year }
        return change?.value ?? measure.eligibleSharePercent
    }

    /// Persons eligible in `year`: the target group's size times the eligible share; nil when the
    /// measure has no target group the plan knows.
    public func eligiblePopulation(_ measure: Measure, in year: Int) -> Double? {
        guard let id = measure.targetGroupId, let group = groups[id] else { return nil }
        return groupSize(group, in: year) * eligibleSharePercent(measure, in: year) / 100
    }

    /// Take-up in `year`, in percent of the eligible. Zero before the start year t0; from t0 a linear
    /// ramp from the starting take-up to the target, reached at t0 + rampYears and kept after;
    /// a yearly value the plan gives wins for its year.
    /// 20% to 80% over 3 years from 2027: 2027 20, 2028 40, 2029 60, 2030 80, 2031 80.
    public func takeUpPercent(_ measure: Measure, in year: Int) -> Double {
        guard let start = startYear(of: measure), year >= start else { return 0 }
        let takeUp = measure.takeUp
        if let given = takeUp.yearly.first(where: { $0.year == year }) { return given.value }
        guard let elapsed = PlanYears.distance(from: start, to: year), takeUp.rampYears > 0,
              elapsed < takeUp.rampYears else { return takeUp.targetPercent }
        return takeUp.startPercent + (takeUp.targetPercent - takeUp.startPercent) * Double(elapsed) / Double(takeUp.rampYears)
    }

    /// The annual benefit per beneficiary in `year`, in the plan's currency (nominal):
    /// - indexed to inflation: the base-year amount, raised each year after the base year by that
    ///   year's inflation: benefit(t) = benefit(t-1) x (1 + inflation(t));
    /// - a share of the poverty line or of the minimum wage: that share of the reference in `year`
    ///   (the base-year amount is then only a reminder of where it starts);
    /// - fixed: the base-year amount every year (it loses value as prices rise).
    public func annualBenefit(_ measure: Measure, in year: Int) -> Double {
        let benefit = measure.benefit
        let economy = plan.stocktake.economy
        switch benefit.indexation {
        case .fixed:
            return benefit.annualAmount
        case .shareOfPovertyLine:
            return benefit.referenceSharePercent / 100 * economy.povertyLine.value(in: year, baseYear: baseYear)
        case .shareOfMinimumWage:
            return benefit.referenceSharePercent / 100 * economy.minimumWage.value(in: year, baseYear: baseYear)
        case .inflation:
            var amount = benefit.annualAmount
            guard PlanYears.isValid(year), PlanYears.isValid(baseYear) else {
                // Out of the plan's years (a finding says so): the base rate, in closed form.
                let distance = PlanYears.distance(from: baseYear, to: year) ?? (year > baseYear ? Int.max : Int.min)
                return PlanYears.compound(amount, step: 1 + economy.inflation.baseValue / 100, count: distance)
            }
            if year > baseYear {
                for t in (baseYear + 1)...year { amount *= 1 + inflationPercent(in: t) / 100 }
            } else if year < baseYear {
                for t in (year + 1)...baseYear { amount /= 1 + inflationPercent(in: t) / 100 }
            }
            return amount
        }
    }

    /// The administrative cost of paying `benefits`: the rate times benefits, or, for a rate stated
    /// as a share of gross spending (benefits plus administration), benefits x rate / (1 - rate), so
    /// that administration is that share of the total. 5% of benefits on 100 is 5; 5% of gross
    /// spending on 100 is 100 x 0.05 / 0.95 = 5.263..., and 5.263 / 105.263 = 5%.
    public func administration(of benefits: Double, for measure: Measure) -> Double {
        let onBenefits = measure.administrativeBasis.convert(measure.administrativeRatePercent, to: .benefits) ?? 0
        return benefits * onBenefits / 100
    }

    /// Why the measure cannot be costed, if it cannot.
    public func problem(with measure: Measure) -> CostProblem? {
        guard let id = measure.targetGroupId, !id.isEmpty else { return .noTargetGroup }
        guard groups[id] != nil else { return .unknownTargetGroup(id) }
        guard let start = startYear(of: measure) else { return .noStart }
        guard PlanYears.isValid(baseYear) else { return .yearOutOfRange("the plan's base year", baseYear) }
        guard PlanYears.isValid(start) else {
            return .yearOutOfRange(measure.startYear == nil ? "its phase's first year" : "its start year", start)
        }
        if measure.administrativeBasis == .grossSpending && measure.administrativeRatePercent >= 100 {
            return .administrativeRate
        }
        if measure.administrativeBasis == .contributions && !measure.contribution.isSet {
            return .noContributionBase
        }
        let first = annualBenefit(measure, in: start)
        guard first.isFinite, first > 0 else { return .noBenefit(measure.benefit.indexation) }
        return nil
    }

    /// The measure's cost in each year from its start (or the plan's first year, when it starts
    /// earlier) to the plan's last year; no years when it cannot be costed.
    public func cost(of measure: Measure) -> MeasureCost {
        var result = MeasureCost(id: measure.id, name: measure.name, startYear: startYear(of: measure),
                                 problem: problem(with: measure), years: [])
        guard result.problem == nil, let start = result.startYear else { return result }
        for year in years where year >= start {
            let beneficiaries = (eligiblePopulation(measure, in: year) ?? 0) * takeUpPercent(measure, in: year) / 100
            let benefits = beneficiaries * annualBenefit(measure, in: year)
            let contributions = contributions(of: measure, in: year)
            let administration = measure.administrativeBasis == .contributions
                ? (contributions?.total ?? 0) * measure.administrativeRatePercent / 100
                : administration(of: benefits, for: measure)
            let total = benefits + administration
            var financing: [FinancingSource: Double] = [:]
            if let contributions {
                // With a surplus (it goes to reserves) the cost is split in proportion to the contributions.
                let used = contributions.total > total && contributions.total > 0 ? total / contributions.total : 1
                financing[.employerContributions] = contributions.employer * used
                financing[.insuredContributions] = contributions.worker * used
                financing[.generalRevenue] = generalRevenue(of: measure, total: total, contributions: contributions)
                financing = financing.filter { $0.value != 0 }
            } else {
                for source in FinancingSource.allCases where measure.financing.share(of: source) != 0 {
                    financing[source] = total * measure.financing.share(of: source) / 100
                }
            }
            let replaced = replacedSpending(by: measure, in: year)
            var row = row(year: year, beneficiaries: beneficiaries, benefits: benefits, administration: administration,
                          financing: financing,
                          generalRevenue: generalRevenue(of: measure, total: total, contributions: contributions),
                          replaced: replaced, contributions: contributions)
            if let contributions, contributions.insurableEarnings > 0 {
                row.paygCostRatePercent = total / contributions.insurableEarnings * 100
            }
            result.years.append(row)
        }
        return result
    }

    /// A year's figures with its shares of GDP and government expenditure worked out.
    /// `replaced` is what replaced schemes would have spent (in all, and from general revenue);
    /// the general-revenue share counts net of the replaced schemes' general revenue.
    func row(year: Int, beneficiaries: Double, benefits: Double, administration: Double,
             financing: [FinancingSource: Double] = [:], generalRevenue: Double,
             replaced: (total: Double, generalRevenue: Double) = (0, 0),
             contributions: ContributionYear? = nil) -> CostYear {
        let total = benefits + administration
        let gdp = gdp(in: year), spending = governmentExpenditure(in: year)
        var row = CostYear(year: year, beneficiaries: beneficiaries, benefits: benefits, administration: administration,
                           total: total, percentOfGDP: gdp > 0 ? total / gdp * 100 : nil,
                           percentOfGovernmentExpenditure: spending > 0 ? total / spending * 100 : nil,
                           financing: financing)
        row.contributions = contributions
        row.generalRevenue = generalRevenue - replaced.generalRevenue
        row.generalRevenuePercentOfGDP = gdp > 0 ? row.generalRevenue / gdp * 100 : nil
        row.replacedSpending = replaced.total
        row.netTotal = total - replaced.total
        row.netPercentOfGDP = gdp > 0 ? row.netTotal / gdp * 100 : nil
        return row
    }
}

/// Why a measure cannot be costed.
public enum CostProblem: Equatable, Sendable, CustomStringConvertible {
    case noTargetGroup
    case unknownTargetGroup(EntityID)
    /// Neither a start year nor a phase.
    case noStart
    case noBenefit(Indexation)
    /// A rate of gross spending of 100% or more.
    case administrativeRate
    /// A year it depends on (named) is outside `PlanYears.valid`.
    case yearOutOfRange(String, Int)
    /// Its administrative rate is a share of contributions, but it has no contribution terms.
    case noContributionBase

    public var description: String {
        switch self {
        case .noTargetGroup: "it has no target group"
        case .unknownTargetGroup(let id): "its target group \(id) does not exist"
        case .noStart: "it has neither a start year nor a phase"
        case .noBenefit(let indexation):
            switch indexation {
            case .shareOfPovertyLine: "its benefit is zero (no share of the poverty line, or no poverty line)"
            case .shareOfMinimumWage: "its benefit is zero (no share of the minimum wage, or no minimum wage)"
            case .inflation, .fixed: "its annual benefit is zero"
            }
        case .administrativeRate: "its administrative rate of gross spending is 100% or more"
        case .noContributionBase:
            "its administrative rate is a share of contributions, but it names no insured group that contributes"
        case .yearOutOfRange(let what, let year): "\(what) \(year) is outside \(PlanYears.rangeText)"
        }
    }
}
