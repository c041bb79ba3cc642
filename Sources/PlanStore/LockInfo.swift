import Foundation

/// The content of a plan's `.lock`: who holds the plan for editing, from where, since when.
public struct LockInfo: Codable, Equatable, Sendable, CustomStringConvertible {
    public var user: String
    public var host: String
    public var pid: Int32
    public var since: Date
    /// When the process started, in clock ticks after boot, and the boot's id: on this host they
    /// tell the holder from an unrelated process that got its pid later. Absent in older locks.
    public var started: UInt64?
    public var boot: String?
    /// A random word that makes this lock unlike any other, even one of the same process.
    public var token: String?

    public init(user: String, host: String, pid: Int32, since: Date, started: UInt64? = nil, boot: String? = nil,
                token: String? = nil) {
        self.user = user
        self.host = host
        self.pid = pid
        // The file keeps whole seconds; so does the value, so that the two compare equal.
        self.since = Date(timeIntervalSince1970: since.timeIntervalSince1970.rounded(.down))
        self.started = started
        self.boot = boot
        self.token = token
    }

    /// The lock of process `pid` of this machine, with its start time, the boot id and a fresh token.
    static func of(user: String, host: String, pid: Int32, since: Date) -> LockInfo {
        LockInfo(user: user, host: host, pid: pid, since: since, started: ProcessProbe.startTime(pid: pid),
                 boot: ProcessProbe.bootID, token: UUID().uuidString)
    }

    /// Whether the process that wrote this lock still runs on this machine: its pid is alive and,
    /// where the lock recorded them, in the same boot and started at the same time (otherwise the
    /// pid now belongs to an unrelated process).
    var holderRuns: Bool {
        if let boot, let current = ProcessProbe.bootID, boot != current { return false }
        guard Identity.isAlive(pid: pid) else { return false }
        if let started, let now = ProcessProbe.startTime(pid: pid), now != started { return false }
        return true
    }

    public var description: String {
        "\(user) on \(host) (process \(pid)), since \(UTCTime.readable(since))"
    }

    /// The lock as file content: one line of JSON.
    var fileData: Data { OneLineJSON.data(self) }

    /// Reads lock file content; nil when it is not a lock this Socle could have written.
    init?(fileData data: Data) {
        guard let info = OneLineJSON.read(LockInfo.self, from: data), info.pid > 0, !info.host.isEmpty else { return nil }
        self = info
    }
}

/// The small files that say who is where (`.lock`, `sessions/`): one line of JSON, keys sorted,
/// times in ISO 8601.
enum OneLineJSON {
    static func data(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var data = (try? encoder.encode(value)) ?? Data()
        data.append(UInt8(ascii: "\n"))
        return data
    }

    static func read<T: Decodable>(_ type: T.Type, from data: Data) -> T? {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(type, from: data)
    }
}

/// Why a store was opened read-only.
public enum ReadOnlyReason: Equatable, Sendable, CustomStringConvertible {
    /// Another session holds the lock: a live process on this machine, or a session on another
    /// machine (whose process cannot be checked from here).
    case heldBy(LockInfo, onThisHost: Bool)
    /// `.lock` exists but cannot be read as a lock.
    case unreadableLock(String)
    /// The lock could not be created (a read-only folder, no permission).
    case cannotLock(String)
    /// plan.json itself is not writable (its permissions say so).
    case planNotWritable
    /// The plan folder is on a file system mounted read-only.
    case readOnlyFileSystem
    /// plan.json or the plan folder (`what` says which) has the immutable attribute: no one, not
    /// even its owner or root, may change it until the attribute is removed.
    case immutable(String)
    /// The session asked for it (following another session, presenting); the words say what it does.
    case requested(String)

    public var description: String {
        switch self {
        case .requested(let what):
            return what
        case .heldBy(let holder, true):
            return "\(holder) is editing it; quit that session first, or, if it is stuck or abandoned, take the"
                + " lock over (`socle DIR --force`, or T in a read-only workbench; that session then writes nothing more)"
        case .heldBy(let holder, false):
            return "\(holder) is editing it; if that session is gone for good, take the lock over (`socle DIR"
                + " --force`, or open with force)"
        case .unreadableLock(let detail):
            return "the lock file is unreadable (\(detail)); if no one else is editing, open with force"
                + " to take it over"
        case .cannotLock(let detail):
            return "cannot lock it for editing (\(detail))"
        case .planNotWritable:
            return "plan.json is not writable (its file permissions; chmod u+w plan.json if it is yours)"
        case .readOnlyFileSystem:
            return "the plan folder is on a read-only file system (a read-only mount); copy the folder to a"
                + " writable place to edit it"
        case .immutable(let what):
            return "\(what) is immutable (its i attribute, shown by lsattr; chattr -i, as root, removes it)"
        }
    }
}
