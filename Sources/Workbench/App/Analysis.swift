import PlanDomain

/// What is derived from the plan and can wait: every validation rule's findings. Computed from a
/// plan value, so it runs on any thread (see `AppState.refresh`).
public struct Analysis: Equatable, Sendable {
    public var findings: [Finding]
    /// The `AppState.analysisRequest` it answers.
    public var request: Int

    public static func of(_ plan: Plan, numbers: NumberConvention, request: Int) -> Analysis {
        Analysis(findings: plan.validate(numbers: numbers), request: request)
    }
}
