import Foundation

extension Validation {
    /// ``update(to:numbers:today:schedule:)``, with the budget of `schedule` worked out alongside
    /// the rules (one more turn on the cores they share), not after them: what the workbench's
    /// background analyses do after an edit or on opening. For a plan the rules check on one thread
    /// (see `concurrency`), the budget first, then the rules.
    public mutating func updateWithBudget(to plan: Plan, numbers: NumberConvention? = nil, today: Day? = nil,
                                          schedule: Schedule) -> BudgetBreakdown {
        assert(schedule.slots.count == plan.actionPlan.activities.count, "the schedule given is not this plan's")
        return updateWithBudget(to: plan, numbers: numbers, today: today, sharing: SharedSchedule(schedule))
    }

    /// ``updateWithBudget(to:numbers:today:schedule:)`` with a schedule that may still be worked
    /// out (by another thread, or here as the first turn on the cores): the rules that do not read
    /// it run meanwhile, then the budget and those that do.
    public mutating func updateWithBudget(to plan: Plan, numbers: NumberConvention? = nil, today: Day? = nil,
                                          sharing schedule: SharedSchedule) -> BudgetBreakdown {
        assert(schedule.activityCount == plan.actionPlan.activities.count, "the schedule given is not this plan's")
        let budget = SharedBudget(of: schedule)
        update(to: plan, numbers: numbers, today: today, schedule: schedule,
               alongside: { budget.known = plan.budgetBreakdown(schedule.value) }, budget: budget)
        return budget.known!
    }
}

/// The budget of a schedule, worked out on one of the cores as the rules run: written there once;
/// a rule that reads the budget by year (the funding timetable) takes it when it is known by then
/// (else works out its own, the same), and the caller reads it once the cores' turns are all done.
final class SharedBudget: @unchecked Sendable {
    private let lock = NSLock()
    private var value: BudgetBreakdown?
    /// The schedule it is the budget of.
    let schedule: SharedSchedule

    init(of schedule: SharedSchedule) {
        self.schedule = schedule
    }

    /// The budget, once worked out (nil before).
    var known: BudgetBreakdown? {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}
