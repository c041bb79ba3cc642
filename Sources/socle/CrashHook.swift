import Foundation
import Workbench

/// For the tests of what a crash or a stuck loop leaves behind: with `SOCLE_TEST_CRASH` set,
/// F12 makes the workbench fail on purpose. `trap` (a Swift runtime trap, SIGILL or SIGTRAP),
/// `segv` (a bad memory access), `abort`, or `hang` (a loop that never returns, as a runaway
/// computation would). Without the variable, nothing changes.
final class CrashHook: TerminalDevice {
    private let inner: TerminalDevice
    private let kind: String

    private init(_ inner: TerminalDevice, kind: String) {
        self.inner = inner
        self.kind = kind
    }

    static func wrap(_ terminal: TerminalDevice, environment: [String: String]) -> TerminalDevice {
        guard let kind = environment["SOCLE_TEST_CRASH"], !kind.isEmpty else { return terminal }
        return CrashHook(terminal, kind: kind)
    }

    var size: TerminalSize { inner.size }
    var capabilities: TerminalCapabilities { inner.capabilities }
    func present(_ canvas: Canvas) { inner.present(canvas) }
    func setTheme(_ theme: Theme) { inner.setTheme(theme) }
    func suspend() { inner.suspend() }
    func shutdown() { inner.shutdown() }

    func nextKey(timeoutMs: Int) -> Key? {
        let key = inner.nextKey(timeoutMs: timeoutMs)
        if key == .function(12) { fail() }
        return key
    }

    private func fail() {
        switch kind {
        case "segv":
            UnsafeMutablePointer<Int>(bitPattern: 8)!.pointee = 1
        case "abort":
            abort()
        case "hang":
            while true { usleep(10_000) }
        default:
            let values: [Int] = []
            _ = values[Int(getpid()) % 7 + 1]  // index out of range: a Swift trap
        }
    }
}
