import Foundation

/// When a process ended, as seen from a thread of its own.
///
/// An async test's own polling runs on Swift's cooperative pool, which has one thread per core;
/// long synchronous work elsewhere in the test process can hold every one of them for many
/// seconds, and the test then notices an exit that long after it happened (in full-suite runs on
/// a two-core machine: about 30 s, while the kill and fuzz suites held both threads). So a bound
/// on how fast a program ends is checked against this watch, which polls every 2 ms on a plain
/// thread, not against the time the test took to notice.
final class ExitWatch: @unchecked Sendable {
    private let condition = NSCondition()
    private var finished = false
    private var ended: ContinuousClock.Instant?
    /// When the watch began: take it just before the action whose effect is timed.
    let start = ContinuousClock.now

    /// Starts watching `pid`; gives up after `timeout` (the process is then taken as not ended).
    init(pid: Int32, timeout: Duration = .seconds(60)) {
        let deadline = start + timeout
        let thread = Thread { [self] in
            while processExists(pid), ContinuousClock.now < deadline { usleep(2_000) }
            let gone = !processExists(pid)
            condition.lock()
            ended = gone ? ContinuousClock.now : nil
            finished = true
            condition.broadcast()
            condition.unlock()
        }
        thread.start()
    }

    /// How long after ``start`` the process ended, or nil if it outlived the timeout. Blocks until
    /// the watch knows: call it once the test has seen the process end.
    func elapsed() -> Duration? {
        condition.lock()
        defer { condition.unlock() }
        while !finished { condition.wait() }
        return ended.map { $0 - start }
    }
}
