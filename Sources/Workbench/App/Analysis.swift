import PlanDomain

/// What is derived from the plan and can wait: every validation rule's findings. Computed from a
/// plan value, so it runs on any thread (see `AppState.refresh`).
public struct Analysis: Equatable, Sendable {
    public var findings: [Finding]
    /// The `AppState.analysisRequest` it answers.
    public var request: Int
    /// The validation that gave the findings, kept so that the next edit re-runs only the rules
    /// that read what it changed (see ``Validation``).
    public var validation: Validation

    public init(findings: [Finding], request: Int, validation: Validation = Validation()) {
        self.findings = findings
        self.request = request
        self.validation = validation
    }

    /// The findings of `plan`, from `validation` (the one of an earlier plan, or a new one).
    public static func of(_ plan: Plan, numbers: NumberConvention, request: Int,
                          from validation: Validation = Validation()) -> Analysis {
        let updated = validation.updated(to: plan, numbers: numbers)
        return Analysis(findings: updated.findings, request: request, validation: updated)
    }
}
