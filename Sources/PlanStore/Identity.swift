import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who is editing: the user, the machine and the process, as written in `.lock` and the journal.
public struct Identity: Equatable, Sendable {
    public var user: String
    public var host: String
    public var pid: Int32
    /// The person's name for the journal, where known (see `JournalEntry.author`).
    public var author: String?

    public init(user: String, host: String, pid: Int32, author: String? = nil) {
        self.user = user
        self.host = host
        self.pid = pid
        self.author = author
    }

    /// This process: `$USER` (or the account name), the host name, the process id.
    public static var current: Identity {
        Identity(user: currentUser, host: currentHost, pid: getpid())
    }

    public static var currentUser: String {
        if let name = ProcessInfo.processInfo.environment["USER"], !name.isEmpty { return name }
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid \(geteuid())"
    }

    public static var currentHost: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// True when a process with this id runs on this machine (it may belong to another user).
    /// A zombie (a process that has exited but whose parent has not collected it yet, as happens
    /// for a moment after `kill -9`) counts as gone: it holds nothing any more.
    public static func isAlive(pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        guard kill(pid, 0) == 0 || errno == EPERM else { return false }
        return !isZombie(pid: pid)
    }

    /// Reads the state letter from /proc/PID/stat ("1234 (socle) Z ..."); false where /proc is absent.
    static func isZombie(pid: Int32) -> Bool {
        ProcessProbe.state(pid: pid) == "Z"
    }
}

/// UTC renderings of a time, without locale or calendar surprises.
enum UTCTime {
    private static func parts(_ date: Date) -> tm {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return parts
    }

    private static func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// `20250101T120000Z`: sorts in time order, safe in file names on every filesystem.
    static func compact(_ date: Date) -> String {
        let t = parts(date)
        return "\(t.tm_year + 1900)\(two(t.tm_mon + 1))\(two(t.tm_mday))T"
            + "\(two(t.tm_hour))\(two(t.tm_min))\(two(t.tm_sec))Z"
    }

    /// `2025-01-01 12:00 UTC`, for messages.
    static func readable(_ date: Date) -> String {
        let t = parts(date)
        return "\(t.tm_year + 1900)-\(two(t.tm_mon + 1))-\(two(t.tm_mday)) \(two(t.tm_hour)):\(two(t.tm_min)) UTC"
    }
}
