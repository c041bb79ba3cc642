extension Validator {
    /// The action plan's schedule, computed once per validation (the steps that read it share it),
    /// or the one being worked out elsewhere (`sharedSchedule`: waited for).
    mutating func schedule() -> Schedule {
        if let scheduleCache { return scheduleCache }
        let schedule = sharedSchedule?.value ?? plan.schedule()
        scheduleCache = schedule
        return schedule
    }

    /// Where the entry of the activity at `position` lies in `scheduleEntries.activities` (nil for
    /// none), for a check of each activity to read the fields it needs in place: a copy of the
    /// entry retains and releases its id.
    mutating func scheduledSlot(at position: Int) -> Int? {
        if scheduleEntries.slots.count != plan.actionPlan.activities.count { _ = schedule() }
        guard position < scheduleEntries.slots.count else { return nil }
        let slot = scheduleEntries.slots[position]
        return slot >= 0 ? slot : nil
    }

    /// Whether every dependency of the activity at `position` names another activity that exists,
    /// as the schedule's network found when it looked them up: then the dependency rules (a missing
    /// activity, the activity itself) have nothing to find, with no lookup of their own (21,000 in a
    /// national plan, each likely a miss in memory). False, so that the rules look, when the
    /// schedule is not at hand (never waited for) or when two activities share an id (a dependency
    /// on the shared id names the first, which the network cannot tell from the activity itself).
    mutating func dependenciesFound(at position: Int) -> Bool {
        if linksFoundCache == nil {
            if scheduleCache == nil, let sharedSchedule, sharedSchedule.isKnown { scheduleCache = sharedSchedule.value }
            linksFoundCache = scheduleCache?.linksFound ?? []
        }
        guard let found = linksFoundCache, found.count == plan.actionPlan.activities.count,
              positions.idsUnique(.activity) else { return false }
        return found[position]
    }

    /// The day number of the last day of the plan's horizon (31 December of its last year),
    /// worked out once per validator.
    mutating func horizonEndDay() -> Int {
        if let horizonEndCache { return horizonEndCache }
        let day = Day.firstDayNumber(year: min(max(plan.meta.lastYear, 1), 9999) + 1) - 1
        horizonEndCache = day
        return day
    }

    /// The timetable's findings: the funding timetable, dependency cycles, fixed starts the
    /// dependencies overrule (then, activity by activity, `checkScheduledDates(of:at:)`).
    mutating func checkSchedule() {
        let activities = plan.actionPlan.activities
        guard !activities.isEmpty else { return checkFunding(schedule: nil) }
        let schedule = schedule()
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
    }

    /// An activity that ends after the horizon or before the measure it serves starts. Reads the
    /// activity, its dates in the schedule (see `scheduleMarks()`), the measures' start years and
    /// the horizon.
    mutating func checkScheduledDates(of activity: Activity, at position: Int) {
        guard activity.status != .cancelled, let slot = scheduledSlot(at: position) else { return }
        // Compared as day numbers: a date is written only for a finding.
        let horizonEnd = horizonEndDay()
        // The entry's day numbers read where it lies: a field read from `scheduleEntries.activities[slot]`
        // copies the entry.
        let (duration, startDay, endDay) = scheduleEntries.activities.withUnsafeBufferPointer { entries in
            let entry = entries.baseAddress! + slot
            return (entry.pointee.duration, entry.pointee.startDay, entry.pointee.endDay)
        }
        let finishDay = duration == 0 ? startDay : endDay - 1
        // A milestone at the start of 1 January is at the very end of the horizon, not after it.
        let afterHorizon = endDay > horizonEnd + 1
        // The measure's start year (its first entity with the id), found through the index.
        let measure = activity.measureId
        let measureYear = measure.flatMap { positions.position(of: $0, .measure) }
            .flatMap { plan.strategy.measures[$0].startYear }
            .flatMap { year in
                // A year far outside the plan's range is compared as a year (its first day's number
                // would overflow).
                let before = PlanYears.valid.contains(year) ? finishDay < Day.firstDayNumber(year: year)
                    : Day.year(ofDayNumber: finishDay) < year
                return before ? year : nil
            }
        guard afterHorizon || measureYear != nil else { return }
        // An activity whose id an earlier one also has is named after that one (as the schedule
        // names it). The dates are written with the text, when it is read.
        let id = activity.id
        let named = positions.isFirst(id, at: position, .activity) ? Named(activity)
            : positions.position(of: id, .activity).map { Named(plan.actionPlan.activities[$0]) } ?? Named(id: id, title: "")
        if afterHorizon {
            add(.warning, .scheduleHorizon, Location(id, Activity.Field.duration)) {
                "Activity \(named) finishes on \(Day(dayNumber: finishDay)), after the plan's horizon ends on "
                    + "\(Day(dayNumber: horizonEnd))."
            }
        }
        if let measure, let year = measureYear {
            add(.hint, .scheduleBeforeMeasure, Location(id, Activity.Field.measure)) {
                "Activity \(named) finishes on \(Day(dayNumber: finishDay)), before its measure \(measure) starts "
                    + "(\(year)): fine for preparatory work; if it delivers the measure, check the dates."
            }
        }
    }

    /// What `checkScheduledDates(of:at:)` reads of the schedule for each activity, in plan order:
    /// its dates; nil (check it again) for an activity with the same id as an earlier one.
    mutating func scheduleMarks() -> [ScheduleMark?] {
        let activities = plan.actionPlan.activities
        let schedule = schedule()
        let index = positions[.activity] ?? IDIndex()
        return activities.withUnsafeBufferPointer { activities in
            activities.indices.map { position -> ScheduleMark? in
                if !index.isFirst(activities[position].id, at: position) { return nil }
                guard let entry = schedule.entry(at: position) else { return ScheduleMark(start: -1, end: -1) }
                return ScheduleMark(start: entry.startDay, end: entry.endDay)
            }
        }
    }

    /// "A, B and C".
    private func listed(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
