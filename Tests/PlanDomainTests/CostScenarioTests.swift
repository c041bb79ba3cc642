import Foundation
import Testing
@testable import PlanDomain

/// Packages of measures: scenario totals, the implicit package, the validation rules of costing.
struct CostScenarioTests {
    /// MEA-1 (fixed 1,000, 5% of benefits) and MEA-2 (the same but 5% of gross spending, paid from
    /// 2028, all from employer contributions), as scenario "Floor" = MEA-1 and "Full" = both.
    func twoScenarios() -> Plan {
        var plan = costPlan()
        var second = costMeasure("MEA-2")
        second.startYear = 2028
        second.administrativeBasis = .grossSpending
        second.financing = FinancingShares(employerContributions: 100)
        plan.strategy.measures.append(second)
        var floor = Scenario(id: "SCN-1")
        floor.name = "Floor"
        floor.measureIds = ["MEA-1"]
        var full = Scenario(id: "SCN-2")
        full.name = "Full"
        full.measureIds = ["MEA-1", "MEA-2", "MEA-1"]
        plan.strategy.scenarios = [floor, full]
        return plan
    }

    @Test func aScenarioTotalIsTheSumOfItsMeasures() throws {
        let plan = twoScenarios()
        let full = plan.costs(scenario: plan.strategy.scenarios[1])
        #expect(full.measures.map(\.id) == ["MEA-1", "MEA-2"], "a measure listed twice counts once")
        #expect(full.total.map(\.year) == Array(2026...2031), "every year of the horizon")
        #expect(full.year(2026)?.total == 0)
        for row in full.total {
            let parts = full.measures.compactMap { $0.year(row.year) }
            #expect(close(row.total, parts.reduce(0) { $0 + $1.total }))
            #expect(close(row.beneficiaries, parts.reduce(0) { $0 + $1.beneficiaries }))
        }
        // 2028: MEA-1 has 40% take-up: 200 x 1,000 = 200,000 + 10,000 = 210,000.
        //       MEA-2 starts at 20%: 100 x 1,000 = 100,000 + 100,000 x 0.05 / 0.95 = 105,263.157...
        // Package: 315,263.157... = 0.31526...% of GDP; financing 126,000 general revenue,
        // 84,000 other, 105,263.157... employer contributions.
        let year = try #require(full.year(2028))
        #expect(close(year.total, 210_000 + 100_000 / 0.95))
        #expect(close(year.percentOfGDP, (210_000 + 100_000 / 0.95) / 1_000_000))
        #expect(close(year.financing[.generalRevenue], 126_000))
        #expect(close(year.financing[.other], 84_000))
        #expect(close(year.financing[.employerContributions], 100_000 / 0.95))
        #expect(full.sources == [.employerContributions, .generalRevenue, .other])
    }

    @Test func theComparisonHoldsEveryScenario() {
        let plan = twoScenarios()
        let comparison = plan.costComparison()
        #expect(comparison.map(\.name) == ["Floor", "Full"])
        #expect(comparison[0] == plan.costs(scenario: plan.strategy.scenarios[0]))
        // 2031: MEA-1 alone 420,000; with MEA-2 (80% take-up too: 400,000 / 0.95 = 421,052.63...).
        #expect(close(comparison[0].horizon?.total, 420_000))
        #expect(close(comparison[1].horizon?.total, 420_000 + 400_000 / 0.95))
        #expect(plan.costScenario(named: "full")?.id == "SCN-2")
        #expect(plan.costScenario(named: "SCN-1")?.name == "Floor")
        #expect(plan.costScenario(named: "Nope") == nil)
    }

    @Test func aPlanWithoutScenariosCostsAllMeasuresAsOnePackage() {
        var plan = twoScenarios()
        plan.strategy.scenarios = []
        let comparison = plan.costComparison()
        #expect(comparison.count == 1)
        #expect(comparison[0].name == "All measures" && comparison[0].isImplicit)
        #expect(comparison[0].measures.map(\.id) == ["MEA-1", "MEA-2"])
    }

    @Test func theJSONShape() throws {
        let plan = twoScenarios()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(plan.costs(scenario: plan.strategy.scenarios[0]))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["name", "measures", "total"])
        let measure = try #require((object["measures"] as? [[String: Any]])?.first)
        #expect(Set(measure.keys) == ["id", "name", "years", "requiredContributionRatePercent"])
        let year = try #require((measure["years"] as? [[String: Any]])?.first)
        #expect(Set(year.keys) == ["year", "beneficiaries", "benefits", "administration", "total", "percentOfGDP",
                                   "percentOfGovernmentExpenditure", "financing", "contributions", "paygCostRatePercent",
                                   "generalRevenue", "generalRevenuePercentOfGDP", "replacedSpending", "netTotal",
                                   "netPercentOfGDP"])
        let financing = try #require(year["financing"] as? [String: Double])
        #expect(financing == ["generalRevenue": 63_000, "other": 42_000])
    }

    @Test func aPackageAboveTheCeilingIsFlaggedOncePerScenario() throws {
        var plan = twoScenarios()
        // Full: 2028 = 315,263.2 (0.32% of GDP); 2029 = MEA-1 300,000 + 15,000 and MEA-2 200,000
        // + 200,000 x 0.05 / 0.95 = 525,526.3 (0.53%); 2030 = 420,000 + 315,789.5 (0.74%);
        // 2031 = 420,000 + 421,052.6 (0.84%). Floor peaks at 0.42%. A ceiling of 0.5% catches Full only.
        plan.stocktake.economy.fiscalSpaceCeilingPercentOfGDP = 0.5
        // Only general revenue counts against the ceiling: here every measure is paid from it.
        for index in plan.strategy.measures.indices {
            plan.strategy.measures[index].financing = FinancingShares(generalRevenue: 100)
        }
        let found = plan.validate().filter { $0.rule == .costCeiling }
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(finding.severity == .warning)
        #expect(finding.location == Location("SCN-2", Scenario.Field.cost))
        #expect(finding.message == "Scenario \"Full\" needs 0.53% of GDP from general revenue in 2029, above the "
            + "fiscal-space ceiling of 0.5%; it is above in 3 years and peaks at 0.84% in 2031.")
        plan.stocktake.economy.fiscalSpaceCeilingPercentOfGDP = 1
        #expect(plan.validate().filter { $0.rule == .costCeiling }.isEmpty)
    }

    @Test func costingRules() {
        var plan = twoScenarios()
        let costing: Set<Rule> = [.measureCost, .measurePhase, .measureScenario, .measureEligibleShare,
                                  .benefitReference, .costCeiling]
        #expect(plan.validate().filter { costing.contains($0.rule) }.isEmpty)
        var phase = Phase(id: "PHA-1")
        phase.name = "Building"
        phase.firstYear = 2028
        phase.lastYear = 2030
        plan.strategy.phases = [phase]
        plan.strategy.measures[0].phaseId = "PHA-1"
        #expect(plan.validate().contains { $0.rule == .measurePhase && $0.severity == .warning
            && $0.message.contains("starts in 2027, outside its phase PHA-1 \"Building\" (2028-2030)") })
        plan.strategy.measures[1].targetGroupId = nil
        #expect(plan.validate().contains { $0.rule == .measureCost
            && $0.message == "Measure MEA-2 \"Pension MEA-2\" cannot be costed: it has no target group." })
        plan.strategy.scenarios[1].measureIds = ["MEA-1"]
        #expect(!plan.validate().contains { $0.rule == .measureCost }, "only measures in a scenario must be costable")
        #expect(plan.validate().contains { $0.rule == .measureScenario && $0.severity == .hint })
        plan.strategy.measures[0].eligibleShareFrom = [YearValue(year: 2029, value: 120)]
        #expect(plan.validate().contains { $0.rule == .percentRange && $0.message.contains("from 2029") })
    }

    @Test func aBaseYearAmountThatDisagreesWithItsReferenceIsHinted() {
        var plan = costPlan()
        plan.stocktake.economy.povertyLine = GrowthSeries(baseValue: 10_000)
        plan.strategy.measures[0].benefit.indexation = .shareOfPovertyLine
        plan.strategy.measures[0].benefit.referenceSharePercent = 10
        #expect(!plan.validate().contains { $0.rule == .benefitReference })  // 10% of 10,000 = 1,000 as stated
        plan.strategy.measures[0].benefit.referenceSharePercent = 25
        #expect(plan.validate().contains { $0.rule == .benefitReference && $0.severity == .hint
            && $0.message.contains("25% of the poverty line is 2,500") })
    }
}
