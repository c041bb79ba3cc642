import Testing
@testable import PlanDomain

/// The funding timetable's rules take the budget by year from the budget worked out alongside the
/// rules (``SharedBudget``) when it is known by the time they run, else work out their own: both
/// must be the same.
struct SharedBudgetTests {
    @Test("the funding timetable from the budget worked out alongside is the one it works out alone")
    func timetableFromTheBreakdown() throws {
        var plan = try ExamplePlanTests.loadPlan()
        var random = IncrementalValidationTests.Random(state: 41)
        for step in 0..<10 {
            let schedule = plan.schedule(today: Day(year: 2027, month: 6, day: 1))
            let known = plan.budgetBreakdown(schedule).total.byYear
            #expect(!known.isEmpty)
            #expect(plan.fundingTimetable(schedule: schedule, budgetByYear: known) == plan.fundingTimetable(schedule: schedule),
                    "step \(step)")
            let activity = random.next(plan.actionPlan.activities.count)
            plan.actionPlan.activities[activity].budget += 7_000 * Double(step + 1)
            plan.actionPlan.activities[activity].durationDays += 200
            IncrementalValidationTests.randomEdit(of: &plan, &random, step: step)
        }
    }

    @Test("the funding rules read the budget worked out alongside when it is known, and their own when not")
    func fundingRulesReadTheSharedBudget() throws {
        let plan = try ExamplePlanTests.loadPlan()
        let schedule = plan.schedule()
        func fundingFindings(_ budget: BudgetBreakdown?) -> [Finding] {
            var validator = Validator(plan: plan, numbers: .commaPoint)
            validator.scheduleCache = schedule
            let shared = SharedBudget(of: SharedSchedule(schedule))
            shared.known = budget
            validator.sharedBudget = shared
            validator.checkSchedule()
            return validator.findings.filter { $0.rule == .fundingGap || $0.rule == .commitmentYear }
        }
        let own = fundingFindings(nil)
        #expect(!own.isEmpty, "the example's costed plan has a funding gap")
        #expect(fundingFindings(plan.budgetBreakdown(schedule)) == own)
        // A budget twice the schedule's: the gaps the rules report grow with it.
        var doubled = plan.budgetBreakdown(schedule)
        doubled.total.byYear = doubled.total.byYear.mapValues { $0 * 2 }
        #expect(fundingFindings(doubled) != own)
    }
}
