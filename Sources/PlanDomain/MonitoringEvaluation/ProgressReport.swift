/// The state of every indicator, measure, activity, open recommendation and open risk on a day:
/// what `socle progress` prints and the progress panel shows.
public struct ProgressReport: Encodable, Equatable, Sendable {
    public struct MeasureState: Encodable, Equatable, Sendable {
        public var id: EntityID
        public var name: String
        public var activities: Int
        public var done: Int
        public var late: Int
        /// The activities' progress, weighted by duration, in percent.
        public var progressPercent: Double
        public var execution: [ExecutionYear]
        /// Its indicators' statuses, worst first.
        public var indicatorIds: [EntityID]
    }

    public struct ActivityState: Encodable, Equatable, Sendable {
        public var id: EntityID
        public var name: String
        public var measureId: EntityID?
        public var status: ActivityStatus
        public var progressPercent: Double
        public var finish: Day?
        public var daysLate: Int?
    }

    public struct RecommendationState: Encodable, Equatable, Sendable {
        public var id: EntityID
        public var text: String
        public var response: ManagementResponse
        public var followUp: FollowUpStatus
        public var dueDate: Day?
        public var overdue: Bool
    }

    public var asOf: Day
    public var tolerancePercent: Double
    public var indicators: [IndicatorProgress]
    public var counts: [String: Int]
    public var measures: [MeasureState]
    public var activities: [ActivityState]
    public var recommendations: [RecommendationState]
    public var risks: [Risk]

    public init(plan: Plan, asOf: Day) {
        self.asOf = asOf
        tolerancePercent = plan.monitoring.settings.tolerancePercent
        indicators = plan.indicatorProgress(asOf: asOf)
        var counts: [String: Int] = [:]
        for indicator in indicators { counts[indicator.status.rawValue, default: 0] += 1 }
        counts["overdue"] = indicators.filter { $0.overdue != nil }.count
        self.counts = counts
        let schedule = plan.schedule(today: asOf)
        let late = Dictionary(schedule.late.map { ($0.activityId, $0.daysLate) }, uniquingKeysWith: { a, _ in a })
        let finishes = Dictionary(schedule.activities.map { ($0.id, $0.earlyFinish) }, uniquingKeysWith: { a, _ in a })
        activities = plan.actionPlan.activities.map { a in
            ActivityState(id: a.id, name: a.name, measureId: a.measureId, status: a.status, progressPercent: a.progressPercent,
                          finish: a.actualFinish ?? finishes[a.id], daysLate: late[a.id])
        }
        let execution = plan.executionYears()
        let indicatorsByMeasure = plan.indicatorsTracking()
        measures = plan.strategy.measures.map { measure in
            let own = plan.actionPlan.activities.filter { $0.measureId == measure.id && $0.status != .cancelled }
            let weight = own.reduce(0.0) { $0 + Double(max(1, $1.durationDays)) }
            let progress = weight > 0
                ? own.reduce(0.0) { $0 + Double(max(1, $1.durationDays)) * ($1.status == .done ? 100 : $1.progressPercent) } / weight
                : 0
            return MeasureState(id: measure.id, name: measure.name, activities: own.count,
                                done: own.filter { $0.status == .done }.count,
                                late: own.filter { late[$0.id] != nil }.count, progressPercent: progress,
                                execution: execution.filter { $0.measureId == measure.id && $0.year <= asOf.year },
                                indicatorIds: indicatorsByMeasure[measure.id] ?? [])
        }
        recommendations = plan.evaluation.recommendations.filter(\.isOpen).map { r in
            RecommendationState(id: r.id, text: r.text, response: r.response, followUp: r.followUp, dueDate: r.dueDate,
                                overdue: r.isOverdue(on: asOf))
        }
        risks = plan.monitoring.risks.filter { $0.status == .open || $0.status == .occurred }
            .sorted { $0.score > $1.score }
    }
}

extension Recommendation {
    /// Accepted (or partly) with the action not done by its due date.
    public func isOverdue(on day: Day) -> Bool {
        guard let dueDate, response == .accepted || response == .partlyAccepted else { return false }
        return followUp.isOpen && dueDate < day
    }
}

extension Plan {
    /// For each measure, the indicators that track it: directly, or through one of its activities.
    public func indicatorsTracking() -> [EntityID: [EntityID]] {
        let measureOfActivity = measuresServed(by: Set(monitoring.indicators.flatMap(\.activityIds)))
        var result: [EntityID: [EntityID]] = [:]
        for indicator in monitoring.indicators {
            var measures = indicator.measureIds
            measures += indicator.activityIds.compactMap { measureOfActivity[$0] }
            var seen = Set<EntityID>()
            for measure in measures where seen.insert(measure).inserted {
                result[measure, default: []].append(indicator.id)
            }
        }
        return result
    }

    /// The measure each of the activities `named` serves (the first activity with the id that serves
    /// one), by id: only those named are read (10,000 activities, a few hundred named by indicators).
    /// `index`: the index of the activities' ids, when the caller has it: with every id there once,
    /// each is found by it rather than by a walk over all of them.
    func measuresServed(by named: Set<EntityID>, index: IDIndex? = nil) -> [EntityID: EntityID] {
        var measures: [EntityID: EntityID] = [:]
        let activities = actionPlan.activities
        if let index, index.idsUnique, index.entities == activities.count {
            for id in named {
                if let position = index[id], let measure = activities[position].measureId { measures[id] = measure }
            }
            return measures
        }
        var left = named
        for position in activities.indices where !left.isEmpty {
            guard let measure = activities[position].measureId, left.remove(activities[position].id) != nil else { continue }
            measures[activities[position].id] = measure
        }
        return measures
    }
}
