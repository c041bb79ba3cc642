/// The timetable for commitment: year by year, what the costed plan needs and who commits what
/// against it, and the funding gap that is left.
///
///     cost(t)     = the financed scenario's cost (benefits and administration) + the activities' budgets in t
///     own(t)      = employers' and insured persons' contributions and co-payments in t (the schemes collect them)
///     committed(t) = budget appropriations for t + financial pledges' share of t
///     gap(t)      = cost(t) - own(t) - committed(t)      (negative: more is committed than needed)
///
/// A pledge's amount is spread evenly over its years and converted at its exchange rate; one in
/// another currency without a rate is left out (rule `pledge.rate`). Technical pledges add
/// person-days, not money.
public struct FundingTimetable: Equatable, Sendable {
    public struct Year: Equatable, Sendable {
        public var year: Int
        /// The financed scenario's measures.
        public var measures = 0.0
        /// The action plan's activity budgets that fall in the year.
        public var activities = 0.0
        /// Contributions and co-payments the measures' financing expects.
        public var ownRevenue = 0.0
        public var appropriations: [AppropriationSource: Double] = [:]
        public var pledges: [PledgeStatus: Double] = [:]
        /// Technical pledges, in person-days (spread over their years).
        public var personDays = 0.0

        public var cost: Double { measures + activities }
        public var appropriated: Double { appropriations.values.reduce(0, +) }
        public var pledged: Double { pledges.values.reduce(0, +) }
        /// Appropriations and financial pledges: what a source has committed for the year.
        public var committed: Double { appropriated + pledged }
        public var gap: Double { cost - ownRevenue - committed }
        /// The plan costs something this year and no one has committed money to it.
        public var lacksCommitment: Bool { cost > 0.5 && committed <= 0 }
    }

    /// The scenario whose cost is financed; nil when no measure is costed.
    public var scenario: ScenarioCost?
    public var years: [Year]

    /// The years with a gap of at least one unit of currency.
    public var yearsWithGap: [Year] { years.filter { $0.gap >= 1 } }
    public var totalCost: Double { years.reduce(0) { $0 + $1.cost } }
    public var totalCommitted: Double { years.reduce(0) { $0 + $1.committed } }
    public var totalGap: Double { years.reduce(0) { $0 + $1.gap } }
    /// The appropriation sources used in any year, in the vocabulary's order.
    public var sources: [AppropriationSource] {
        AppropriationSource.allCases.filter { source in years.contains { $0.appropriations[source] != nil } }
    }
}

extension Plan {
    /// The scenario the action plan finances: the first marked as financed, else the first costed.
    public var financedScenario: Scenario? {
        costScenarios.first(where: \.financed) ?? costScenarios.first
    }

    /// The timetable for commitment over the plan's horizon; `schedule` places the activities'
    /// budgets in years (computed when not given).
    public func fundingTimetable(schedule: Schedule? = nil) -> FundingTimetable {
        fundingTimetable(schedule: schedule, budgetByYear: nil)
    }

    /// ``fundingTimetable(schedule:)``, with the activities' budget by year when the caller has it
    /// (`budgetByYear(schedule)`, or the total of `budgetBreakdown(schedule)`).
    func fundingTimetable(schedule: Schedule?, budgetByYear known: [Int: Int]?) -> FundingTimetable {
        let horizon = meta.years.map(Array.init) ?? []
        var rows = Dictionary(uniqueKeysWithValues: horizon.map { ($0, FundingTimetable.Year(year: $0)) })
        let scenario = financedScenario.map { costs(scenario: $0) }
        for year in scenario?.total ?? [] where rows[year.year] != nil {
            rows[year.year]!.measures = year.total
            rows[year.year]!.ownRevenue = (year.financing[.employerContributions] ?? 0)
                + (year.financing[.insuredContributions] ?? 0) + (year.financing[.coPayments] ?? 0)
        }
        if !actionPlan.activities.isEmpty {
            let budget = known ?? budgetByYear(schedule ?? self.schedule())
            for (year, amount) in budget where rows[year] != nil { rows[year]!.activities = Double(amount) }
        }
        for appropriation in actionPlan.appropriations where rows[appropriation.year] != nil && appropriation.amount > 0 {
            rows[appropriation.year]!.appropriations[appropriation.source, default: 0] += appropriation.amount
        }
        for pledge in actionPlan.pledges {
            guard let years = pledge.years else { continue }
            // The horizon's years the pledge covers: a pledge to year 9,223,372,036,854,775,807 is
            // ten years of this plan, not a loop over every year it names.
            for year in horizon where years.contains(year) {
                switch pledge.kind {
                case .financial:
                    let amount = pledge.amount(in: year, plan: self)
                    if amount > 0 { rows[year]!.pledges[pledge.status, default: 0] += amount }
                case .technical:
                    rows[year]!.personDays += pledge.personDays / Double(years.count)
                }
            }
        }
        return FundingTimetable(scenario: scenario, years: horizon.compactMap { rows[$0] })
    }
}
