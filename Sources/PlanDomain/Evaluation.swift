/// Stage 6: the evaluations planned, their questions per criterion, findings with their evidence,
/// recommendations with management's response.
public struct Evaluation: Codable, Equatable, Sendable {
    public var evaluations: [PlannedEvaluation] = []
    public var questions: [EvaluationQuestion] = []
    public var findings: [EvaluationFinding] = []
    public var recommendations: [Recommendation] = []
    public init() {}
}

/// One evaluation of the evaluation plan.
public struct PlannedEvaluation: PlanEntity {
    public var id: EntityID
    public var title = ""
    public var type: EvaluationType = .midTerm
    /// The year it reports; the carrying activity's dates, when it has one, give the timing.
    public var year: Int?
    /// The action plan's activity that carries it out.
    public var activityId: EntityID?
    public var independence: Independence = .external
    public var methods = ""
    public var budget = 0.0
    /// The institution that commissions it, a stakeholder id.
    public var commissionerId: EntityID?
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .evaluation }
    public static var keyPath: WritableKeyPath<Plan, [PlannedEvaluation]> { \.evaluation.evaluations }
}

public struct EvaluationQuestion: PlanEntity {
    public var id: EntityID
    public var evaluationId: EntityID?
    public var criterion: EvaluationCriterion = .relevance
    public var question = ""
    /// The data the question needs to be answered.
    public var dataNeeded = ""
    /// Whether that data exists.
    public var dataAvailability: DataAvailability = .notAssessed
    /// Where the data is, or will come from: a study in the register.
    public var studyId: EntityID?
    /// What the state of the data means for the answer: what it can and cannot say.
    public var limits = ""
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .question }
    public static var keyPath: WritableKeyPath<Plan, [EvaluationQuestion]> { \.evaluation.questions }
    public var title: String { question }
}

public struct EvaluationFinding: PlanEntity {
    public var id: EntityID
    public var evaluationId: EntityID?
    public var criterion: EvaluationCriterion = .relevance
    public var questionId: EntityID?
    public var finding = ""
    /// 1 (poor) to 4 (good), when the evaluators rate it.
    public var rating: Int?
    /// The evidence: indicators, measures and schemes the finding rests on or concerns.
    public var indicatorIds: [EntityID] = []
    public var measureIds: [EntityID] = []
    public var schemeIds: [EntityID] = []
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .finding }
    public static var keyPath: WritableKeyPath<Plan, [EvaluationFinding]> { \.evaluation.findings }
    public var title: String { finding }
}

public struct Recommendation: PlanEntity {
    public var id: EntityID
    public var text = ""
    public var findingIds: [EntityID] = []
    /// Who should act on it.
    public var addressee = ""
    public var priority = 2
    /// Management's response, the action it promises, who owns it, by when, and where it stands.
    public var response: ManagementResponse = .pending
    public var action = ""
    public var ownerId: EntityID?
    public var dueDate: Day?
    public var followUp: FollowUpStatus = .notStarted
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .recommendation }
    public static var keyPath: WritableKeyPath<Plan, [Recommendation]> { \.evaluation.recommendations }
    public var title: String { text }
    /// Whether something remains to be done on it: not answered, or accepted with an action open.
    public var isOpen: Bool { response == .pending || (response != .rejected && followUp.isOpen) }
}

/// Whether the data an evaluation question needs exists.
public enum DataAvailability: String, Choice {
    case notAssessed, available, partial, toBeCollected, unavailable
    public var label: String {
        switch self {
        case .notAssessed: "Not assessed"
        case .available: "Available"
        case .partial: "Partly available"
        case .toBeCollected: "To be collected"
        case .unavailable: "Not available"
        }
    }

    /// The answer will be limited by the data: it is missing in part or in all.
    public var limitsTheAnswer: Bool { self == .partial || self == .toBeCollected || self == .unavailable }
}
