/// Stage 2: objectives, priorities, measures, roles, phases, approval.
public struct Strategy: Codable, Equatable, Sendable {
    public var vision = ""
    public var objectives: [Objective] = []
    public var criteria: [Criterion] = []
    public var scores: [PriorityScore] = []
    public var priorities: [Priority] = []
    public var scenarios: [Scenario] = []
    public var measures: [Measure] = []
    public var roles: [InstitutionRole] = []
    public var phases: [Phase] = []
    public var approvals: [ApprovalStep] = []
    public var consultations: [Consultation] = []
    public var publicInformation: [PublicAction] = []
    /// Evidence that the public accepts the strategy: surveys, consultations, media (schema 5).
    public var acceptance: [AcceptanceEvidence] = []
    /// The technical and financial options compared for each measure (schema 5).
    public var options: [MeasureOption] = []
    public init() {}
}

public struct Objective: PlanEntity {
    public var id: EntityID
    public var name = ""
    public var description = ""
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .objective }
    public static var keyPath: WritableKeyPath<Plan, [Objective]> { \.strategy.objectives }
    public var title: String { name }
}

/// A criterion on which gaps are scored when setting priorities.
public struct Criterion: PlanEntity {
    public var id: EntityID
    public var name = ""
    public var weight = 1.0
    /// False for criteria where a high score is bad (cost).
    public var higherIsBetter = true
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .criterion }
    public static var keyPath: WritableKeyPath<Plan, [Criterion]> { \.strategy.criteria }
    public var title: String { name }

    public static var defaults: [Criterion] {
        let list: [(String, Double, Bool)] = [
            ("People affected", 3, true), ("Poverty impact", 3, true), ("Urgency", 2, true),
            ("Feasibility", 2, true), ("Cost", 2, false),
        ]
        return list.enumerated().map { index, entry in
            var criterion = Criterion(id: "CRI-\(index + 1)")
            criterion.name = entry.0
            criterion.weight = entry.1
            criterion.higherIsBetter = entry.2
            return criterion
        }
    }
}

/// One score (1 to 5) a stakeholder group gives a gap on a criterion, as in a workshop round.
public struct PriorityScore: PlanEntity {
    public var id: EntityID
    public var gapId: EntityID = ""
    public var criterionId: EntityID = ""
    /// Who scored: a stakeholder group ("workers", "government", ...).
    public var scoredBy: StakeholderKind = .government
    public var score = 3.0
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .score }
    public static var keyPath: WritableKeyPath<Plan, [PriorityScore]> { \.strategy.scores }
    public var title: String { "\(gapId) / \(criterionId)" }
}

/// A gap the strategy gives priority to.
public struct Priority: PlanEntity {
    public var id: EntityID
    public var name = ""
    public var gapIds: [EntityID] = []
    public var objectiveId: EntityID?
    public var rank = 1
    public var rationale = ""
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .priority }
    public static var keyPath: WritableKeyPath<Plan, [Priority]> { \.strategy.priorities }
    public var title: String { name }
}

/// A strategy scenario: a set of measures costed together.
public struct Scenario: PlanEntity {
    public var id: EntityID
    public var name = ""
    public var description = ""
    public var measureIds: [EntityID] = []
    /// The scenario adopted: the action plan finances it, and the funding gap is worked out on it.
    public var financed = false
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .scenario }
    public static var keyPath: WritableKeyPath<Plan, [Scenario]> { \.strategy.scenarios }
    public var title: String { name }
}

/// The benefit a measure pays and how it moves over the years.
public struct Benefit: Codable, Equatable, Sendable {
    public var kind: BenefitKind = .cash
    /// Annual benefit per beneficiary in the base year, in the plan's currency.
    public var annualAmount = 0.0
    public var indexation: Indexation = .inflation
    /// For the share-of-reference indexations: the share in percent.
    public var referenceSharePercent = 0.0
    public var description = ""
    public init() {}
}

/// Take-up in percent of the eligible population, ramping from `startPercent` in the start year
/// to `targetPercent` over `rampYears` years; yearly values win where given.
///
/// The ramp is linear and reaches the target `rampYears` after the start year, then stays there:
/// 20% to 80% over 3 years from 2027 gives 20, 40, 60, 80 in 2027 to 2030, and 80 after
/// (see `CostModel.takeUpPercent`).
public struct TakeUp: Codable, Equatable, Sendable {
    public var startPercent = 0.0
    public var targetPercent = 0.0
    public var rampYears = 1
    public var yearly: [YearValue] = []
    public init() {}
}

/// The contribution side of a social insurance measure: the insured persons (a share of a
/// population group), their insurable earnings and the contribution rate, split between employers,
/// workers and the state. Unused while `insuredGroupId` is nil.
public struct ContributionTerms: Codable, Equatable, Sendable {
    /// The group the insured persons belong to (formal employees, for unemployment insurance).
    public var insuredGroupId: EntityID?
    /// Share of that group insured, in percent.
    public var insuredSharePercent = 100.0
    /// Annual insurable (covered) earnings per insured person in the base year.
    public var insurableEarnings = 0.0
    /// Growth of insurable earnings per year, in percent (nominal).
    public var earningsGrowthPercent = 0.0
    /// Contribution rates, in percent of insurable earnings.
    public var employerRatePercent = 0.0
    public var workerRatePercent = 0.0
    /// The state's contribution (a subsidy from general revenue), in percent of insurable earnings.
    public var stateRatePercent = 0.0
    public init() {}

    /// The contribution side is given.
    public var isSet: Bool { insuredGroupId != nil }
    /// Employer plus worker rate: what the insured side pays.
    public var contributoryRatePercent: Double { employerRatePercent + workerRatePercent }
}

/// An extension measure.
public struct Measure: PlanEntity {
    public var id: EntityID
    public var name = ""
    public var description = ""
    public var objectiveId: EntityID?
    public var gapIds: [EntityID] = []
    public var targetGroupId: EntityID?
    public var contingency: Contingency = .medicalCare
    public var benefit = Benefit()
    public var eligibility = ""
    /// Share of the target group that is eligible, in percent.
    public var eligibleSharePercent = 100.0
    /// Changes of the eligible share over time (a pension age lowered in steps, a benefit extended to
    /// older children): each value is the share, in percent, from its year on until the next change.
    /// Before the first change, and when nil, `eligibleSharePercent` applies.
    public var eligibleShareFrom: [YearValue]?
    public var takeUp = TakeUp()
    public var financingModel: FinancingModel = .taxFinanced
    public var financing = FinancingShares()
    public var leadInstitutionId: EntityID?
    public var startYear: Int?
    public var phaseId: EntityID?
    public var administrativeRatePercent = 5.0
    public var administrativeBasis: AdministrativeBasis = .benefits
    /// The scheme type used for the administrative-cost ceiling.
    public var schemeType: SchemeType = .socialAssistance
    /// For a contributory or mixed measure: who contributes, on what earnings, at what rates.
    public var contribution = ContributionTerms()
    /// Existing schemes the measure replaces: its cost is shown gross and net of their spending.
    public var replacesSchemeIds: [EntityID] = []
    /// The law the measure needs, and where it stands.
    public var legislation = ""
    public var legislationStatus: LegislationStatus = .notNeeded
    /// The year the law was passed, or is expected to pass.
    public var lawYear: Int?
    /// The insured persons are self-employed (own-account and informal workers): they pay both the
    /// employer's and the worker's part of the contributions (see `FinancialBurden`).
    public var insuredSelfEmployed = false
    /// Its financial, administrative, legal and political implications (schema 5).
    public var implications = Implications()
    /// The dimensions of the strategy it works in (schema 5).
    public var dimensions: [Dimension] = []
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .measure }
    public static var keyPath: WritableKeyPath<Plan, [Measure]> { \.strategy.measures }
    public var title: String { name }
}

/// What an institution does for a measure (or for the whole strategy when `measureId` is nil).
public struct InstitutionRole: PlanEntity {
    public var id: EntityID
    public var institutionId: EntityID = ""
    public var measureId: EntityID?
    public var function: InstitutionFunction = .administration
    public var involvement: Involvement = .lead
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .role }
    public static var keyPath: WritableKeyPath<Plan, [InstitutionRole]> { \.strategy.roles }
    public var title: String { "\(institutionId) \(function.label)" }
}

public struct Phase: PlanEntity {
    public var id: EntityID
    public var name = ""
    public var firstYear = 0
    public var lastYear = 0
    public var description = ""
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .phase }
    public static var keyPath: WritableKeyPath<Plan, [Phase]> { \.strategy.phases }
    public var title: String { name }
}

public struct ApprovalStep: PlanEntity {
    public var id: EntityID
    public var stage: ApprovalStage = .technicalValidation
    public var status: ApprovalStatus = .pending
    public var date: Day?
    /// The act, minutes or decision that records it.
    public var reference = ""
    public var note = ""
    /// The documents it approves (schema 5).
    public var documents: [PlanDocument] = []
    /// The version approved as the team names it ("Draft 3 of 10 June 2026").
    public var version = ""
    /// The content fingerprint of the documents approved, recorded when the step is saved as approved
    /// (`Plan.sealing`); empty while it is not approved.
    public var fingerprint = ""
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .approval }
    public static var keyPath: WritableKeyPath<Plan, [ApprovalStep]> { \.strategy.approvals }
    public var title: String { stage.label }
}

/// One consultation of the social partners or civil society.
public struct Consultation: PlanEntity {
    public var id: EntityID
    public var date: Day?
    /// Who took part.
    public var participants = ""
    public var stakeholderIds: [EntityID] = []
    public var topics = ""
    public var outcome = ""
    /// How the strategy took the outcome into account.
    public var response = ""
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .consultation }
    public static var keyPath: WritableKeyPath<Plan, [Consultation]> { \.strategy.consultations }
    public var title: String { topics }
}

/// An action to inform the public about the strategy.
public struct PublicAction: PlanEntity {
    public var id: EntityID
    public var audience = ""
    public var channel = ""
    public var message = ""
    public var date: Day?
    public var status: ActionStatus = .planned
    /// Who carries it out, a stakeholder id (schema 5).
    public var responsibleId: EntityID?
    /// The measures it explains (schema 5).
    public var measureIds: [EntityID] = []
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .publicAction }
    public static var keyPath: WritableKeyPath<Plan, [PublicAction]> { \.strategy.publicInformation }
    public var title: String { "\(channel): \(audience)" }
}
