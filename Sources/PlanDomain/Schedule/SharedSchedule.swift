import Foundation

/// A plan's schedule (lateness judged on a day), worked out once by whichever thread needs it
/// first; any other that needs it meanwhile waits for it, none works it out again.
///
/// What lets the rules start before the schedule is known: the workbench hands one to its
/// background analyses and reads the same one for the screens that show dates. The rules that do
/// not read the schedule run while it is worked out (on the input thread for a screen that shows
/// it, else on one of the analyses' cores), the others once it is there (see
/// ``Validation/updateWithBudget(to:numbers:today:schedule:)-(_,_,_,SharedSchedule)``).
public final class SharedSchedule: Equatable, @unchecked Sendable {
    private let condition = NSCondition()
    private var state: State
    /// The action plan's activities, for a check that a schedule is this plan's.
    public let activityCount: Int

    private enum State {
        case waiting(plan: Plan, today: Day?)
        case underWay
        case known(Schedule)
    }

    /// The schedule of `plan`, lateness judged on `today` (see `Plan.schedule(today:)`), not worked
    /// out yet.
    public init(of plan: Plan, today: Day?) {
        state = .waiting(plan: plan, today: today)
        activityCount = plan.actionPlan.activities.count
    }

    /// A schedule already worked out.
    public init(_ schedule: Schedule) {
        state = .known(schedule)
        activityCount = schedule.slots.count
    }

    /// The schedule: worked out here if no thread has started it, else waited for.
    public var value: Schedule {
        if let schedule = workOut(waiting: true) { return schedule }
        preconditionFailure("a schedule waited for is known")
    }

    /// Whether it is known already (no wait).
    public var isKnown: Bool {
        condition.withLock { if case .known = state { true } else { false } }
    }

    /// Works the schedule out here when no thread has started it; returns at once when another
    /// is working it out, or has.
    public func start() {
        _ = workOut(waiting: false)
    }

    /// `start()`, with the index of the plan's activities' ids when the caller has built it (the
    /// schedule then does not build it again).
    func start(index: IDIndex?) {
        _ = workOut(waiting: false, index: index)
    }

    /// Works the schedule out if nobody has started it; else waits for it (`waiting`) or returns
    /// nil when it is under way elsewhere.
    private func workOut(waiting: Bool, index: IDIndex? = nil) -> Schedule? {
        let task: (Plan, Day?)? = condition.withLock {
            switch state {
            case .known: return nil
            case .underWay: return nil
            case .waiting(let plan, let today):
                state = .underWay
                return (plan, today)
            }
        }
        if let (plan, today) = task {
            let schedule = plan.schedule(today: today, index: index)
            condition.withLock {
                state = .known(schedule)
                condition.broadcast()
            }
            return schedule
        }
        return condition.withLock {
            while true {
                if case .known(let schedule) = state { return schedule }
                if !waiting { return nil }
                condition.wait()
            }
        }
    }

    /// The same schedule (the same one shared, or two with the same entries, worked out to compare).
    public static func == (a: SharedSchedule, b: SharedSchedule) -> Bool {
        a === b || a.value == b.value
    }
}
