/// Stage 6: results against targets, findings per criterion, recommendations.
public struct Evaluation: Codable, Equatable, Sendable {
    public var questions: [EvaluationQuestion] = []
    public var findings: [EvaluationFinding] = []
    public var recommendations: [Recommendation] = []
    public init() {}
}

public struct EvaluationQuestion: PlanEntity {
    public var id: EntityID
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
    public var criterion: EvaluationCriterion = .relevance
    public var questionId: EntityID?
    public var finding = ""
    /// 1 (poor) to 4 (good), when the evaluators rate it.
    public var rating: Int?
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
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .recommendation }
    public static var keyPath: WritableKeyPath<Plan, [Recommendation]> { \.evaluation.recommendations }
    public var title: String { text }
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
