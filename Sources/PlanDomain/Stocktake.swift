/// Stage 1: the socio-economic situation, the scheme inventory, coverage and gaps.
public struct Stocktake: Codable, Equatable, Sendable {
    public var indicators: [Indicator] = []
    public var economy = Economy()
    public var groups: [PopulationGroup] = []
    public var schemes: [Scheme] = []
    public var coverage: [CoverageAssessment] = []
    public var gaps: [Gap] = []
    public var reasons: [ExtensionReason] = []
    /// Coverage below this share (percent) of a group is a gap.
    public var coverageThresholdPercent = 50.0
    public init() {}
}

/// The economic inputs of the cost model.
public struct Economy: Codable, Equatable, Sendable {
    public var gdp = GrowthSeries()
    public var governmentExpenditure = GrowthSeries()
    /// Inflation per year in percent; yearly values win over the base rate.
    public var inflation = GrowthSeries()
    public var povertyLine = GrowthSeries()
    public var minimumWage = GrowthSeries()
    /// The most the whole package may cost, in percent of GDP; nil when the plan sets no ceiling.
    public var fiscalSpaceCeilingPercentOfGDP: Double?
    public init() {}
}

/// A socio-economic indicator of the situation analysis.
public struct Indicator: PlanEntity {
    public var id: EntityID
    public var name = ""
    public var value = 0.0
    public var unit = ""
    public var year: Int?
    public var source = ""
    /// The study in the register the figure comes from.
    public var studyId: EntityID?
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .indicator }
    public static var keyPath: WritableKeyPath<Plan, [Indicator]> { \.stocktake.indicators }
    public var title: String { name }
}

public struct PopulationGroup: PlanEntity {
    public var id: EntityID
    public var name = ""
    public var sex: Sex = .all
    /// Persons in the group in `year`.
    public var size = 0.0
    public var year: Int?
    /// Growth per year in percent.
    public var growthPercent = 0.0
    /// Yearly projection; wins over the growth rate for the years it covers.
    public var projection: [YearValue] = []
    /// True when the group is one of the parts that together make up the whole population
    /// (used for SDG 1.3.1).
    public var partOfPartition = false
    /// The reference population the group stands for, when it is one: the denominator of a
    /// branch's coverage ratio (old age: persons above pensionable age; maternity: women giving
    /// birth...), and what decides which branches can be a gap for it.
    public var reference: ReferencePopulation?
    public var source = ""
    /// The study in the register the figures come from.
    public var studyId: EntityID?
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .group }
    public static var keyPath: WritableKeyPath<Plan, [PopulationGroup]> { \.stocktake.groups }
    public var title: String { name }
}

/// Persons in one group protected by, or receiving from, a scheme.
public struct GroupCount: Codable, Hashable, Sendable {
    public var groupId: EntityID
    public var count: Double
    public init(groupId: EntityID, count: Double) {
        self.groupId = groupId
        self.count = count
    }
}

/// A scheme of the inventory, with the fields of the ILO Social Security Inquiry.
public struct Scheme: PlanEntity {
    public var id: EntityID
    public var name = ""
    public var type: SchemeType = .socialInsurance
    /// The institution that runs it, a stakeholder id.
    public var institutionId: EntityID?
    public var legalBasis = ""
    public var contingencies: [Contingency] = []
    public var groupIds: [EntityID] = []
    public var financing = FinancingShares()
    /// Active contributors in all (the scheme's own total; `activeContributors` gives them by group).
    public var contributors: Double?
    /// Beneficiaries: persons receiving a benefit now, by population group.
    public var recipients: [GroupCount] = []
    /// Legal coverage: persons the law or the scheme's rules cover, by group, whether or not they
    /// contribute or receive anything (an employer-liability law covers every employee on paper).
    public var legalCoverage: [GroupCount] = []
    /// Active contributors: persons paying contributions now, by group.
    public var activeContributors: [GroupCount] = []
    /// The scheme this one is a branch of (two branches of one fund share their members: a person
    /// is counted once across them).
    public var branchOf: EntityID?
    /// Schemes a person cannot belong to together with this one, by law (their members add up).
    public var exclusiveWith: [EntityID] = []
    public var benefitLevel = ""
    public var expenditure: Double?
    /// Contributions collected in the year (employers' and insured persons'), the base of an
    /// administrative cost stated as a share of contributions.
    public var contributionIncome: Double?
    public var administrativeCost: Double?
    public var year: Int?
    public var source = ""
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .scheme }
    public static var keyPath: WritableKeyPath<Plan, [Scheme]> { \.stocktake.schemes }
    public var title: String { name }
}

/// The assessor's view of one cell of the coverage matrix; it can override the computed coverage.
public struct CoverageAssessment: PlanEntity {
    public var id: EntityID
    public var contingency: Contingency = .medicalCare
    public var groupId: EntityID = ""
    /// The assessor's rating; when set it overrides the computed band.
    public var rating: CoverageRating?
    /// The assessor's coverage in percent; when set it overrides the computed figure.
    public var coveragePercent: Double?
    public var note = ""
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .coverage }
    public static var keyPath: WritableKeyPath<Plan, [CoverageAssessment]> { \.stocktake.coverage }
    public var title: String { "\(contingency.label) / \(groupId)" }
}

/// A gap the team records by hand (ABND policy gaps and implementation issues);
/// gaps that follow from the coverage matrix are computed.
public struct Gap: PlanEntity {
    public var id: EntityID
    public var kind: GapKind = .noProvision
    public var contingency: Contingency?
    public var groupId: EntityID?
    public var description = ""
    public var reasonIds: [EntityID] = []
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .gap }
    public static var keyPath: WritableKeyPath<Plan, [Gap]> { \.stocktake.gaps }
    public var title: String { description }
}

public struct ExtensionReason: PlanEntity {
    public var id: EntityID
    public var kind: ReasonKind = .preventPoverty
    public var description = ""
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .reason }
    public static var keyPath: WritableKeyPath<Plan, [ExtensionReason]> { \.stocktake.reasons }
    public var title: String { description.isEmpty ? kind.label : description }
}
