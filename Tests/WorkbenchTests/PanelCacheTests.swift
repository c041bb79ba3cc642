import Testing
import PlanDomain
@testable import Workbench

/// The analysis panels compute what they draw from the plan once per plan value, not per frame.
struct PanelCacheTests {
    @Test func theHeatMapComputesItsMatrixOncePerPlan() throws {
        var driver = Driver(try examplePlan())
        driver.state.open(.panel(.heatMap))
        _ = driver.screen
        let afterFirstFrame = driver.state.panelCache.computations
        #expect(afterFirstFrame >= 1)
        for key in ["j", "j", ">", "k"] {
            driver.press(key)
            _ = driver.screen
        }
        #expect(driver.state.panelCache.computations == afterFirstFrame, "moving and drawing again computes nothing")
        #expect(driver.state.coverageMatrix.gaps.count == driver.state.plan.coverageMatrix.gaps.count)
    }

    /// The Execution table's rate (spending against the measure's costing) comes from the cached cost
    /// model: drawing, moving, sorting by it and searching compute the costing once.
    @Test func theExecutionTableTakesItsRatesFromTheCache() throws {
        var driver = Driver(try examplePlan())
        driver.state.open(.table(.execution))
        let first = driver.screen
        #expect(first.contains("%"), "the Execution column shows rates")
        let afterFirstFrame = driver.state.panelCache.computations
        #expect(afterFirstFrame >= 1, "the rates come from the cache")
        for key in ["j", "j", "k", "PgDn", "PgUp"] {
            driver.press(key)
            _ = driver.screen
        }
        driver.state.list.sort = (column: 4, ascending: false)
        _ = driver.screen
        #expect(driver.state.panelCache.computations == afterFirstFrame)
        let rates = driver.state.rows(of: .execution, list: driver.state.list)
            .compactMap { driver.state.tableFigures.executionRates[$0.id] }
        #expect(rates.count > 3 && rates == rates.sorted(by: >), "sorted by the cached rate")
        let expected = try #require(driver.state.plan.executionYears().first?.ratePercent)
        #expect(driver.state.tableFigures.executionRates[driver.state.plan.monitoring.executions[0].id] == expected)
    }

    @Test func aChangedPlanStartsAFreshCache() throws {
        var state = AppState(plan: try examplePlan(), planName: "kibara")
        state.open(.panel(.ranking))
        _ = state.priorityRanking
        #expect(state.panelCache.computations == 1)
        var plan = state.plan
        plan.strategy.criteria[0].weight += 5
        state.plan = plan
        #expect(state.panelCache.computations == 0)
        #expect(state.priorityRanking.entries.map(\.gapId) == PriorityRanking(plan: plan).entries.map(\.gapId))
        #expect(state.panelCache.computations == 1)
    }
}

/// Every panel, in every view, draws from the cache: after its first frame, moving and drawing again
/// computes nothing from the plan.
struct PanelFrameTests {
    @Test(arguments: Panel.allCases) func movingAndDrawingAgainComputesNothing(_ panel: Panel) throws {
        for view in panel.views.indices {
            var driver = Driver(try examplePlan())
            driver.state.open(.panel(panel))
            driver.state.list.mode = view
            _ = driver.screen
            let afterFirstFrame = driver.state.panelCache.computations
            for key in ["j", "j", "k", "PgDn", "PgUp"] {
                driver.press(key)
                _ = driver.screen
            }
            #expect(driver.state.panelCache.computations == afterFirstFrame, "\(panel.title), view \(view)")
        }
    }
}
