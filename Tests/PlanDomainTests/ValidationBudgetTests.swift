import Testing
@testable import PlanDomain

/// `Validation.updateWithBudget` works out the budget alongside the rules (on another core): the
/// budget must be that of the schedule given, and the findings those the rules give without it,
/// from nothing and after random edits, on every core or on one.
struct ValidationBudgetTests {
    @Test("the budget worked out alongside the rules is the schedule's, and the findings are the rules' alone")
    func theBudgetAlongsideTheRules() throws {
        var plan = try ExamplePlanTests.loadPlan()
        var random = IncrementalValidationTests.Random(state: 23)
        var validation = Validation()
        var before: BudgetBreakdown?
        let today = Day(year: 2027, month: 6, day: 1)
        for step in 0..<12 {
            let schedule = plan.schedule(today: today)
            validation.concurrency = [true, false, nil][step % 3]
            // Every other step with a day and a number format of its own, which must reach the rules.
            let numbers: NumberConvention? = step % 2 == 0 ? nil : .pointComma
            let day = step % 2 == 0 ? nil : today
            let budget = validation.updateWithBudget(to: plan, numbers: numbers, today: day, schedule: schedule)
            #expect(budget == plan.budgetBreakdown(schedule), "step \(step)")
            #expect(budget != before, "step \(step): the edit before changed an activity's budget")
            let alone = Validation().updated(to: plan, numbers: numbers, today: day, schedule: schedule).findings
            #expect(validation.findings == alone, "step \(step): \(IncrementalValidationTests.difference(validation.findings, alone))")
            before = budget
            // An edit that moves the budget (an activity's budget or duration), then a random one.
            let activity = random.next(plan.actionPlan.activities.count)
            if step % 2 == 0 {
                plan.actionPlan.activities[activity].budget += 1_000 * Double(step + 1)
            } else {
                plan.actionPlan.activities[activity].durationDays += 400
                plan.actionPlan.activities[activity].budget += 1
            }
            IncrementalValidationTests.randomEdit(of: &plan, &random, step: step)
        }
    }
}
