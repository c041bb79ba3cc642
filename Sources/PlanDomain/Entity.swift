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

    public var type: any PlanEntity.Type { visit(TypeOfKind()) }

    /// `visitor` given this kind's entity type, written out for each kind: generic code the visitor
    /// runs is specialized for each type, where code run on an opened `any PlanEntity.Type` reads
    /// each entity through the protocol (copying it: thousands of copies for a national plan's
    /// values or coverage cells).
    func visit<Visitor: EntityTypeVisitor>(_ visitor: Visitor) -> Visitor.Result {
        switch self {
        case .stakeholder: visitor.visit(Stakeholder.self)
        case .committeeMember: visitor.visit(CommitteeMember.self)
        case .readiness: visitor.visit(ReadinessItem.self)
        case .study: visitor.visit(Study.self)
        case .expertSupport: visitor.visit(ExpertSupport.self)
        case .indicator: visitor.visit(Indicator.self)
        case .group: visitor.visit(PopulationGroup.self)
        case .scheme: visitor.visit(Scheme.self)
        case .coverage: visitor.visit(CoverageAssessment.self)
        case .gap: visitor.visit(Gap.self)
        case .reason: visitor.visit(ExtensionReason.self)
        case .objective: visitor.visit(Objective.self)
        case .criterion: visitor.visit(Criterion.self)
        case .score: visitor.visit(PriorityScore.self)
        case .priority: visitor.visit(Priority.self)
        case .scenario: visitor.visit(Scenario.self)
        case .measure: visitor.visit(Measure.self)
        case .option: visitor.visit(MeasureOption.self)
        case .role: visitor.visit(InstitutionRole.self)
        case .phase: visitor.visit(Phase.self)
        case .approval: visitor.visit(ApprovalStep.self)
        case .consultation: visitor.visit(Consultation.self)
        case .publicAction: visitor.visit(PublicAction.self)
        case .acceptance: visitor.visit(AcceptanceEvidence.self)
        case .activity: visitor.visit(Activity.self)
        case .pledge: visitor.visit(Pledge.self)
        case .appropriation: visitor.visit(Appropriation.self)
        case .capacity: visitor.visit(CapacityAssessment.self)
        case .costCeiling: visitor.visit(CostCeiling.self)
        case .service: visitor.visit(ServiceProfile.self)
        case .outcome: visitor.visit(Outcome.self)
        case .resultIndicator: visitor.visit(ResultIndicator.self)
        case .actual: visitor.visit(ActualValue.self)
        case .dimension: visitor.visit(DisaggregationDimension.self)
        case .reportingRule: visitor.visit(ReportingRule.self)
        case .execution: visitor.visit(Execution.self)
        case .risk: visitor.visit(Risk.self)
        case .evaluation: visitor.visit(PlannedEvaluation.self)
        case .question: visitor.visit(EvaluationQuestion.self)
        case .finding: visitor.visit(EvaluationFinding.self)
        case .recommendation: visitor.visit(Recommendation.self)
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

/// What to do with an entity type, given as the type itself (see ``EntityKind/visit(_:)``).
protocol EntityTypeVisitor {
    associatedtype Result
    func visit<Entity: PlanEntity>(_ type: Entity.Type) -> Result
}

/// The entity type of a kind.
private struct TypeOfKind: EntityTypeVisitor {
    func visit<Entity: PlanEntity>(_ type: Entity.Type) -> any PlanEntity.Type { type }
}
