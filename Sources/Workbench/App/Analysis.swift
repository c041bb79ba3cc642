import PlanDomain

/// What is derived from the plan and can wait: every validation rule's findings, and the budget
/// of the schedule the screens show. Computed from a plan value, so it runs on any thread (see
/// `AppState.refresh`).
public struct Analysis: Equatable, Sendable {
    public var findings: [Finding]
    /// The `AppState.analysisRequest` it answers.
    public var request: Int
    /// The validation that gave the findings, kept so that the next edit re-runs only the rules
    /// that read what it changed (see ``Validation``).
    public var validation: Validation
    /// The action plan's budget from the schedule given (worked out alongside the rules, so that
    /// the budget panel of a national plan costs the input thread nothing); nil when none was given.
    public var budget: BudgetBreakdown?

    public init(findings: [Finding], request: Int, validation: Validation = Validation(), budget: BudgetBreakdown? = nil) {
        self.findings = findings
        self.request = request
        self.validation = validation
        self.budget = budget
    }

    /// The findings of `plan`, from `validation` (the one of an earlier plan, or a new one). `today` is
    /// the day monitoring judges what is overdue on, when the plan sets no cut-off. `schedule`: the
    /// one the screens show (lateness judged on the monitoring day), which the rules then read too,
    /// as they do when the workbench validates on its own thread, and whose budget comes back.
    public static func of(_ plan: Plan, numbers: NumberConvention, today: Day?, schedule: Schedule? = nil,
                          request: Int, from validation: Validation = Validation()) -> Analysis {
        var updated = validation
        guard let schedule else {
            updated.update(to: plan, numbers: numbers, today: today)
            return Analysis(findings: updated.findings, request: request, validation: updated)
        }
        return of(plan, numbers: numbers, today: today, sharing: SharedSchedule(schedule), request: request,
                  from: validation)
    }

    /// ``of(_:numbers:today:schedule:request:from:)`` with the schedule as the screens share it:
    /// perhaps still being worked out (on the input thread for the frame after an edit, or here as
    /// the first turn on the cores), while the rules that do not read it run.
    public static func of(_ plan: Plan, numbers: NumberConvention, today: Day?, sharing schedule: SharedSchedule,
                          request: Int, from validation: Validation = Validation()) -> Analysis {
        var updated = validation
        let budget = updated.updateWithBudget(to: plan, numbers: numbers, today: today, sharing: schedule)
        return Analysis(findings: updated.findings, request: request, validation: updated, budget: budget)
    }
}
