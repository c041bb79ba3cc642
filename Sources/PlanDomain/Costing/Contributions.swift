/// One year of a contributory measure's contribution side:
///
///     insured persons(t)    = insured group(t) x insured share
///     insurable earnings(t) = insured persons(t) x earnings per insured(t)
///                             (the base-year earnings grown at their growth rate)
///     employer(t), worker(t), state(t) = insurable earnings(t) x each rate
///
/// The PAYG cost rate is the year's expenditure over insurable earnings: the contribution rate
/// that would balance that year with no reserve.
public struct ContributionYear: Equatable, Sendable, Encodable {
    public var insuredPersons: Double
    public var insurableEarnings: Double
    public var employer: Double
    public var worker: Double
    /// The state's contribution, paid from general revenue.
    public var state: Double

    /// Employers' and workers' contributions: the contribution income.
    public var income: Double { employer + worker }
    /// Every contribution, the state's included.
    public var total: Double { employer + worker + state }

    static func + (lhs: ContributionYear, rhs: ContributionYear) -> ContributionYear {
        ContributionYear(insuredPersons: lhs.insuredPersons + rhs.insuredPersons,
                         insurableEarnings: lhs.insurableEarnings + rhs.insurableEarnings,
                         employer: lhs.employer + rhs.employer, worker: lhs.worker + rhs.worker,
                         state: lhs.state + rhs.state)
    }
}

extension CostModel {
    /// The contribution side of `measure` in `year`; nil when the measure names no insured group
    /// the plan knows, or before it starts.
    public func contributions(of measure: Measure, in year: Int) -> ContributionYear? {
        let terms = measure.contribution
        guard let id = terms.insuredGroupId, let group = plan.stocktake.groups.first(where: { $0.id == id }),
              let start = startYear(of: measure), year >= start else { return nil }
        let insured = groupSize(group, in: year) * terms.insuredSharePercent / 100
        let perPerson = GrowthSeries(baseValue: terms.insurableEarnings, growthPercent: terms.earningsGrowthPercent)
            .value(in: year, baseYear: baseYear)
        let earnings = insured * perPerson
        return ContributionYear(insuredPersons: insured, insurableEarnings: earnings,
                                employer: earnings * terms.employerRatePercent / 100,
                                worker: earnings * terms.workerRatePercent / 100,
                                state: earnings * terms.stateRatePercent / 100)
    }

    /// `amount` of `from`'s prices in `to`'s prices, moved with inflation year by year.
    public func indexed(_ amount: Double, from: Int, to: Int) -> Double {
        guard PlanYears.isValid(from), PlanYears.isValid(to) else { return amount }
        var value = amount
        if to > from {
            for t in (from + 1)...to { value *= 1 + inflationPercent(in: t) / 100 }
        } else if to < from {
            for t in (to + 1)...from { value /= 1 + inflationPercent(in: t) / 100 }
        }
        return value
    }

    /// What the schemes `measure` replaces would have spent in `year`, from its start on: each
    /// scheme's expenditure in the year of its figures, moved with inflation; and the part of it
    /// financed from general revenue (its general-revenue share). Zero before the measure starts.
    public func replacedSpending(by measure: Measure, in year: Int) -> (total: Double, generalRevenue: Double) {
        guard let start = startYear(of: measure), year >= start else { return (0, 0) }
        var total = 0.0, revenue = 0.0
        for id in Set(measure.replacesSchemeIds) {
            guard let scheme = plan.stocktake.schemes.first(where: { $0.id == id }),
                  let spent = scheme.expenditure else { continue }
            let amount = indexed(spent, from: scheme.year ?? baseYear, to: year)
            total += amount
            revenue += amount * scheme.financing.generalRevenue / 100
        }
        return (total, revenue)
    }

    /// The part of `total` paid from general revenue:
    /// - a measure with contribution terms: the state's contribution plus any deficit (expenditure
    ///   above all contributions); with a surplus, the state's share of the cost in proportion to
    ///   its contribution (the rest of the surplus goes to reserves);
    /// - otherwise its general-revenue financing share, or the whole cost when it states no shares.
    func generalRevenue(of measure: Measure, total: Double, contributions: ContributionYear?) -> Double {
        if let contributions {
            if contributions.total > total, contributions.total > 0 { return contributions.state * total / contributions.total }
            return contributions.state + (total - contributions.total)
        }
        let shares = measure.financing
        let sum = FinancingSource.allCases.reduce(0) { $0 + shares.share(of: $1) }
        return sum > 0 ? total * shares.generalRevenue / 100 : total
    }

    /// The measure's administrative cost as a percent on `basis`, from its figures in the last year
    /// it is costed; nil when it cannot be costed or the base is zero.
    public func administrativeRatio(of measure: Measure, on basis: AdministrativeBasis) -> Double? {
        guard let last = cost(of: measure).years.last else { return nil }
        let base: Double
        switch basis {
        case .benefits: base = last.benefits
        case .grossSpending: base = last.total
        case .contributions: base = last.contributions?.total ?? 0
        }
        return base > 0 ? 100 * last.administration / base : nil
    }
}
