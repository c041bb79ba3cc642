extension Validator {
    /// The timetable's findings: dependency cycles, fixed starts the dependencies overrule,
    /// activities that end after the horizon or before the measure they serve starts.
    mutating func checkSchedule() {
        let activities = plan.actionPlan.activities
        guard !activities.isEmpty else { return checkFunding(schedule: nil) }
        let schedule = plan.schedule()
        checkFunding(schedule: schedule)
        func named(_ id: EntityID) -> String { schedule.index[id].map { name(activities[$0]) } ?? id }

        for cycle in schedule.cycles {
            let names = listed(cycle.activityIds.map(named))
            let loop = cycle.loop.map { " (" + $0.joined(separator: " → ") + ")" } ?? ""
            add(.error, .scheduleCycle, Location(cycle.activityIds[0], Activity.Field.dependencies),
                "Activities \(names) wait on one another in a cycle\(loop), so none of them can be scheduled. "
                    + "Remove one of these dependencies.")
        }
        if let first = schedule.blocked.first {
            let count = schedule.blocked.count
            let shown = schedule.blocked.prefix(10).joined(separator: ", ") + (count > 10 ? ", …" : "")
            add(.warning, .scheduleBlocked, Location(first, Activity.Field.dependencies),
                "\(count) activit\(count == 1 ? "y comes" : "ies come") after a dependency cycle and "
                    + "\(count == 1 ? "has" : "have") no dates until it is broken: \(shown).")
        }
        for conflict in schedule.fixedStartConflicts {
            add(.warning, .scheduleFixedStart, Location(conflict.activityId, Activity.Field.start),
                "Activity \(named(conflict.activityId)) has a fixed start on \(conflict.fixedStart), but its "
                    + "dependencies allow \(conflict.earliestAllowed) at the earliest; the fixed date is kept.")
        }
        let horizonEnd = Day(year: min(max(plan.meta.lastYear, 1), 9999), month: 12, day: 31)!
        let measureStarts = Dictionary(plan.strategy.measures.compactMap { m in m.startYear.map { (m.id, $0) } },
                                       uniquingKeysWith: { first, _ in first })
        for entry in schedule.activities where activities[entry.index].status != .cancelled {
            let finish = entry.earlyFinish
            // A milestone at the start of 1 January is at the very end of the horizon, not after it.
            if entry.endDay > horizonEnd.dayNumber + 1 {
                add(.warning, .scheduleHorizon, Location(entry.id, Activity.Field.duration),
                    "Activity \(named(entry.id)) finishes on \(finish), after the plan's horizon ends on \(horizonEnd).")
            }
            if let measure = activities[entry.index].measureId, let year = measureStarts[measure], finish.year < year {
                add(.hint, .scheduleBeforeMeasure, Location(entry.id, Activity.Field.measure),
                    "Activity \(named(entry.id)) finishes on \(finish), before its measure \(measure) starts (\(year)): "
                        + "fine for preparatory work; if it delivers the measure, check the dates.")
            }
        }
    }

    /// "A, B and C".
    private func listed(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
