import Foundation
import PlanDomain
import Testing
@testable import Workbench

/// Issue 15: a plan holding years far out of range (Int.min, 99,999,999, Int.max), extreme
/// durations, lags and amounts crashed or froze the workbench. Every stage, tab and view of such a
/// plan now draws, at 80x24 and 200x50, with the costs it cannot compute left out.
@Suite("Screens of hostile plans")
struct HostilePlanScreenTests {
    static let damages: [(String, @Sendable (inout Plan) -> Void)] = [
        ("first year Int.min", { $0.meta.firstYear = Int.min }),
        ("last year 100,000", { $0.meta.lastYear = 100_000 }),
        ("last year Int.max", { $0.meta.lastYear = Int.max }),
        ("base year 99,999,999", { $0.meta.baseYear = 99_999_999 }),
        ("base year Int.min", { $0.meta.baseYear = Int.min }),
        ("measure start Int.min", { $0.strategy.measures[0].startYear = Int.min }),
        ("group year Int.max", { $0.stocktake.groups[0].year = Int.max }),
        ("phase Int.min to Int.max", { plan in
            plan.strategy.phases[0].firstYear = Int.min
            plan.strategy.phases[0].lastYear = Int.max
        }),
        ("timetable from year 1", { $0.actionPlan.startDate = Day(year: 1, month: 1, day: 1) }),
        ("timetable from year 9999", { $0.actionPlan.startDate = Day(year: 9999, month: 12, day: 31) }),
        ("every activity Int.max days, chained", { plan in
            for i in plan.actionPlan.activities.indices {
                plan.actionPlan.activities[i].durationDays = Int.max
                plan.actionPlan.activities[i].milestone = false
                if i > 0 {
                    plan.actionPlan.activities[i].dependencies = [Dependency(activityId: plan.actionPlan.activities[i - 1].id,
                                                                             lagDays: Int.max)]
                }
            }
        }),
        ("extreme amounts", { plan in
            plan.stocktake.groups[0].size = 1e308
            plan.stocktake.groups[0].growthPercent = 1e308
            plan.actionPlan.activities[0].budget = 1e308
            plan.strategy.measures[0].benefit.annualAmount = -1e308
            plan.stocktake.economy.gdp.baseValue = 4.9e-324
        }),
    ]

    /// Every stage, each tab, each view and zoom, moving in time and across columns.
    static let walk = (0...6).map { "\($0) l m z < > m z l m z > > l m z j G l m l m l m" }.joined(separator: " ")

    @Test(arguments: damages.indices)
    func everyScreenDraws(_ index: Int) throws {
        let (name, damage) = Self.damages[index]
        var plan = try examplePlan()
        damage(&plan)
        for (columns, rows) in [(80, 24), (200, 50)] {
            var driver = Driver(plan, columns: columns, rows: rows)
            driver.state.today = Day(year: 2030, month: 6, day: 1)!
            for key in keys(Self.walk) {
                _ = Reducer.reduce(&driver.state, .key(key))
                _ = driver.screen
            }
            #expect(!driver.screen.isEmpty, "\(name) at \(columns)x\(rows)")
        }
    }
}
