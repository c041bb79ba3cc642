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
