import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What this machine says about a process, from /proc (Linux). Where /proc is absent every
/// answer is nil, and callers fall back to whether the pid exists.
public enum ProcessProbe {
    /// The process's state letter (`R`, `S`, `T` stopped, `t` stopped by a tracer, `Z` zombie...).
    public static func state(pid: Int32) -> Character? {
        fields(pid: pid)?.first?.first
    }

    /// When the process started, in clock ticks after boot (/proc/PID/stat field 22): with the
    /// boot id, it tells a process from a later one that reuses its pid.
    public static func startTime(pid: Int32) -> UInt64? {
        // fields() starts at field 3 (the state), so field 22 is at index 19.
        guard let fields = fields(pid: pid), fields.count > 19 else { return nil }
        return UInt64(fields[19])
    }

    /// This boot's id (/proc/sys/kernel/random/boot_id): a pid and start time only mean something
    /// within one boot.
    public static let bootID: String? = {
        guard let data = FileManager.default.contents(atPath: "/proc/sys/kernel/random/boot_id") else { return nil }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }()

    /// True when the process is stopped (kill -STOP, Ctrl-Z, a tracer): it cannot answer or save.
    public static func isStopped(pid: Int32) -> Bool {
        guard let state = state(pid: pid) else { return false }
        return state == "T" || state == "t"
    }

    /// The fields of /proc/PID/stat after the command name, which is in parentheses and may hold
    /// spaces or parentheses itself: the state is the first.
    static func fields(pid: Int32) -> [Substring]? {
        guard pid > 0, let data = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        guard let close = text.lastIndex(of: ")") else { return nil }
        return text[text.index(after: close)...].split(separator: " ")
    }
}
