import Foundation
@preconcurrency import Glibc
import Workbench

/// Asks the terminal whether its background is dark or light, before curses takes it: COLORFGBG
/// when the terminal sets it, else an OSC 11 query answered within `timeout` milliseconds. Quiet
/// when there is no answer (vt100, the Linux console, some SSH clients): nil then.
enum BackgroundQuery {
    static func detect(environment: [String: String], timeout: Int = 100) -> TerminalBackground? {
        if let value = environment["COLORFGBG"], let found = TerminalBackground(colorFGBG: value) { return found }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb", isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return nil }
        let fd = open("/dev/tty", O_RDWR | O_NOCTTY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var saved = termios()
        guard tcgetattr(fd, &saved) == 0 else { return nil }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutablePointer(to: &raw.c_cc) { pointer in
            pointer.withMemoryRebound(to: cc_t.self, capacity: Int(NCCS)) { cc in
                cc[Int(VMIN)] = 0
                cc[Int(VTIME)] = 0
            }
        }
        guard tcsetattr(fd, TCSANOW, &raw) == 0 else { return nil }
        // TCSAFLUSH drops whatever of the answer comes in before the settings are restored.
        defer { tcsetattr(fd, TCSAFLUSH, &saved) }
        let query = TerminalBackground.query
        guard query.withUnsafeBufferPointer({ write(fd, $0.baseAddress, $0.count) }) == query.count else { return nil }
        var reply: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 256)
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(timeout) * 1_000_000
        while !TerminalBackground.isComplete(reply), reply.count < 4096 {
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else { break }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32((deadline - now) / 1_000_000) + 1)
            guard ready > 0 else { break }
            let count = buffer.withUnsafeMutableBufferPointer { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            reply += buffer[0..<count]
        }
        return TerminalBackground(osc11Reply: reply)
    }
}
