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
    public var ceilingPercent = 5.0
    public var basis: AdministrativeBasis = .benefits
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .costCeiling }
    public static var keyPath: WritableKeyPath<Plan, [CostCeiling]> { \.administration.costCeilings }
    public var title: String { schemeType.label }

    /// Reference points from RAP practice: contributory schemes run at a few percent,
    /// means-tested programmes higher.
    public static var defaults: [CostCeiling] {
        let list: [(SchemeType, Double)] = [
            (.socialInsurance, 3), (.socialAssistance, 12), (.universal, 5), (.categorical, 8),
            (.microInsurance, 15), (.communityBased, 15), (.employerLiability, 5),
        ]
        return list.enumerated().map { index, entry in
            var ceiling = CostCeiling(id: "CEIL-\(index + 1)")
            ceiling.schemeType = entry.0
            ceiling.ceilingPercent = entry.1
            return ceiling
        }
    }
}
