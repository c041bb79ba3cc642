/// The studies and tools behind the plan: the assessment-based national dialogue, the rapid
/// assessment costing, actuarial valuations, inquiries, diagnostics, surveys and legal reviews that
/// provide input at each step (the guide's "tools").
public struct Study: PlanEntity {
    public var id: EntityID
    public var title = ""
    public var kind: StudyKind = .other
    /// The author or institution that made it.
    public var author = ""
    public var date: Day?
    public var status: StudyStatus = .planned
    /// The stages whose work it informs.
    public var stages: [PlanStep] = []
    /// The schemes and measures it informs.
    public var schemeIds: [EntityID] = []
    public var measureIds: [EntityID] = []
    /// The study itself: a file kept in the plan folder (a relative path) or a link.
    public var file = ""
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .study }
    public static var keyPath: WritableKeyPath<Plan, [Study]> { \.foundations.studies }
}

extension Study {
    /// True when `file` is a link rather than a path in the plan folder.
    public var isLink: Bool { file.hasPrefix("http://") || file.hasPrefix("https://") }
}

/// The tools the guide names, and "other".
public enum StudyKind: String, Choice {
    case abnd, rapidAssessmentCosting, actuarialValuation, socialSecurityInquiry, ispaDiagnostic,
         householdSurvey, legalReview, other
    public var label: String {
        switch self {
        case .abnd: "Assessment-based national dialogue (ABND)"
        case .rapidAssessmentCosting: "Rapid assessment costing (RAP)"
        case .actuarialValuation: "Actuarial valuation"
        case .socialSecurityInquiry: "Social security inquiry"
        case .ispaDiagnostic: "ISPA system diagnostic"
        case .householdSurvey: "Household survey"
        case .legalReview: "Legal review"
        case .other: "Other"
        }
    }

    /// A short name for tables.
    public var shortLabel: String {
        switch self {
        case .abnd: "ABND"
        case .rapidAssessmentCosting: "RAP costing"
        case .actuarialValuation: "Actuarial"
        case .socialSecurityInquiry: "SS inquiry"
        case .ispaDiagnostic: "ISPA CODI"
        case .householdSurvey: "Household svy"
        case .legalReview: "Legal review"
        case .other: "Other"
        }
    }
}

public enum StudyStatus: String, Choice {
    case planned, underWay, done
    public var label: String {
        switch self {
        case .planned: "Planned"
        case .underWay: "Under way"
        case .done: "Done"
        }
    }
}

/// A stage as a choice in a form ("which stages a study informs").
public enum PlanStep: String, Choice {
    case foundations, stocktake, strategy, actionPlan, administration, monitoring, evaluation
    public var stage: Stage {
        switch self {
        case .foundations: .foundations
        case .stocktake: .stocktake
        case .strategy: .strategy
        case .actionPlan: .actionPlan
        case .administration: .administration
        case .monitoring: .monitoring
        case .evaluation: .evaluation
        }
    }
    public var label: String { stage.title }
}
