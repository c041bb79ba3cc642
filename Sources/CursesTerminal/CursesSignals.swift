@preconcurrency import Glibc
import Synchronization

/// The last terminating signal received (SIGTERM, SIGHUP, SIGINT), or 0. The handlers only store
/// it here; ``CursesTerminal/nextKey(timeoutMs:)`` turns it into ``Key/terminate``.
private let pendingSignal = Atomic<Int32>(0)

/// Installs and removes the handlers for the signals that end a session.
struct CursesSignals {
    static let terminating: [Int32] = [SIGTERM, SIGHUP, SIGINT]
    private var previous: [Int32: __sighandler_t?] = [:]

    /// Installs the flag-setting handlers (after curses has installed its own, which they replace).
    mutating func install() {
        _ = pendingSignal.load(ordering: .relaxed)  // initialise the global before any handler can run
        for sig in Self.terminating {
            previous[sig] = signal(sig) { received in
                pendingSignal.store(received, ordering: .relaxed)
            }
        }
    }

    /// Puts back the handlers that were there before ``install()``.
    mutating func restore() {
        for (sig, handler) in previous { signal(sig, handler) }
        previous = [:]
    }

    /// The signal received since the last call, if any (and clears it).
    static func take() -> Int32? {
        let sig = pendingSignal.exchange(0, ordering: .relaxed)
        return sig == 0 ? nil : sig
    }
}
