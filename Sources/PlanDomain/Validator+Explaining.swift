extension Validator {
    /// The action plan explained: each activity's description, output and means of verification,
    /// and output indicators that measure what the activities deliver.
    mutating func checkExplanation(_ activity: Activity) {
        let id = activity.id
        if activity.description.isBlank {
            add(.hint, .activityDescription, Location(id, Activity.Field.description), .activityNoDescription, Named(activity))
        }
        if activity.output.isBlank {
            if !activity.milestone {
                add(.warning, .activityOutput, Location(id, Activity.Field.output), .activityNoOutput, Named(activity))
            }
        } else if activity.verification.isBlank {
            let (named, output) = (Named(activity), activity.output)
            add(.warning, .activityVerification, Location(id, Activity.Field.verification)) {
                "Activity \(named) names no means of verification: how will anyone check \"\(output)\" was delivered?"
            }
        }
    }

    /// Activities whose output no result indicator measures (one hint for all of them).
    mutating func checkOutputIndicators() {
        let measured = Set(plan.monitoring.indicators.flatMap(\.activityIds))
        let activities = plan.actionPlan.activities
        var unmeasured: [EntityID] = [] // (by index: a filter would copy every activity)
        for index in activities.indices where activities[index].status != .cancelled
            && !measured.contains(activities[index].id) && !activities[index].output.isBlank {
            unmeasured.append(activities[index].id)
        }
        guard let first = unmeasured.first else { return }
        let shown = unmeasured.prefix(8).joined(separator: ", ") + (unmeasured.count > 8 ? ", …" : "")
        add(.hint, .outputIndicator, Location(stage: .monitoring, kind: .resultIndicator),
            "\(counted(unmeasured.count, "activity")) with an output \(unmeasured.count == 1 ? "has" : "have")"
                + " no output indicator (\(shown)): link a result indicator to \(unmeasured.count == 1 ? "it" : "them")"
                + " in its Activities field, starting with \(first).")
    }
}
