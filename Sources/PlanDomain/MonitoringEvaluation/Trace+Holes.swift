/// The holes in the thread past the gaps, which validation reports (gaps no measure addresses are
/// the stocktake's finding): found without the threads themselves.
extension Trace {
    /// The holes of `Trace(plan:)` that are not a gap's, in its order: measures without an activity
    /// or an indicator, activities that serve nothing, indicators that track nothing and
    /// recommendations without a response. `activities`: the index of the activities' ids, when the
    /// caller has it.
    static func holesPastGaps(of plan: Plan, activities index: IDIndex? = nil) -> [Hole] {
        let measures = plan.strategy.measures, activities = plan.actionPlan.activities
        // Whether each measure (by the position of the first with its id) has an activity: the
        // activities are read until every measure has one (a national plan: a few hundred of 10,000).
        let measureIndex = plan.firstPositions(.measure)
        var served = [Bool](repeating: false, count: measures.count)
        var unserved = measureIndex.count
        activities.withUnsafeBufferPointer { activities in
            for index in activities.indices where unserved > 0 {
                guard let measureId = activities[index].measureId, let first = measureIndex[measureId], !served[first]
                else { continue }
                served[first] = true
                unserved -= 1
            }
        }
        return threadHoles(of: plan, hasActivity: { measureIndex[measures[$0].id].map { served[$0] } ?? false },
                           tracked: plan.trackedMeasureIDs(activities: index))
    }

    /// The holes past the gaps, given whether the measure at a position has an activity and the ids
    /// of the measures some indicator tracks.
    static func threadHoles(of plan: Plan, hasActivity: (Int) -> Bool, tracked: Set<EntityID>) -> [Hole] {
        var holes: [Hole] = []
        func name(_ entity: some PlanEntity) -> String { Named(entity).description }
        for (position, measure) in plan.strategy.measures.enumerated() {
            if !hasActivity(position) {
                holes.append(Hole(rule: .measureNoActivity, kind: .measure, id: measure.id,
                                  message: "Measure \(name(measure)) has no activity in the action plan."))
            }
            if !tracked.contains(measure.id) {
                holes.append(Hole(rule: .measureNoIndicator, kind: .measure, id: measure.id,
                                  message: "Measure \(name(measure)) is tracked by no indicator (link one to the measure or to one of its activities)."))
            }
        }
        let carriers = Set(plan.evaluation.evaluations.compactMap(\.activityId))
        let activities = plan.actionPlan.activities
        for index in activities.indices where activities[index].measureId == nil
            && activities[index].objectiveId == nil && !carriers.contains(activities[index].id) {
            let activity = activities[index]
            holes.append(Hole(rule: .activityNoMeasure, kind: .activity, id: activity.id,
                              message: "Activity \(name(activity)) serves no measure or objective."))
        }
        for indicator in plan.monitoring.indicators where indicator.outcomeId == nil && indicator.objectiveId == nil
            && indicator.measureIds.isEmpty && indicator.activityIds.isEmpty {
            holes.append(Hole(rule: .indicatorTracksNothing, kind: .resultIndicator, id: indicator.id,
                              message: "Indicator \(name(indicator)) tracks no outcome, objective, measure or activity."))
        }
        for recommendation in plan.evaluation.recommendations where recommendation.response == .pending {
            holes.append(Hole(rule: .recommendationResponse, kind: .recommendation, id: recommendation.id,
                              message: "Recommendation \(recommendation.id) has no management response yet."))
        }
        return holes
    }
}

extension Plan {
    /// The ids of the measures some indicator tracks (the keys of `indicatorsTracking()`): those it
    /// names, and those its activities serve (`measuresServed(by:index:)`).
    func trackedMeasureIDs(activities index: IDIndex? = nil) -> Set<EntityID> {
        var tracked = Set<EntityID>(), named = Set<EntityID>()
        monitoring.indicators.withUnsafeBufferPointer { indicators in
            for place in indicators.indices {
                let indicator = indicators.baseAddress! + place // read where it lies (no copy of each)
                tracked.formUnion(indicator.pointee.measureIds)
                named.formUnion(indicator.pointee.activityIds)
            }
        }
        return tracked.union(measuresServed(by: named, index: index).values)
    }
}
