import PlanDomain

/// What is derived from the plan and can wait: every validation rule's findings. Computed from a
/// plan value, so it runs on any thread (see `AppState.refresh`).
public struct Analysis: Equatable, Sendable {
    public var findings: [Finding]
    /// The `AppState.analysisRequest` it answers.
    public var request: Int

    /// `today` is the day monitoring judges what is overdue on, when the plan sets no cut-off.
    public static func of(_ plan: Plan, numbers: NumberConvention, today: Day?, request: Int) -> Analysis {
        Analysis(findings: plan.validate(numbers: numbers, today: today), request: request)
    }
}
