/// The timetable the critical path method gives the action plan.
///
/// Days are calendar days, counted as day numbers (see `Day.dayNumber`). An activity of duration d
/// that starts on day s occupies the days s … s + d − 1: it starts at the beginning of day s and
/// finishes at the end of day s + d − 1. Internally it runs over the half-open span [s, s + d).
/// A milestone (or any activity of no duration) happens at a point: the start of its day, so its
/// start and finish are that same day.
///
/// - Finish to start with lag L: the successor starts on or after the predecessor's finish + 1 + L
///   (a milestone as predecessor: on or after its day + L, the same day when L = 0).
/// - Start to start with lag L: the successor starts on or after the predecessor's start + L.
/// - A lag may be negative (a lead).
/// - An activity without a fixed start starts no earlier than the plan's start date (1 January of
///   the first year when the timetable has none) and its not-earlier-than date.
/// - A fixed start pins the early start; when the predecessors (or the not-earlier-than date)
///   would push it later, that is a conflict and the fixed date still holds.
/// - A cancelled activity takes no time but keeps its links, so work after it still waits for the
///   work before it. It is never critical.
/// - The backward pass starts from the plan's finish (the latest early finish): late finish, late
///   start, total float = late start − early start, critical when float ≤ 0.
/// - Activities in a dependency cycle, or after one, get no dates.
public struct Schedule: Equatable, Sendable {
    /// The day the timetable starts from.
    public var start: Day
    /// The scheduled activities, in plan order (activities in or after a cycle are missing).
    public var activities: [ScheduledActivity]
    /// The day the last activity finishes; nil when nothing could be scheduled.
    public var finish: Day?
    public var cycles: [DependencyCycle]
    /// Activities that follow a cycle without being in one, in plan order: they have no dates either.
    public var blocked: [EntityID]
    public var fixedStartConflicts: [FixedStartConflict]
    /// What is late against the schedule on `today` (empty when no day was given).
    public var late: [Lateness]
    /// Activity ids to their place in the plan, and places in the plan to places in `activities` (−1: no dates).
    let index: IDIndex
    let slots: [Int]
    /// Per place in the plan, whether every dependency of the activity names another activity that
    /// exists (see `ScheduleNetwork.linksFound`).
    let linksFound: [Bool]

    /// The scheduled activity at `position` of the plan's activities (nil: it has no dates).
    func entry(at position: Int) -> ScheduledActivity? {
        position < slots.count && slots[position] >= 0 ? activities[slots[position]] : nil
    }

    /// `self[id]` when the activity at `position` has that id: its entry when it is the first with
    /// its id (a later one with the same id has none), without looking the id up when ids are unique.
    func entry(at position: Int, id: EntityID) -> ScheduledActivity? {
        index.isFirst(id, at: position) ? entry(at: position) : nil
    }

    public subscript(id: EntityID) -> ScheduledActivity? {
        guard let place = index[id], slots[place] >= 0 else { return nil }
        return activities[slots[place]]
    }

    /// The critical activities, by early start then plan order.
    public var criticalPath: [ScheduledActivity] {
        activities.filter(\.critical).sorted { ($0.startDay, $0.index) < ($1.startDay, $1.index) }
    }

    public static func == (a: Schedule, b: Schedule) -> Bool {
        a.start == b.start && a.activities == b.activities && a.finish == b.finish && a.cycles == b.cycles
            && a.blocked == b.blocked && a.fixedStartConflicts == b.fixedStartConflicts && a.late == b.late
    }
}

/// One activity's place in the schedule. Day numbers are kept for drawing; the `Day` properties
/// give the calendar dates.
public struct ScheduledActivity: Equatable, Sendable {
    public var id: EntityID
    /// Its position in `plan.actionPlan.activities`.
    public var index: Int
    /// The days it lasts in the schedule (0 for milestones and cancelled activities).
    public var duration: Int
    /// Early start day number, and the day number just after it finishes (start + duration).
    public var startDay: Int
    public var endDay: Int
    public var lateStartDay: Int
    public var lateEndDay: Int
    public var totalFloat: Int
    public var critical: Bool

    public var earlyStart: Day { Day(dayNumber: startDay) }
    public var earlyFinish: Day { Day(dayNumber: duration == 0 ? startDay : endDay - 1) }
    public var lateStart: Day { Day(dayNumber: lateStartDay) }
    public var lateFinish: Day { Day(dayNumber: duration == 0 ? lateStartDay : lateEndDay - 1) }
    /// The day number of its last day (its own day for a milestone).
    public var finishDay: Int { duration == 0 ? startDay : endDay - 1 }
}

/// A fixed start that the dependencies (or the not-earlier-than date) would push later.
public struct FixedStartConflict: Equatable, Sendable {
    public var activityId: EntityID
    public var fixedStart: Day
    /// The earliest start the dependencies and the not-earlier-than date allow.
    public var earliestAllowed: Day
}

extension Plan {
    /// The day the timetable starts: the action plan's start date, or 1 January of the first year.
    public var scheduleStart: Day {
        actionPlan.startDate ?? Day(year: min(max(meta.firstYear, 1), 9999), month: 1, day: 1)!
    }

    /// The critical-path schedule of the action plan; `today`, when given, is used only to find
    /// what is late.
    public func schedule(today: Day? = nil) -> Schedule {
        schedule(today: today, index: nil)
    }

    /// `schedule(today:)`, with the index of the activities' ids when the caller has it (else
    /// built here).
    func schedule(today: Day?, index: IDIndex?) -> Schedule {
        let activities = actionPlan.activities
        let network = ScheduleNetwork(activities, index: index)
        let order = network.topologicalOrder()
        let origin = scheduleStart.dayNumber
        let unset = ScheduleNetwork.none
        var early = [Int](repeating: unset, count: network.count)
        var conflicts: [FixedStartConflict] = []
        for i in order {
            // The bound the links and the not-earlier-than date set, apart from the plan's start.
            var bound = network.notEarlierThan[i]
            for e in network.incomingStart[i]..<network.incomingStart[i + 1] {
                let edge = network.incoming[e]
                let p = edge.other
                bound = max(bound, edge.startToStart ? early[p] + edge.lag : early[p] + network.durations[p] + edge.lag)
            }
            let fixed = network.fixedStarts[i]
            if fixed != unset {
                if bound > fixed {
                    conflicts.append(FixedStartConflict(activityId: activities[i].id, fixedStart: Day(dayNumber: fixed),
                                                        earliestAllowed: Day(dayNumber: bound)))
                }
                early[i] = fixed
            } else {
                early[i] = max(origin, bound)
            }
        }
        var projectEnd = unset
        for i in order { projectEnd = max(projectEnd, early[i] + network.durations[i]) }
        var lateStart = [Int](repeating: unset, count: network.count)
        var lateEnd = [Int](repeating: unset, count: network.count)
        for i in order.reversed() {
            let d = network.durations[i]
            var latest = projectEnd
            for e in network.outgoingStart[i]..<network.outgoingStart[i + 1] {
                let edge = network.outgoing[e]
                // A successor in or after a cycle has no dates and does not hold this one back.
                guard lateStart[edge.other] != unset else { continue }
                let bound = edge.startToStart ? lateStart[edge.other] - edge.lag + d : lateStart[edge.other] - edge.lag
                latest = min(latest, bound)
            }
            lateEnd[i] = latest
            lateStart[i] = latest - d
        }
        var scheduled: [ScheduledActivity] = []
        scheduled.reserveCapacity(order.count)
        var slots = [Int](repeating: -1, count: network.count)
        var finishDay = unset
        for i in 0..<network.count where early[i] != unset {
            let d = network.durations[i]
            let float = lateStart[i] - early[i]
            slots[i] = scheduled.count
            finishDay = max(finishDay, d == 0 ? early[i] : early[i] + d - 1)
            scheduled.append(ScheduledActivity(
                id: activities[i].id, index: i, duration: d, startDay: early[i], endDay: early[i] + d,
                lateStartDay: lateStart[i], lateEndDay: lateEnd[i], totalFloat: float,
                critical: float <= 0 && activities[i].status != .cancelled))
        }
        var cycles: [DependencyCycle] = []
        var blocked: [EntityID] = []
        if order.count < network.count {
            let left = (0..<network.count).filter { early[$0] == unset }
            let components = network.cycles(among: left)
            let inCycle = Set(components.joined())
            cycles = components.map { component in
                DependencyCycle(activityIds: component.map { activities[$0].id },
                                loop: network.loop(component)?.map { activities[$0].id })
            }
            blocked = left.filter { !inCycle.contains($0) }.map { activities[$0].id }
        }
        var schedule = Schedule(start: scheduleStart, activities: scheduled,
                                finish: finishDay == unset ? nil : Day(dayNumber: finishDay), cycles: cycles,
                                blocked: blocked, fixedStartConflicts: conflicts, late: [],
                                index: network.index, slots: slots, linksFound: network.linksFound)
        if let today { schedule.late = lateness(schedule, today: today) }
        return schedule
    }
}
