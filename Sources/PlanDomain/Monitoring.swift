/// Stage 5: the results framework and the values measured.
public struct Monitoring: Codable, Equatable, Sendable {
    public var outcomes: [Outcome] = []
    public var indicators: [ResultIndicator] = []
    public var actuals: [ActualValue] = []
    public init() {}
}

/// An outcome that serves an objective.
public struct Outcome: PlanEntity {
    public var id: EntityID
    public var objectiveId: EntityID?
    public var statement = ""
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .outcome }
    public static var keyPath: WritableKeyPath<Plan, [Outcome]> { \.monitoring.outcomes }
    public var title: String { statement }
}

public struct ResultIndicator: PlanEntity {
    public var id: EntityID
    public var outcomeId: EntityID?
    /// The activities whose output it measures: an indicator linked to activities is an output
    /// indicator of the action plan.
    public var activityIds: [EntityID] = []
    public var name = ""
    public var unit = ""
    public var baseline: Double?
    public var baselineYear: Int?
    public var targets: [YearValue] = []
    public var source = ""
    public var frequency: Frequency = .yearly
    /// Who measures it, a stakeholder id.
    public var responsibleId: EntityID?
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .resultIndicator }
    public static var keyPath: WritableKeyPath<Plan, [ResultIndicator]> { \.monitoring.indicators }
    public var title: String { name }
}

/// A value recorded for an indicator.
public struct ActualValue: PlanEntity {
    public var id: EntityID
    public var indicatorId: EntityID = ""
    public var year = 0
    public var value = 0.0
    public var note = ""
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .actual }
    public static var keyPath: WritableKeyPath<Plan, [ActualValue]> { \.monitoring.actuals }
    public var title: String { "\(indicatorId) \(year)" }
}
