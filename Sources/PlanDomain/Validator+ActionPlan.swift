extension Validator {
    mutating func checkActionPlan() {
        for activity in plan.actionPlan.activities { checkActivity(activity) }
    }

    private mutating func checkActivity(_ activity: Activity) {
        let id = activity.id
        reference(activity.measureId, .measure, from: Location(.activity, id, field: "measure"))
        reference(activity.objectiveId, .objective, from: Location(.activity, id, field: "objective"))
        reference(activity.responsibleId, .stakeholder, from: Location(.activity, id, field: "responsible"))
        references(activity.partnerIds, .stakeholder, from: Location(.activity, id, field: "partners"))
        if activity.responsibleId == nil {
            add(.warning, "activity.responsible", Location(.activity, id, field: "responsible"),
                "Activity \(name(activity)) has no responsible institution.")
        }
        if activity.durationDays < 0 {
            add(.error, "activity.duration", Location(.activity, id, field: "duration"),
                "Activity \(name(activity)) lasts \(counted(activity.durationDays, "day")); a duration cannot be negative.")
        }
        if activity.milestone && activity.durationDays != 0 {
            add(.warning, "activity.milestone", Location(.activity, id, field: "duration"),
                "Milestone \(name(activity)) lasts \(counted(activity.durationDays, "day")); a milestone has no duration.")
        }
        nonNegative(activity.budget, Location(.activity, id, field: "budget"), what: "The budget of \(name(activity))")
        percent(activity.progressPercent, Location(.activity, id, field: "progress"), what: "Progress")
        if let start = activity.actualStart, let finish = activity.actualFinish, finish < start {
            add(.error, "activity.actual", Location(.activity, id, field: "actual finish"),
                "Activity \(name(activity)) finished (\(finish)) before it started (\(start)).")
        }
        if activity.status == .done && activity.progressPercent < 100 {
            add(.hint, "activity.progress", Location(.activity, id, field: "progress"),
                "Activity \(name(activity)) is done but shows \(format(activity.progressPercent))% progress.")
        }
        for dependency in activity.dependencies {
            let here = Location(.activity, id, field: "dependencies")
            if dependency.activityId == id {
                add(.error, "dependency.self", here, "Activity \(name(activity)) depends on itself.")
            } else {
                reference(dependency.activityId, .activity, from: here)
            }
        }
    }
}
