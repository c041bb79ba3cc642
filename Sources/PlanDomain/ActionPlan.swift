/// Stage 3: the activities that implement the strategy.
public struct ActionPlan: Codable, Equatable, Sendable {
    /// The day the timetable starts; activities without a fixed start are scheduled from it.
    public var startDate: Day?
    public var activities: [Activity] = []
    /// Partners' contributions to the plan, financial or technical (the pledge register).
    public var pledges: [Pledge] = []
    /// The budget appropriations made for the plan, by year and source.
    public var appropriations: [Appropriation] = []
    public init() {}
}

/// A link from one activity to the one it waits for.
public struct Dependency: Codable, Hashable, Sendable {
    /// The predecessor.
    public var activityId: EntityID
    public var type: DependencyType = .finishToStart
    /// Lag in calendar days; may be negative (a lead).
    public var lagDays = 0
    public init(activityId: EntityID, type: DependencyType = .finishToStart, lagDays: Int = 0) {
        self.activityId = activityId
        self.type = type
        self.lagDays = lagDays
    }
}

public struct Activity: PlanEntity {
    public var id: EntityID
    public var name = ""
    /// What the activity does, in a few sentences.
    public var description = ""
    /// Its deliverable: what exists when it is done (a draft law, a registry, a trained team).
    public var output = ""
    /// How anyone can check the output was delivered (the gazette, a registry report, minutes).
    public var verification = ""
    public var measureId: EntityID?
    public var objectiveId: EntityID?
    /// The responsible institution, a stakeholder id.
    public var responsibleId: EntityID?
    public var partnerIds: [EntityID] = []
    /// A fixed start date.
    public var start: Day?
    /// The activity may not start before this date.
    public var notEarlierThan: Day?
    /// Duration in calendar days; zero for a milestone.
    public var durationDays = 1
    public var dependencies: [Dependency] = []
    public var milestone = false
    public var budget = 0.0
    public var fundingSource: FinancingSource = .generalRevenue
    public var status: ActivityStatus = .notStarted
    public var progressPercent = 0.0
    public var actualStart: Day?
    public var actualFinish: Day?
    /// The dimensions of the strategy it works in (schema 5).
    public var dimensions: [Dimension] = []
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .activity }
    public static var keyPath: WritableKeyPath<Plan, [Activity]> { \.actionPlan.activities }
    public var title: String { name }
}
