import PlanDomain

/// What a form edits: one entity of the plan, or the plan itself (its single-valued records).
/// Typed, so forms, overlays and the whole ``AppState`` can be compared, and no field reads a
/// subject of the wrong type unnoticed.
public enum FormSubject: Equatable, Sendable {
    case entity(AnyEntity)
    case plan(Plan)

    public init(_ entity: any PlanEntity) { self = .entity(AnyEntity(entity)) }

    /// The entity edited, when the form edits one.
    public var entity: AnyEntity? { if case .entity(let entity) = self { entity } else { nil } }

    /// The subject as a value of type `S`, when it is one (`form.subject.typed(Gap.self)`).
    public func typed<S: FormSubjectValue>(_ type: S.Type) -> S? { S.from(self) }
}

/// A type whose values forms edit: every entity type, and the plan (record forms).
public protocol FormSubjectValue {
    /// The value `subject` holds, when it holds one of this type.
    static func from(_ subject: FormSubject) -> Self?
    var formSubject: FormSubject { get }
}

extension FormSubjectValue where Self: PlanEntity {
    public static func from(_ subject: FormSubject) -> Self? { subject.entity?.base as? Self }
    public var formSubject: FormSubject { .entity(AnyEntity(self)) }
}

extension Plan: FormSubjectValue {
    public static func from(_ subject: FormSubject) -> Plan? { if case .plan(let plan) = subject { plan } else { nil } }
    public var formSubject: FormSubject { .plan(self) }
}

extension Stakeholder: FormSubjectValue {}
extension CommitteeMember: FormSubjectValue {}
extension ReadinessItem: FormSubjectValue {}
extension Study: FormSubjectValue {}
extension ExpertSupport: FormSubjectValue {}
extension Pledge: FormSubjectValue {}
extension Appropriation: FormSubjectValue {}
extension Indicator: FormSubjectValue {}
extension PopulationGroup: FormSubjectValue {}
extension Scheme: FormSubjectValue {}
extension CoverageAssessment: FormSubjectValue {}
extension Gap: FormSubjectValue {}
extension ExtensionReason: FormSubjectValue {}
extension Objective: FormSubjectValue {}
extension Criterion: FormSubjectValue {}
extension PriorityScore: FormSubjectValue {}
extension Priority: FormSubjectValue {}
extension Scenario: FormSubjectValue {}
extension Measure: FormSubjectValue {}
extension MeasureOption: FormSubjectValue {}
extension AcceptanceEvidence: FormSubjectValue {}
extension ServiceProfile: FormSubjectValue {}
extension InstitutionRole: FormSubjectValue {}
extension Phase: FormSubjectValue {}
extension ApprovalStep: FormSubjectValue {}
extension Consultation: FormSubjectValue {}
extension PublicAction: FormSubjectValue {}
extension Activity: FormSubjectValue {}
extension CapacityAssessment: FormSubjectValue {}
extension CostCeiling: FormSubjectValue {}
extension Outcome: FormSubjectValue {}
extension ResultIndicator: FormSubjectValue {}
extension ActualValue: FormSubjectValue {}
extension EvaluationQuestion: FormSubjectValue {}
extension EvaluationFinding: FormSubjectValue {}
extension Recommendation: FormSubjectValue {}

extension FieldKind {
    /// What a field shows when its subject is not of the type it reads (a form built wrong; a test
    /// checks that every form reads its own kind): nothing, rather than a crash.
    var emptyValue: FieldValue {
        switch self {
        case .text: .text("")
        case .number, .percent: .number(nil)
        case .year, .days: .integer(nil)
        case .date: .day(nil)
        case .flag: .flag(false)
        case .choice: .choice(nil)
        case .multiChoice: .choices([])
        case .reference: .reference(nil)
        case .references: .references([])
        case .yearValues: .yearValues([])
        case .groupCounts: .groupCounts([])
        case .dependencies: .dependencies([])
        }
    }
}
