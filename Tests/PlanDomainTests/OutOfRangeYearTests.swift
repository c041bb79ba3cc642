import Foundation
import Testing
@testable import PlanDomain

/// Issue 15, items 2, 3 and 8: years far outside any plan (Int.min, -2^62, -1e15, 1e15, 100,000,
/// 99,999,999, Int.max) crashed costing and coverage on integer overflow or huge allocations, or
/// hung in loops that ran once per year of distance, and passed `check` without a finding. Every
/// year field now gives a `year.range` error, and every analysis finishes at once on such a plan.
@Suite("Out-of-range years")
struct OutOfRangeYearTests {
    static let extremes = [Int.min, -(1 << 62), -1_000_000_000_000_000, -1, 0, 1899, 2201, 100_000, 99_999_999,
                           1_000_000_000_000_000, Int.max]

    /// Where a year can be put, and the field the finding must name.
    static let places: [(String, @Sendable (inout Plan, Int) -> Void)] = [
        ("first year", { $0.meta.firstYear = $1 }),
        ("last year", { $0.meta.lastYear = $1 }),
        ("base year", { $0.meta.baseYear = $1 }),
        ("measure start year", { $0.strategy.measures[0].startYear = $1 }),
        ("phase first year", { $0.strategy.phases[0].firstYear = $1 }),
        ("phase years, measure by phase", { plan, year in
            plan.strategy.phases[0].firstYear = year
            plan.strategy.phases[0].lastYear = year
            plan.strategy.measures[0].startYear = nil
        }),
        ("group year", { $0.stocktake.groups[0].year = $1 }),
        ("group projection", { $0.stocktake.groups[0].projection = [YearValue(year: $1, value: 1000)] }),
        ("GDP series", { $0.stocktake.economy.gdp.yearly = [YearValue(year: $1, value: 5e9)] }),
        ("inflation series", { $0.stocktake.economy.inflation.yearly = [YearValue(year: $1, value: 4)] }),
        ("eligible share change", { $0.strategy.measures[0].eligibleShareFrom = [YearValue(year: $1, value: 50)] }),
        ("take-up for a year", { $0.strategy.measures[0].takeUp.yearly = [YearValue(year: $1, value: 50)] }),
        ("scheme year", { $0.stocktake.schemes[0].year = $1 }),
        ("indicator year", { $0.stocktake.indicators[0].year = $1 }),
        ("result indicator baseline", { $0.monitoring.indicators[0].baselineYear = $1 }),
        ("result indicator target", { $0.monitoring.indicators[0].targets = [YearValue(year: $1, value: 1)] }),
        ("actual value year", { $0.monitoring.actuals[0].year = $1 }),
    ]

    static func example() throws -> Plan { try ExamplePlanTests.loadPlan() }

    /// Runs everything a command or a panel computes from a plan.
    static func analyse(_ plan: Plan) {
        _ = plan.validate()
        let comparison = plan.costComparison()
        #expect(comparison.allSatisfy { $0.total.count <= PlanYears.valid.count })
        _ = plan.coverageMatrix
        _ = SDG131(plan: plan)
        let schedule = plan.schedule(today: Day(year: 2030, month: 6, day: 1))
        _ = plan.budgetBreakdown(schedule)
    }

    @Test(arguments: places.indices)
    func anExtremeYearIsAnErrorAndEveryAnalysisFinishes(_ place: Int) throws {
        let (name, put) = Self.places[place]
        for year in Self.extremes {
            var plan = try Self.example()
            put(&plan, year)
            let start = ContinuousClock.now
            Self.analyse(plan)
            let ranges = plan.validate().filter { $0.rule == .yearRange }
            #expect(ranges.count >= 1, "\(name) = \(year): no year.range finding")
            #expect(ranges.allSatisfy { $0.severity == .error && $0.message.contains("1900-2200") })
            #expect(ranges.contains { $0.message.contains(String(year)) }, "\(name) = \(year): \(ranges)")
            // Not a speed target (benchmarks hold those): a loop once per year of distance took
            // minutes here, so a bound this loose still catches it on any machine.
            #expect(ContinuousClock.now - start < .seconds(20), "\(name) = \(year) took \(ContinuousClock.now - start)")
        }
    }

    @Test func theExampleHasNoYearOutOfRange() throws {
        let plan = try Self.example()
        #expect(plan.validate().filter { $0.rule == .yearRange }.isEmpty)
    }

    @Test func aHorizonOutsideTheRangeHasNoYearsAndCostsNothing() throws {
        var plan = try Self.example()
        plan.meta.firstYear = Int.min
        #expect(plan.meta.years == nil)
        #expect(CostModel(plan: plan).years.isEmpty)
        plan.meta.firstYear = 2026
        plan.meta.lastYear = 100_000
        #expect(plan.meta.years == nil)
        #expect(plan.costComparison().allSatisfy { $0.total.isEmpty })
        plan.meta.lastYear = 2200
        #expect(plan.meta.years?.count == 175)
    }

    @Test func aMeasureWithAYearOutOfRangeIsLeftOutOfTheCostsWithTheReason() throws {
        var plan = try Self.example()
        plan.strategy.measures[0].startYear = 99_999_999
        let cost = CostModel(plan: plan).cost(of: plan.strategy.measures[0])
        #expect(cost.years.isEmpty)
        #expect(cost.problem == .yearOutOfRange("its start year", 99_999_999))
        #expect(cost.problem?.description == "its start year 99999999 is outside 1900-2200")
        plan.strategy.measures[0].startYear = 2027
        plan.meta.baseYear = Int.min
        #expect(CostModel(plan: plan).problem(with: plan.strategy.measures[0])
                == .yearOutOfRange("the plan's base year", Int.min))
    }

    @Test func aDateOutsideTheRangeIsAnError() throws {
        var plan = try Self.example()
        plan.actionPlan.activities[0].start = Day(year: 1, month: 1, day: 1)
        plan.actionPlan.startDate = Day(year: 9999, month: 12, day: 31)
        let ranges = plan.validate().filter { $0.rule == .yearRange }
        #expect(ranges.map(\.location.field) == [RecordKind.TimetableField.startDate.id, Activity.Field.start.id])
        Self.analyse(plan)
    }

    @Test func growthOverAnyDistanceIsTheYearByYearProductWithinTheRangeAndFinishesBeyondIt() {
        let series = GrowthSeries(baseValue: 1000, growthPercent: 3)
        var factor = 1.0
        for _ in 0..<300 { factor *= 1.03 }
        #expect(series.value(in: 2325, baseYear: 2025) == 1000 * factor)
        #expect(series.value(in: Int.max, baseYear: 2025) == .infinity)
        #expect(series.value(in: Int.min, baseYear: 2025) == 0)
        #expect(series.value(in: Int.max, baseYear: Int.min) == .infinity)
        #expect(GrowthSeries(baseValue: 7, growthPercent: 0).value(in: Int.min, baseYear: Int.max) == 7)
        #expect(PlanYears.compound(2, step: 2, count: 1000) == 2 * Double(sign: .plus, exponent: 1000, significand: 1))
        #expect(PlanYears.compound(2, step: 0.5, count: -1000) == 2 * Double(sign: .plus, exponent: 1000, significand: 1))
    }
}
