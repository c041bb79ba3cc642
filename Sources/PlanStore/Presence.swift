import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One session in a plan folder, as the others see it: who, from where, and where they are in
/// the workbench. Each session keeps its own file in `sessions/` (see `SessionRegistry`).
public struct Presence: Codable, Equatable, Sendable {
    /// What the session does with the plan.
    public enum Activity: String, Codable, Sendable {
        case editing
        /// Open read-only (the folder cannot be written).
        case viewing
        /// Showing another session's screen (`socle DIR --follow NAME`); `following` says whose.
        case following
        /// Showing the stages as slides (`socle present DIR`).
        case presenting
    }

    /// The person's name where known, else the account (`amina`).
    public var name: String
    public var user: String
    public var host: String
    public var pid: Int32
    /// The process's start time and boot (see `LockInfo`): on this host they tell a live session
    /// from a crashed one whose pid was reused.
    public var started: UInt64?
    public var boot: String?
    public var token: String
    public var since: Date
    public var activity: Activity
    /// For `following`: the name of the session followed.
    public var following: String?
    /// Where the session is: the stage (0-6), the tab within it and its title, the row selected.
    public var stage: Int
    public var tab: Int
    public var tabTitle: String?
    public var row: Int

    public init(name: String, user: String, host: String, pid: Int32, started: UInt64? = nil, boot: String? = nil,
                token: String = UUID().uuidString, since: Date, activity: Activity, following: String? = nil,
                stage: Int = 0, tab: Int = 0, tabTitle: String? = nil, row: Int = 0) {
        self.name = name
        self.user = user
        self.host = host
        self.pid = pid
        self.started = started
        self.boot = boot
        self.token = token
        self.since = Date(timeIntervalSince1970: since.timeIntervalSince1970.rounded(.down))
        self.activity = activity
        self.following = following
        self.stage = stage
        self.tab = tab
        self.tabTitle = tabTitle
        self.row = row
    }

    /// The presence of process `pid` of this machine, with its start time and the boot id.
    public static func of(name: String, user: String, host: String, pid: Int32, since: Date,
                          activity: Activity, following: String? = nil) -> Presence {
        Presence(name: name, user: user, host: host, pid: pid, started: ProcessProbe.startTime(pid: pid),
                 boot: ProcessProbe.bootID, since: since, activity: activity, following: following)
    }

    /// Whether `name` names this session: its name or its account, ignoring case.
    public func answers(to name: String) -> Bool {
        let wanted = name.lowercased()
        return self.name.lowercased() == wanted || user.lowercased() == wanted
    }

    var lockInfo: LockInfo {
        LockInfo(user: user, host: host, pid: pid, since: since, started: started, boot: boot, token: token)
    }

    var fileData: Data { OneLineJSON.data(self) }

    init?(fileData data: Data) {
        guard let found = OneLineJSON.read(Presence.self, from: data), found.pid > 0, !found.host.isEmpty else { return nil }
        self = found
    }
}

/// The sessions open on one plan folder: one small file each in `sessions/` (kept out of git),
/// written when the session opens and whenever it moves to another stage or tab, refreshed (its
/// modification time) while the session works, and removed when it ends.
///
/// A file left by a session that crashed is never shown: on this host its process is gone (or
/// its pid now belongs to another process); from another host, it has not been refreshed for
/// `staleAfter` seconds. Files of sessions known to be gone are removed by whoever finds them.
public final class SessionRegistry {
    public static let folderName = "sessions"
    static let temporaryPrefix = ".presence.tmp"

    public let directory: String
    public private(set) var me: Presence
    /// How long a session on another host may go without a refresh before it is taken as gone.
    public let staleAfter: TimeInterval
    private var lastRefresh: Date
    private var written = false

    public var fileName: String { "\(me.host)-\(me.pid)-\(me.token.prefix(8)).json" }
    public var path: String { directory + "/" + fileName }

    public init(folder: URL, me: Presence, staleAfter: TimeInterval = 600) {
        self.directory = folder.appendingPathComponent(Self.folderName).path
        self.me = me
        self.staleAfter = staleAfter
        self.lastRefresh = me.since
    }

    /// Writes this session's file (atomically: a temporary file renamed into place); throws when
    /// the folder cannot be written.
    public func announce() throws {
        if (try FileSystem.status(directory)) == nil {
            do {
                try FileSystem.makeDirectory(directory)
            } catch PlanStoreError.io(_, _, EEXIST) {}
        }
        let temporary = try FileSystem.createTemporary(in: directory, prefix: Self.temporaryPrefix, data: me.fileData)
        do {
            try FileSystem.renameReplacing(temporary, to: path)
        } catch {
            try? FileSystem.removeFile(temporary)
            throw error
        }
        written = true
    }

    /// Moves this session to another place; writes the file only when something changed. Returns
    /// false when it could not be written.
    @discardableResult
    public func move(stage: Int, tab: Int, tabTitle: String?, row: Int, activity: Presence.Activity? = nil,
                     following: String?? = nil) -> Bool {
        var next = me
        next.stage = stage
        next.tab = tab
        next.tabTitle = tabTitle
        next.row = row
        if let activity { next.activity = activity }
        if let following { next.following = following }
        guard next != me || !written else { return true }
        me = next
        return (try? announce()) != nil
    }

    /// Marks this session as still here (its file's modification time), at most every 30 seconds.
    public func refresh(now: Date = Date()) {
        guard written, now.timeIntervalSince(lastRefresh) >= 30 else { return }
        lastRefresh = now
        _ = utimensat(AT_FDCWD, path, nil, 0)
    }

    /// The other sessions open on the plan, oldest first; files of sessions that are gone are
    /// left out (and removed when they are of this host).
    public func others(now: Date = Date()) -> [Presence] {
        SessionRegistry.sessions(in: directory, now: now, staleAfter: staleAfter, removingGone: true)
            .filter { $0.token != me.token }
    }

    /// Removes this session's file.
    public func leave() {
        guard written else { return }
        written = false
        try? FileSystem.removeFile(path)
    }

    deinit {
        leave()
    }

    /// The live sessions whose files are in `directory`, oldest first.
    public static func sessions(in directory: String, now: Date = Date(), staleAfter: TimeInterval = 600,
                                removingGone: Bool = false) -> [Presence] {
        let host = Identity.currentHost
        var found: [Presence] = []
        for name in (try? FileSystem.names(in: directory)) ?? [] {
            let path = directory + "/" + name
            if name.hasPrefix(temporaryPrefix + "-") {
                if removingGone, isGoneTemporary(name) { try? FileSystem.removeFile(path) }
                continue
            }
            guard name.hasSuffix(".json"), let status = try? FileSystem.status(path),
                  let data = try? FileSystem.readFile(path, limit: 64 * 1024) else { continue }
            guard let presence = Presence(fileData: data) else { continue }
            if presence.host == host {
                guard presence.lockInfo.holderRuns else {
                    if removingGone { try? FileSystem.removeFile(path) }
                    continue
                }
            } else if now.timeIntervalSince(status.modified) > staleAfter {
                continue
            }
            found.append(presence)
        }
        return found.sorted { ($0.since, $0.pid) < ($1.since, $1.pid) }
    }

    private static func isGoneTemporary(_ name: String) -> Bool {
        let pid = name.dropFirst(temporaryPrefix.count + 1).prefix { $0 != "-" }
        return Int32(pid).map { !Identity.isAlive(pid: $0) } ?? false
    }
}
