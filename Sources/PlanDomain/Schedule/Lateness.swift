/// An activity that is behind its schedule on a given day, and by how much.
///
/// Done and cancelled activities are never late. Any other activity is late when, on `today`:
/// - it should have finished: today is after its early finish (overdue by today − early finish);
/// - it should have started and has not (no actual start, not in progress): today is after its
///   early start (late by today − early start);
/// - it started after its early start (late by actual start − early start);
/// - its status says it is delayed (then it counts as late even by 0 days).
/// The days late are the largest of these.
public struct Lateness: Equatable, Sendable {
    public enum Reason: String, Equatable, Sendable, CaseIterable {
        case overdue, notStarted, startedLate, reportedDelayed

        public var label: String {
            switch self {
            case .overdue: "past its finish"
            case .notStarted: "not started"
            case .startedLate: "started late"
            case .reportedDelayed: "reported delayed"
            }
        }
    }

    public var activityId: EntityID
    public var daysLate: Int
    public var reasons: [Reason]
}

extension Plan {
    /// The late activities on `today`, in plan order.
    func lateness(_ schedule: Schedule, today: Day) -> [Lateness] {
        let now = today.dayNumber
        var late: [Lateness] = []
        let activities = actionPlan.activities
        for entry in schedule.activities {
            let status = activities[entry.index].status, actualStart = activities[entry.index].actualStart
            guard status != .done, status != .cancelled else { continue }
            var reasons: [Lateness.Reason] = []
            var days = 0
            if now > entry.finishDay {
                reasons.append(.overdue)
                days = max(days, now - entry.finishDay)
            }
            let started = actualStart != nil || status == .inProgress
            if !started, entry.duration > 0, now > entry.startDay {
                reasons.append(.notStarted)
                days = max(days, now - entry.startDay)
            }
            if let actual = actualStart?.dayNumber, actual > entry.startDay {
                reasons.append(.startedLate)
                days = max(days, actual - entry.startDay)
            }
            if status == .delayed { reasons.append(.reportedDelayed) }
            if !reasons.isEmpty { late.append(Lateness(activityId: entry.id, daysLate: days, reasons: reasons)) }
        }
        return late
    }
}
