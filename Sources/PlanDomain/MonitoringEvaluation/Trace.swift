/// The thread from a gap to a result: gap -> measure -> activity -> indicator -> evaluation finding
/// (and the recommendations drawn from it), with the holes where the thread breaks.
public struct Trace: Encodable, Equatable, Sendable {
    public struct MeasureThread: Encodable, Equatable, Sendable {
        public var measureId: EntityID
        public var name: String
        public var activityIds: [EntityID]
        public var indicatorIds: [EntityID]
        public var findingIds: [EntityID]
        public var recommendationIds: [EntityID]
    }

    public struct GapThread: Encodable, Equatable, Sendable {
        public var gapId: EntityID
        public var name: String
        public var measureIds: [EntityID]
    }

    /// Where the thread breaks; each is also a finding of validation, at the same place.
    public struct Hole: Encodable, Equatable, Sendable {
        public var rule: Rule
        public var kind: EntityKind
        public var id: EntityID
        public var message: String
    }

    public var gaps: [GapThread]
    public var measures: [MeasureThread]
    public var holes: [Hole]

    public init(plan: Plan) {
        let measures = plan.strategy.measures
        // Each gap's measures (those naming it, in plan order) in one pass over the measures, by the
        // position of the first gap with the id they name: not a search of every measure for each
        // gap (300 gaps and 50 measures in a national plan, each measure copied for each).
        let gapIndex = plan.firstPositions(.gap)
        var measuresOf = [[EntityID]](repeating: [], count: plan.stocktake.gaps.count)
        // The last measure listed for each gap: a measure naming a gap twice is listed once.
        var lastMeasure = [Int](repeating: -1, count: plan.stocktake.gaps.count)
        for index in measures.indices {
            for gapId in measures[index].gapIds {
                guard let gap = gapIndex[gapId], lastMeasure[gap] != index else { continue }
                measuresOf[gap].append(measures[index].id)
                lastMeasure[gap] = index
            }
        }
        let gapMeasures = plan.stocktake.gaps.map { gapIndex[$0.id].map { measuresOf[$0] } ?? [] }
        gaps = zip(plan.stocktake.gaps, gapMeasures).map { gap, measureIds in
            GapThread(gapId: gap.id, name: gap.description, measureIds: measureIds)
        }
        let tracking = plan.indicatorsTracking()
        let findings = plan.evaluation.findings
        let recommendations = plan.evaluation.recommendations
        // Each measure's activities in one pass over the action plan (10,000 activities, 50 measures),
        // gathered by the position of the first measure with the id they name (found through the
        // index of the measures' ids). By index: a for-in loop would copy every activity.
        let allActivities = plan.actionPlan.activities
        let measureIndex = plan.firstPositions(.measure)
        var activitiesOf = [[EntityID]](repeating: [], count: measures.count)
        for index in allActivities.indices {
            if let measureId = allActivities[index].measureId, let position = measureIndex[measureId] {
                activitiesOf[position].append(allActivities[index].id)
            }
        }
        self.measures = measures.map { measure in
            let activities = measureIndex[measure.id].map { activitiesOf[$0] } ?? []
            let indicators = tracking[measure.id] ?? []
            let found = findings.filter { finding in
                finding.measureIds.contains(measure.id) || finding.indicatorIds.contains { indicators.contains($0) }
            }.map(\.id)
            let recommended = recommendations.filter { $0.findingIds.contains { found.contains($0) } }.map(\.id)
            return MeasureThread(measureId: measure.id, name: measure.name, activityIds: activities,
                                 indicatorIds: indicators, findingIds: found, recommendationIds: recommended)
        }
        var holes: [Hole] = []
        func name(_ entity: some PlanEntity) -> String { Named(entity).description }
        for (gap, measureIds) in zip(plan.stocktake.gaps, gapMeasures) where measureIds.isEmpty {
            holes.append(Hole(rule: .gapUnaddressed, kind: .gap, id: gap.id,
                              message: "Gap \(name(gap)) is not addressed by any measure."))
        }
        let threads = self.measures
        holes += Self.threadHoles(of: plan, hasActivity: { !threads[$0].activityIds.isEmpty },
                                  tracked: Set(tracking.keys))
        self.holes = holes
    }
}

extension Plan {
    public var trace: Trace { Trace(plan: self) }
}

/// What `Trace(plan:)` reads of one activity: its id and name, and the measure and objective it
/// serves. Validation runs the trace again after an edit to an activity only when this changed.
struct ActivityLinks: Equatable {
    var id: EntityID
    var name: String
    var measureId: EntityID?
    var objectiveId: EntityID?

    init(_ activity: Activity) {
        id = activity.id
        name = activity.name
        measureId = activity.measureId
        objectiveId = activity.objectiveId
    }
}
