/// An entity of a plan: a record with a stable id that lives in one of the plan's collections.
public protocol PlanEntity: Codable, Equatable, Sendable, Identifiable where ID == EntityID {
    var id: EntityID { get set }
    init(id: EntityID)
    /// The entity's fields: their typed identities (see `FieldKey`).
    associatedtype Field: FieldKey
    static var entityKind: EntityKind { get }
    /// The collection of the plan that holds entities of this type.
    static var keyPath: WritableKeyPath<Plan, [Self]> { get }
    /// A short name a user recognises.
    var title: String { get }
}

/// Every collection of a plan, with its id prefix and the stage it belongs to.
public enum EntityKind: String, CaseIterable, Codable, Sendable {
    case stakeholder, committeeMember, readiness, study, expertSupport
    case indicator, group, scheme, coverage, gap, reason
    case objective, criterion, score, priority, scenario, measure, option, role, phase, approval, consultation,
         publicAction, acceptance
    case activity, pledge, appropriation
    case capacity, costCeiling, service
    case outcome, resultIndicator, actual, dimension, reportingRule, execution, risk
    case evaluation, question, finding, recommendation

    public var type: any PlanEntity.Type {
        switch self {
        case .stakeholder: Stakeholder.self
        case .committeeMember: CommitteeMember.self
        case .readiness: ReadinessItem.self
        case .study: Study.self
        case .expertSupport: ExpertSupport.self
        case .indicator: Indicator.self
        case .group: PopulationGroup.self
        case .scheme: Scheme.self
        case .coverage: CoverageAssessment.self
        case .gap: Gap.self
        case .reason: ExtensionReason.self
        case .objective: Objective.self
        case .criterion: Criterion.self
        case .score: PriorityScore.self
        case .priority: Priority.self
        case .scenario: Scenario.self
        case .measure: Measure.self
        case .option: MeasureOption.self
        case .role: InstitutionRole.self
        case .phase: Phase.self
        case .approval: ApprovalStep.self
        case .consultation: Consultation.self
        case .publicAction: PublicAction.self
        case .acceptance: AcceptanceEvidence.self
        case .activity: Activity.self
        case .pledge: Pledge.self
        case .appropriation: Appropriation.self
        case .capacity: CapacityAssessment.self
        case .costCeiling: CostCeiling.self
        case .service: ServiceProfile.self
        case .outcome: Outcome.self
        case .resultIndicator: ResultIndicator.self
        case .actual: ActualValue.self
        case .dimension: DisaggregationDimension.self
        case .reportingRule: ReportingRule.self
        case .execution: Execution.self
        case .risk: Risk.self
        case .evaluation: PlannedEvaluation.self
        case .question: EvaluationQuestion.self
        case .finding: EvaluationFinding.self
        case .recommendation: Recommendation.self
        }
    }

    /// The prefix of new ids ("SCH" gives "SCH-1", "SCH-2", ...).
    public var idPrefix: String {
        switch self {
        case .stakeholder: "STK"
        case .committeeMember: "COM"
        case .readiness: "RDY"
        case .study: "STU"
        case .expertSupport: "EXS"
        case .indicator: "IND"
        case .group: "GRP"
        case .scheme: "SCH"
        case .coverage: "COV"
        case .gap: "GAP"
        case .reason: "RSN"
        case .objective: "OBJ"
        case .criterion: "CRI"
        case .score: "SCO"
        case .priority: "PRI"
        case .scenario: "SCN"
        case .measure: "MEA"
        case .option: "OPT"
        case .role: "ROL"
        case .phase: "PHA"
        case .approval: "APR"
        case .consultation: "CON"
        case .publicAction: "PUB"
        case .acceptance: "ACC"
        case .activity: "ACT"
        case .pledge: "PLG"
        case .appropriation: "BUD"
        case .capacity: "CAP"
        case .costCeiling: "CEIL"
        case .service: "SVC"
        case .outcome: "OUT"
        case .resultIndicator: "RI"
        case .actual: "VAL"
        case .dimension: "DIM"
        case .reportingRule: "RPT"
        case .execution: "EXE"
        case .risk: "RSK"
        case .evaluation: "EVP"
        case .question: "EQ"
        case .finding: "EF"
        case .recommendation: "REC"
        }
    }

    /// A user's word for one entity of this kind.
    public var label: String {
        switch self {
        case .stakeholder: "stakeholder"
        case .committeeMember: "steering committee member"
        case .readiness: "readiness item"
        case .study: "study"
        case .expertSupport: "expert support"
        case .indicator: "socio-economic indicator"
        case .group: "population group"
        case .scheme: "scheme"
        case .coverage: "coverage assessment"
        case .gap: "gap"
        case .reason: "reason for extension"
        case .objective: "objective"
        case .criterion: "priority criterion"
        case .score: "priority score"
        case .priority: "priority"
        case .scenario: "scenario"
        case .measure: "measure"
        case .option: "measure option"
        case .role: "institution role"
        case .phase: "phase"
        case .approval: "approval step"
        case .consultation: "consultation"
        case .publicAction: "communication action"
        case .acceptance: "evidence of acceptance"
        case .activity: "activity"
        case .pledge: "pledge"
        case .appropriation: "budget appropriation"
        case .capacity: "capacity assessment"
        case .costCeiling: "administrative cost ceiling"
        case .service: "service profile"
        case .outcome: "outcome"
        case .resultIndicator: "result indicator"
        case .actual: "recorded value"
        case .dimension: "disaggregation dimension"
        case .reportingRule: "reporting rule"
        case .execution: "execution record"
        case .risk: "risk"
        case .evaluation: "planned evaluation"
        case .question: "evaluation question"
        case .finding: "evaluation finding"
        case .recommendation: "recommendation"
        }
    }

    /// The label for more than one: "activities", "reasons for extension" (irregular ones named here,
    /// the rest by ``pluralOf(_:)``).
    public var pluralLabel: String {
        switch self {
        case .expertSupport: "expert support"
        case .criterion: "priority criteria"
        case .reason: "reasons for extension"
        case .acceptance: "evidence of acceptance"
        default: pluralOf(label)
        }
    }

    /// The stage (0 to 6) whose panels show this kind.
    public var stage: Stage {
        switch self {
        case .stakeholder, .committeeMember, .readiness, .study, .expertSupport: .foundations
        case .indicator, .group, .scheme, .coverage, .gap, .reason: .stocktake
        case .objective, .criterion, .score, .priority, .scenario, .measure, .option, .role, .phase, .approval,
             .consultation, .publicAction, .acceptance: .strategy
        case .activity, .pledge, .appropriation: .actionPlan
        case .capacity, .costCeiling, .service: .administration
        case .outcome, .resultIndicator, .actual, .dimension, .reportingRule, .execution, .risk: .monitoring
        case .evaluation, .question, .finding, .recommendation: .evaluation
        }
    }
}

/// An entity of any kind, as edits and the journal carry it.
public struct AnyEntity: Sendable, Equatable, Codable {
    public let base: any PlanEntity

    public init(_ base: any PlanEntity) { self.base = base }

    public var kind: EntityKind { type(of: base).entityKind }
    public var id: EntityID { base.id }
    public var title: String { base.title }

    public static func == (a: AnyEntity, b: AnyEntity) -> Bool {
        func same<E: PlanEntity>(_ x: E) -> Bool { (b.base as? E) == x }
        return same(a.base)
    }

    private enum CodingKeys: String, CodingKey { case kind, value }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(EntityKind.self, forKey: .kind)
        func decode<E: PlanEntity>(_ type: E.Type) throws -> any PlanEntity {
            try container.decode(E.self, forKey: .value)
        }
        base = try decode(kind.type)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(base, forKey: .value)
    }
}
