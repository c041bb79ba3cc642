import Testing
@testable import PlanDomain

/// Each formula of the cost model against figures worked out by hand.
struct CostModelTests {
    @Test func inflationIndexingCompoundsYearByYearWithYearlyOverrides() {
        var plan = costPlan()
        // Base rate 5%; 10% in 2026 and 2% in 2027 given as yearly values; the 2025 value is not used
        // because the base-year amount is already in 2025 prices.
        plan.stocktake.economy.inflation = GrowthSeries(baseValue: 5, yearly: [
            YearValue(year: 2025, value: 40), YearValue(year: 2026, value: 10), YearValue(year: 2027, value: 2),
        ])
        plan.strategy.measures[0].benefit.indexation = .inflation
        let model = CostModel(plan: plan)
        let measure = plan.strategy.measures[0]
        #expect(model.inflationPercent(in: 2028) == 5)
        #expect(close(model.annualBenefit(measure, in: 2025), 1000))
        #expect(close(model.annualBenefit(measure, in: 2026), 1100))      // 1000 x 1.10
        #expect(close(model.annualBenefit(measure, in: 2027), 1122))      // 1100 x 1.02
        #expect(close(model.annualBenefit(measure, in: 2028), 1178.1))    // 1122 x 1.05
        #expect(close(model.annualBenefit(measure, in: 2029), 1237.005))  // 1178.1 x 1.05
    }

    @Test func shareOfThePovertyLineFollowsTheLine() {
        var plan = costPlan()
        // Poverty line 10,000 in 2025 growing 5%, with 12,000 given for 2027 and growth chained from it.
        plan.stocktake.economy.povertyLine = GrowthSeries(baseValue: 10_000, growthPercent: 5,
                                                          yearly: [YearValue(year: 2027, value: 12_000)])
        plan.strategy.measures[0].benefit.indexation = .shareOfPovertyLine
        plan.strategy.measures[0].benefit.referenceSharePercent = 20
        let model = CostModel(plan: plan)
        let measure = plan.strategy.measures[0]
        #expect(close(model.annualBenefit(measure, in: 2026), 2100))  // 20% of 10,000 x 1.05
        #expect(close(model.annualBenefit(measure, in: 2027), 2400))  // 20% of 12,000
        #expect(close(model.annualBenefit(measure, in: 2028), 2520))  // 20% of 12,000 x 1.05
    }

    @Test func shareOfTheMinimumWageAndFixedAmounts() {
        var plan = costPlan()
        plan.stocktake.economy.minimumWage = GrowthSeries(baseValue: 50_000, growthPercent: 10)
        var wage = plan.strategy.measures[0]
        wage.benefit.indexation = .shareOfMinimumWage
        wage.benefit.referenceSharePercent = 50
        let fixed = plan.strategy.measures[0]
        let model = CostModel(plan: plan)
        #expect(close(model.annualBenefit(wage, in: 2026), 27_500))    // 50% of 50,000 x 1.1
        #expect(close(model.annualBenefit(wage, in: 2027), 30_250))    // 50% of 50,000 x 1.1 x 1.1
        #expect(model.annualBenefit(fixed, in: 2026) == 1000)
        #expect(model.annualBenefit(fixed, in: 2031) == 1000)          // no indexation at all
    }

    @Test func administrationOnBothBases() {
        let plan = costPlan()
        let model = CostModel(plan: plan)
        var measure = plan.strategy.measures[0]
        #expect(close(model.administration(of: 100, for: measure), 5))  // 100 x 0.05
        measure.administrativeBasis = .grossSpending
        let gross = model.administration(of: 100, for: measure)
        #expect(close(gross, 5.263157894736842))                       // 100 x 0.05 / 0.95
        #expect(close(gross / (100 + gross), 0.05))                    // 5% of gross spending indeed
    }

    @Test func takeUpRampsLinearlyAndReachesTheTargetAfterRampYears() {
        var plan = costPlan()
        let model = CostModel(plan: plan)
        let measure = plan.strategy.measures[0]
        // 20% to 80% over 3 years from 2027: steps of (80 - 20) / 3 = 20 points; the target is
        // reached at 2027 + 3 = 2030 (not 2029) and kept in 2031; nothing before the start.
        let ramp = (2026...2031).map { model.takeUpPercent(measure, in: $0) }
        #expect(ramp == [0, 20, 40, 60, 80, 80])
        plan.strategy.measures[0].takeUp.yearly = [YearValue(year: 2028, value: 50), YearValue(year: 2026, value: 90)]
        let overridden = CostModel(plan: plan)
        let changed = plan.strategy.measures[0]
        #expect(overridden.takeUpPercent(changed, in: 2028) == 50)   // the yearly value wins
        #expect(overridden.takeUpPercent(changed, in: 2029) == 60)   // and the ramp carries on
        #expect(overridden.takeUpPercent(changed, in: 2026) == 0)    // nothing before the start year
    }

    @Test func theStartYearComesFromThePhaseWhenNotGiven() {
        var plan = costPlan()
        var phase = Phase(id: "PHA-1")
        phase.firstYear = 2028
        phase.lastYear = 2030
        plan.strategy.phases = [phase]
        plan.strategy.measures[0].startYear = nil
        plan.strategy.measures[0].phaseId = "PHA-1"
        let model = CostModel(plan: plan)
        #expect(model.startYear(of: plan.strategy.measures[0]) == 2028)
        #expect(model.cost(of: plan.strategy.measures[0]).years.map(\.year) == [2028, 2029, 2030, 2031])
    }

    @Test func groupsGrowFromTheirYearOrFollowTheirProjection() throws {
        var plan = costPlan()
        plan.stocktake.groups[0].growthPercent = 10
        let grown = CostModel(plan: plan)
        // Size 1,000 in the base year 2025 (no year given): 2026 = 1,100; half eligible = 550.
        #expect(close(grown.eligiblePopulation(plan.strategy.measures[0], in: 2026), 550))
        plan.stocktake.groups[0].year = 2024
        plan.stocktake.groups[0].projection = [YearValue(year: 2027, value: 1500)]
        let model = CostModel(plan: plan)
        let group = plan.stocktake.groups[0]
        #expect(close(model.groupSize(group, in: 2026), 1210))   // 1,000 in 2024 x 1.1 x 1.1
        #expect(model.groupSize(group, in: 2027) == 1500)        // the projection wins
        #expect(close(model.groupSize(group, in: 2028), 1650))   // grown on from the projection: 1,500 x 1.1
    }

    @Test func eligibilityChangesHoldFromTheirYearOn() {
        var plan = costPlan()
        // The pension age is lowered in 2029: from then on 80% of the group is eligible, not 50%.
        plan.strategy.measures[0].eligibleShareFrom = [YearValue(year: 2029, value: 80)]
        let model = CostModel(plan: plan)
        let measure = plan.strategy.measures[0]
        let shares = (2027...2031).map { model.eligibleSharePercent(measure, in: $0) }
        #expect(shares == [50, 50, 80, 80, 80])
        #expect(model.eligiblePopulation(measure, in: 2030) == 800)
    }

    @Test func oneMeasureYearByYearWithGDPAndFinancing() throws {
        let plan = costPlan()
        let cost = CostModel(plan: plan).cost(of: plan.strategy.measures[0])
        #expect(cost.years.map(\.year) == [2027, 2028, 2029, 2030, 2031])
        let first = try #require(cost.year(2027))
        // 1,000 persons x 50% eligible x 20% take-up = 100 beneficiaries; x 1,000 = 100,000 in benefits;
        // 5% administration = 5,000; total 105,000 = 0.105% of GDP (100 M), 0.525% of expenditure (20 M).
        #expect(close(first.beneficiaries, 100))
        #expect(close(first.benefits, 100_000))
        #expect(close(first.administration, 5000))
        #expect(close(first.total, 105_000))
        #expect(close(first.percentOfGDP, 0.105))
        #expect(close(first.percentOfGovernmentExpenditure, 0.525))
        // 60% of 105,000 from general revenue, 40% from other sources; no key for unused sources.
        #expect(first.financing.count == 2)
        #expect(close(first.financing[.generalRevenue], 63_000))
        #expect(close(first.financing[.other], 42_000))
        // 2030: 500 eligible x 80% = 400 beneficiaries; 400,000 + 20,000 = 420,000.
        #expect(close(cost.year(2030)?.total, 420_000))
    }

    @Test func missingGDPGivesNoPercentages() throws {
        var plan = costPlan()
        plan.stocktake.economy.gdp = GrowthSeries()
        let row = try #require(CostModel(plan: plan).cost(of: plan.strategy.measures[0]).year(2027))
        #expect(row.percentOfGDP == nil)
        #expect(row.percentOfGovernmentExpenditure != nil)
    }

    @Test func measuresThatCannotBeCosted() {
        var plan = costPlan()
        let model = { CostModel(plan: plan) }
        plan.strategy.measures[0].targetGroupId = nil
        #expect(model().problem(with: plan.strategy.measures[0]) == .noTargetGroup)
        plan.strategy.measures[0].targetGroupId = "GRP-9"
        #expect(model().problem(with: plan.strategy.measures[0]) == .unknownTargetGroup("GRP-9"))
        plan.strategy.measures[0].targetGroupId = "GRP-1"
        plan.strategy.measures[0].benefit.annualAmount = 0
        #expect(model().problem(with: plan.strategy.measures[0]) == .noBenefit(.fixed))
        #expect(model().cost(of: plan.strategy.measures[0]).years.isEmpty)
        plan.strategy.measures[0].benefit.annualAmount = 1000
        plan.strategy.measures[0].startYear = nil
        #expect(model().problem(with: plan.strategy.measures[0]) == .noStart)
    }

    @Test func growthSeriesChainFromTheLatestGivenYear() {
        let series = GrowthSeries(baseValue: 100, growthPercent: 10, yearly: [YearValue(year: 2027, value: 200)])
        #expect(close(series.value(in: 2026, baseYear: 2025), 110))   // 100 x 1.1
        #expect(series.value(in: 2027, baseYear: 2025) == 200)
        #expect(close(series.value(in: 2029, baseYear: 2025), 242))   // 200 x 1.1 x 1.1, not 100 x 1.1^4
    }
}
