extension Validator {
    /// One activity's fields and references (then, for all of them, `checkOutputIndicators`).
    /// One activity, at `position` among the plan's.
    mutating func checkActionPlan(_ activity: Activity, at position: Int) {
        checkActivity(activity, at: position)
        checkExplanation(activity)
    }

    private mutating func checkActivity(_ activity: Activity, at position: Int) {
        let id = activity.id
        reference(activity.measureId, .measure, from: Location(id, Activity.Field.measure))
        reference(activity.objectiveId, .objective, from: Location(id, Activity.Field.objective))
        reference(activity.responsibleId, .stakeholder, from: Location(id, Activity.Field.responsible))
        references(activity.partnerIds, .stakeholder, from: Location(id, Activity.Field.partners))
        if activity.responsibleId == nil {
            add(.warning, .activityResponsible, Location(id, Activity.Field.responsible), .activityNoResponsible, Named(activity))
        }
        if activity.durationDays < 0 {
            add(.error, .activityDuration, Location(id, Activity.Field.duration),
                "Activity \(name(activity)) lasts \(counted(activity.durationDays, "day")); a duration cannot be negative.")
        }
        if activity.milestone && activity.durationDays != 0 {
            add(.warning, .activityMilestone, Location(id, Activity.Field.duration),
                "Milestone \(name(activity)) lasts \(counted(activity.durationDays, "day")); a milestone has no duration.")
        }
        if !(activity.budget.isFinite && activity.budget >= 0) { // the name written only for a finding
            nonNegative(activity.budget, Location(id, Activity.Field.budget), what: "The budget of \(Named(activity))")
        }
        percent(activity.progressPercent, Location(id, Activity.Field.progress), what: "Progress")
        if let start = activity.actualStart, let finish = activity.actualFinish, finish < start {
            add(.error, .activityActual, Location(id, Activity.Field.actualFinish),
                "Activity \(name(activity)) finished (\(finish)) before it started (\(start)).")
        }
        if activity.status == .done && activity.progressPercent < 100 {
            add(.hint, .activityProgress, Location(id, Activity.Field.progress),
                "Activity \(name(activity)) is done but shows \(format(activity.progressPercent))% progress.")
        }
        // Dependencies the schedule found all there need no second lookup (see `dependenciesFound(at:)`).
        guard !activity.dependencies.isEmpty, !dependenciesFound(at: position) else { return }
        for dependency in activity.dependencies {
            let here = Location(id, Activity.Field.dependencies)
            if dependency.activityId == id {
                add(.error, .dependencySelf, here, "Activity \(name(activity)) depends on itself.")
            } else {
                reference(dependency.activityId, .activity, from: here)
            }
        }
    }
}
