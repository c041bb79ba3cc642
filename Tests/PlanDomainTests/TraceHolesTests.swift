import Testing
@testable import PlanDomain

/// Validation finds the trace's holes without the threads (`Trace.holesPastGaps`): they must be the
/// holes of the whole trace (but the gaps'), in its order, whatever the edits.
struct TraceHolesTests {
    @Test("the holes found without the threads are the trace's, after each of a run of random edits")
    func holesWithoutTheThreads() throws {
        var plan = try ExamplePlanTests.loadPlan()
        var random = IncrementalValidationTests.Random(state: 77)
        for step in 0..<40 {
            let whole = Trace(plan: plan).holes.filter { $0.rule != .gapUnaddressed }
            #expect(Trace.holesPastGaps(of: plan) == whole, "step \(step)")
            #expect(Trace.holesPastGaps(of: plan, activities: plan.firstPositions(.activity)) == whole, "step \(step)")
            #expect(plan.trackedMeasureIDs() == Set(plan.indicatorsTracking().keys), "step \(step)")
            // Edits the holes turn on: an activity's measure or objective dropped, an indicator's
            // links dropped, an activity id repeated; then a random one.
            let activities = plan.actionPlan.activities.count
            switch step % 4 {
            case 0: plan.actionPlan.activities[random.next(activities)].measureId = nil
            case 1: plan.actionPlan.activities[random.next(activities)].objectiveId = nil
            case 2:
                let indicator = random.next(plan.monitoring.indicators.count)
                plan.monitoring.indicators[indicator].measureIds = []
                plan.monitoring.indicators[indicator].activityIds = [plan.actionPlan.activities[random.next(activities)].id]
            default:
                plan.actionPlan.activities[random.next(activities)].id = plan.actionPlan.activities[random.next(activities)].id
            }
            IncrementalValidationTests.randomEdit(of: &plan, &random, step: step)
        }
    }
}
