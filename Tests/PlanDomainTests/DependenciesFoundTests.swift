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
        /// Every activity's findings with the schedule at hand and without (then every dependency is
        /// looked up); how many activities with dependencies the schedule spared a lookup.
        func compare(_ plan: Plan, _ label: String) -> Int {
            var atHand = Validator(plan: plan, numbers: .commaPoint)
            atHand.scheduleCache = plan.schedule()
            var without = Validator(plan: plan, numbers: .commaPoint)
            var spared = 0
            for (position, activity) in plan.actionPlan.activities.enumerated() {
                if atHand.dependenciesFound(at: position) && !activity.dependencies.isEmpty { spared += 1 }
                atHand.checkActionPlan(activity, at: position)
                without.checkActionPlan(activity, at: position)
            }
            #expect(without.linksFoundCache == [], "\(label): no schedule at hand, every dependency looked up")
            #expect(atHand.findings == without.findings, "\(label): \(IncrementalValidationTests.difference(atHand.findings, without.findings))")
            return spared
        }
        for step in 0..<30 {
            skipped += compare(plan, "step \(step)")
            let activities = plan.actionPlan.activities.count
            let a = random.next(activities), b = random.next(activities)
            // Two activities sharing an id, in a copy (the rules then look up every dependency).
            var shared = plan
            shared.actionPlan.activities[a].id = shared.actionPlan.activities[b].id
            shared.actionPlan.activities[b].dependencies.append(Dependency(activityId: shared.actionPlan.activities[b].id))
            #expect(compare(shared, "step \(step), ids shared") == 0 || a == b)
            // A dependency on a missing activity, on the activity itself, on an empty or blank id, or
            // on another; then a random edit.
            switch step % 4 {
            case 0: plan.actionPlan.activities[a].dependencies.append(Dependency(activityId: "ACT-MISSING-\(step)"))
            case 1: plan.actionPlan.activities[a].dependencies.append(Dependency(activityId: plan.actionPlan.activities[a].id))
            case 2: plan.actionPlan.activities[a].dependencies.append(Dependency(activityId: step % 8 == 2 ? "" : "  "))
            default: plan.actionPlan.activities[a].dependencies = [Dependency(activityId: plan.actionPlan.activities[b].id)]
            }
            IncrementalValidationTests.randomEdit(of: &plan, &random, step: step)
        }
        #expect(skipped > 0, "the schedule spared some lookups")
    }
}
