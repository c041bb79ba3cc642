/// Stage 4: the administration that carries the schemes, and what it may cost.
public struct Administration: Codable, Equatable, Sendable {
    public var capacities: [CapacityAssessment] = []
    public var costCeilings: [CostCeiling] = []
    /// How each scheme or delivering institution serves people: transparency, impartiality,
    /// service standards (schema 5).
    public var services: [ServiceProfile] = []
    public init() {}
}

/// An institution's capacity for one administrative function.
public struct CapacityAssessment: PlanEntity {
    public var id: EntityID
    public var institutionId: EntityID = ""
    public var function: AdminFunction = .registration
    public var rating: CapacityRating = .adequate
    public var notes = ""
    /// Activities that strengthen it.
    public var activityIds: [EntityID] = []
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .capacity }
    public static var keyPath: WritableKeyPath<Plan, [CapacityAssessment]> { \.administration.capacities }
    public var title: String { "\(institutionId) \(function.label)" }
}

/// The highest reasonable administrative cost for a scheme type.
public struct CostCeiling: PlanEntity {
    public var id: EntityID
    public var schemeType: SchemeType = .socialInsurance
    /// The branch the ceiling is for; nil for every branch of the scheme type. A ceiling for the
    /// branch wins over the scheme type's general one.
    public var contingency: Contingency?
    public var ceilingPercent = 5.0
    public var basis: AdministrativeBasis = .benefits
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .costCeiling }
    public static var keyPath: WritableKeyPath<Plan, [CostCeiling]> { \.administration.costCeilings }
    public var title: String { contingency.map { "\(schemeType.label), \($0.label.lowercased())" } ?? schemeType.label }

    /// Reference points from RAP and ILO actuarial practice (docs/DECISIONS.md): contributory
    /// pension and employment-injury schemes run at 1-3% of contributions, health insurance higher
    /// (claims processing and provider payment), provident funds lower; tax-financed universal and
    /// categorical benefits at a few percent of benefits, means-tested programmes higher.
    public static var defaults: [CostCeiling] {
        let list: [(SchemeType, Contingency?, Double, AdministrativeBasis)] = [
            (.socialInsurance, nil, 3, .contributions), (.socialInsurance, .medicalCare, 8, .contributions),
            (.providentFund, nil, 2, .contributions),
            (.socialAssistance, nil, 12, .benefits), (.universal, nil, 5, .benefits), (.categorical, nil, 8, .benefits),
            (.microInsurance, nil, 15, .contributions), (.communityBased, nil, 15, .benefits),
            (.employerLiability, nil, 5, .benefits),
        ]
        return list.enumerated().map { index, entry in
            var ceiling = CostCeiling(id: "CEIL-\(index + 1)")
            ceiling.schemeType = entry.0
            ceiling.contingency = entry.1
            ceiling.ceilingPercent = entry.2
            ceiling.basis = entry.3
            return ceiling
        }
    }
}
