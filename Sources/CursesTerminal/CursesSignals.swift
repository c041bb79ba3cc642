@preconcurrency import CNcurses
@preconcurrency import Glibc
import SessionGuard

/// The signals that end a session, through ``SessionGuard`` (C, async-signal-safe):
///
/// - SIGTERM, SIGHUP and SIGINT are recorded and wake the input loop through a pipe, so
///   ``CursesTerminal/nextKey(timeoutMs:)`` can block with no timeout and still return
///   ``Key/terminate`` at once. If the loop does not take the signal within ``watchdogMs``
///   (a computation that runs long), a watchdog gives the terminal back, writes the recovery file
///   prepared by the app, removes the lock and exits with 128 + the signal.
/// - Crashes (SIGSEGV, SIGILL — a Swift trap —, SIGABRT, SIGBUS, SIGFPE, SIGTRAP) give the terminal
///   back, write the recovery file, remove the lock and end the process at once with the same
///   signal, rather than leaving a raw terminal while Swift's backtracer works (it runs after the
///   cleanup only when SWIFT_BACKTRACE is set).
struct CursesSignals {
    /// How long the input loop has to take a terminating signal before the watchdog ends the session.
    static let watchdogMs: Int32 = 2000
    private(set) var wakeDescriptor: Int32 = -1

    /// Installs the handlers; call after curses started (its own handlers are replaced, and those
    /// of Swift's runtime, installed at launch, run after ours only when chained).
    mutating func install(restoreBytes: [UInt8], chainCrashes: Bool) {
        restoreBytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                socle_guard_set_terminal(STDOUT_FILENO, $0, buffer.count)
            }
        }
        socle_guard_capture_stderr()
        socle_guard_install_crash_handlers(chainCrashes ? 1 : 0)
        wakeDescriptor = socle_guard_install_terminating(Self.watchdogMs)
    }

    /// The terminal was given back normally: stop restoring it, and put the default actions back.
    mutating func restore() {
        socle_guard_restore_terminating()
        socle_guard_clear_terminal()
        socle_guard_release_stderr()
        wakeDescriptor = -1
    }

    /// The signal received since the last call, if any (and clears it). Tells the watchdog the loop
    /// has it in hand.
    static func take() -> Int32? {
        let sig = socle_guard_take_signal()
        guard sig != 0 else { return nil }
        socle_guard_drain_wake()
        socle_guard_signal_handled()
        return sig
    }

    /// The bytes that give a terminal back to the shell, read from terminfo now (a handler cannot
    /// ask curses): stop mouse reporting, normal attributes, a visible cursor, the keypad's normal
    /// mode, and leave the alternate screen.
    static func restoreSequence(mouse: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        if mouse { bytes += Array("\u{1B}[?1006l\u{1B}[?1000l".utf8) }
        for name in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { continue }
            bytes += Array(String(cString: value).utf8)
        }
        bytes += Array("\r\n".utf8)
        return bytes
    }
}
