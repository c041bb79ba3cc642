import Foundation
import PlanDomain

/// Runs `Analysis.of` on a thread of its own, one at a time, and keeps the last answer until the
/// App takes it (see `App.run`).
final class BackgroundAnalyst: @unchecked Sendable {
    private let condition = NSCondition()
    private var busy = false
    private var answer: Analysis?
    /// The validation of the last plan analysed: the next run re-runs only the rules that read what
    /// changed since (touched only by the one thread running, or under the lock).
    private var validation = Validation()
    /// The request last started.
    private(set) var lastRequest = -1

    var isBusy: Bool { condition.withLock { busy } }

    /// Starts the analyses of `plan` (ignored while others run: the App starts the next after).
    func start(_ plan: Plan, numbers: NumberConvention, today: Day?, schedule: SharedSchedule, request: Int) {
        let started: Bool = condition.withLock {
            guard !busy else { return false }
            busy = true
            return true
        }
        guard started else { return }
        lastRequest = request
        let base = condition.withLock { validation }
        let thread = Thread { [self] in
            let analysis = Analysis.of(plan, numbers: numbers, today: today, sharing: schedule,
                                       request: request, from: base)
            condition.withLock {
                validation = analysis.validation
                answer = analysis
                busy = false
                condition.broadcast()
            }
        }
        thread.name = "socle analyses"
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The answer that arrived, once.
    func take() -> Analysis? {
        condition.withLock {
            defer { answer = nil }
            return answer
        }
    }

    /// Waits until no analysis is under way.
    func wait() {
        condition.withLock {
            while busy { condition.wait() }
        }
    }
}
