import Dispatch

extension Validation {
    /// ``update(to:numbers:today:schedule:)``, with the budget of `schedule` worked out alongside
    /// the rules (on another core; the rules of a large plan share the cores among themselves too),
    /// not after them: what the workbench's background analyses do after an edit or on opening.
    /// For a plan the rules check on one thread (see `concurrency`), the budget first, then the rules.
    public mutating func updateWithBudget(to plan: Plan, numbers: NumberConvention? = nil, today: Day? = nil,
                                          schedule: Schedule) -> BudgetBreakdown {
        assert(schedule.slots.count == plan.actionPlan.activities.count, "the schedule given is not this plan's")
        guard runsInParallel(plan) else {
            let budget = plan.budgetBreakdown(schedule)
            update(to: plan, numbers: numbers, today: today, schedule: schedule)
            return budget
        }
        let budget = BudgetBox()
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group) { budget.value = plan.budgetBreakdown(schedule) }
        update(to: plan, numbers: numbers, today: today, schedule: schedule)
        group.wait()
        return budget.value!
    }
}

/// The budget worked out on another thread: written there once, read here after the group's wait.
private final class BudgetBox: @unchecked Sendable {
    var value: BudgetBreakdown?
}
