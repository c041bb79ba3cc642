import Testing
@testable import PlanDomain

/// The dependency rules skip their lookups for an activity whose every dependency the schedule's
/// network found (`Validator.dependenciesFound(at:)`): the findings must be those of the lookups,
/// with the schedule at hand or not, whatever the dependencies name.
struct DependenciesFoundTests {
    @Test("an activity's findings are the same with the schedule at hand as without, after random edits to its links")
    func sameWithTheSchedule() throws {
        var plan = try ExamplePlanTests.loadPlan()
        var random = IncrementalValidationTests.Random(state: 19)
        var skipped = 0
        for step in 0..<30 {
            let schedule = plan.schedule()
            var atHand = Validator(plan: plan, numbers: .commaPoint)
            atHand.scheduleCache = schedule
            var without = Validator(plan: plan, numbers: .commaPoint)
            for (position, activity) in plan.actionPlan.activities.enumerated() {
                if atHand.dependenciesFound(at: position) && !activity.dependencies.isEmpty { skipped += 1 }
                atHand.checkActionPlan(activity, at: position)
                without.checkActionPlan(activity, at: position)
            }
            #expect(without.linksFoundCache == [], "no schedule at hand: every dependency looked up")
            #expect(atHand.findings == without.findings, "step \(step): \(IncrementalValidationTests.difference(atHand.findings, without.findings))")
            // A dependency on a missing activity, on the activity itself, on an id two activities
            // share, or a new id shared; then a random edit.
            let activities = plan.actionPlan.activities.count
            let a = random.next(activities), b = random.next(activities)
            switch step % 4 {
            case 0: plan.actionPlan.activities[a].dependencies.append(Dependency(activityId: "ACT-MISSING-\(step)"))
            case 1: plan.actionPlan.activities[a].dependencies.append(Dependency(activityId: plan.actionPlan.activities[a].id))
            case 2: plan.actionPlan.activities[a].id = plan.actionPlan.activities[b].id
            default: plan.actionPlan.activities[a].dependencies = [Dependency(activityId: plan.actionPlan.activities[b].id)]
            }
            IncrementalValidationTests.randomEdit(of: &plan, &random, step: step)
        }
        #expect(skipped > 0, "the schedule spared some lookups")
    }
}
