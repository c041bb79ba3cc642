@testable import PlanDomain

/// A small plan for checking the cost model by hand: base year 2025, horizon 2026-2031, one group of
/// 1,000 persons that does not grow, GDP 100,000,000 and government expenditure 20,000,000 a year.
func costPlan() -> Plan {
    var plan = Plan.new(meta: PlanMeta(country: Country(name: "Testland", code: "TL"), title: "Cost test",
                                       currency: "XTS", baseYear: 2025, firstYear: 2026, lastYear: 2031))
    var group = PopulationGroup(id: "GRP-1")
    group.name = "Older persons"
    group.size = 1000
    plan.stocktake.groups = [group]
    plan.stocktake.economy.gdp = GrowthSeries(baseValue: 100_000_000)
    plan.stocktake.economy.governmentExpenditure = GrowthSeries(baseValue: 20_000_000)
    plan.stocktake.economy.inflation = GrowthSeries(baseValue: 5)
    plan.strategy.measures = [costMeasure("MEA-1")]
    return plan
}

/// Half the group eligible, take-up 20% in 2027 rising to 80% over 3 years, 1,000 a year fixed,
/// administration 5% of benefits, financed 60% from general revenue and 40% from other sources.
func costMeasure(_ id: EntityID) -> Measure {
    var measure = Measure(id: id)
    measure.name = "Pension \(id)"
    measure.targetGroupId = "GRP-1"
    measure.eligibleSharePercent = 50
    measure.takeUp.startPercent = 20
    measure.takeUp.targetPercent = 80
    measure.takeUp.rampYears = 3
    measure.benefit.annualAmount = 1000
    measure.benefit.indexation = .fixed
    measure.administrativeRatePercent = 5
    measure.administrativeBasis = .benefits
    measure.financing = FinancingShares(generalRevenue: 60, other: 40)
    measure.startYear = 2027
    return measure
}

/// `a` and `b` agree to within a relative 1e-12 (sums of Doubles differ in the last bits).
func close(_ a: Double?, _ b: Double) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= 1e-12 * max(1, abs(b))
}
