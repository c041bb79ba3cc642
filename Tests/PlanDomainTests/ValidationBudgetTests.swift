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
        for step in 0..<12 {
            let schedule = plan.schedule(today: Day(year: 2027, month: 6, day: 1))
            validation.concurrency = [true, false, nil][step % 3]
            let budget = validation.updateWithBudget(to: plan, schedule: schedule)
            #expect(budget == plan.budgetBreakdown(schedule), "step \(step)")
            #expect(!budget.years.isEmpty)
            let alone = Validation().updated(to: plan, schedule: schedule).findings
            #expect(validation.findings == alone, "step \(step): \(IncrementalValidationTests.difference(validation.findings, alone))")
            IncrementalValidationTests.randomEdit(of: &plan, &random, step: step)
        }
    }
}
