import Foundation
import PlanDomain

/// Changes a session could not save, kept in a recovery file so that the next session on the
/// plan can restore them: confirmed edits whose save failed (a full disk, a read-only folder, a
/// lock taken over), when the session ended by a quit the user chose, a signal, a crash or a
/// takeover.
///
/// The file is JSON: who and when, why, the edits in order (applied again on restore, as one
/// change), and the whole plan as that session had it (for a person to compare or copy by hand).
public struct RecoveryFile: Codable, Equatable, Sendable {
    public static let format = "socle-recovery"

    public var format: String = RecoveryFile.format
    /// The plan folder it belongs to (absolute).
    public var folder: String
    public var user: String
    public var host: String
    public var pid: Int32
    public var time: Date
    /// Why the changes were not saved ("the disk is full", "SIGHUP: the terminal went away").
    public var reason: String
    /// The unsaved edits, oldest first.
    public var edits: [Edit]
    /// The plan with those edits, as the session had it.
    public var plan: Plan

    public init(folder: String, user: String, host: String, pid: Int32, time: Date, reason: String, edits: [Edit],
                plan: Plan) {
        self.folder = folder
        self.user = user
        self.host = host
        self.pid = pid
        self.time = Date(timeIntervalSince1970: time.timeIntervalSince1970.rounded(.down))
        self.reason = reason
        self.edits = edits
        self.plan = plan
    }

    /// One line for a person: "3 changes by ana@laptop, 2025-06-01 10:02 UTC (the disk is full)".
    public var summary: String {
        let count = edits.count == 1 ? "1 unsaved change" : "\(edits.count) unsaved changes"
        return "\(count) by \(user)@\(host), \(UTCTime.readable(time)) (\(reason))"
    }

    /// The file's content.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var data = try encoder.encode(self)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    static func decode(_ data: Data) throws -> RecoveryFile {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let file = try decoder.decode(RecoveryFile.self, from: data)
        guard file.format == format else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "not a Socle recovery file"))
        }
        return file
    }
}

/// Where recovery files go, and finding them again.
///
/// First choice: `recovery/` in the plan folder, `recovery/<UTC time>-<pid>.json`. When the
/// plan folder cannot be written (which is often why the save failed), the same name under
/// `$XDG_STATE_HOME/socle/recovery/<folder name>-<hash of its path>/` (`~/.local/state` by
/// default). Both are looked at when the plan is opened.
public struct RecoveryPlace: Equatable, Sendable {
    public static let folderName = "recovery"

    public let folder: PlanFolder
    /// The fallback folder for this plan under the state home, nil when there is no home.
    public let fallbackFolder: URL?

    /// `folder` is resolved (symbolic links followed), so the plan has one place under the state
    /// home however it is reached.
    public init(folder: URL, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let planFolder = PlanFolder(folder.resolvingSymlinksInPath())
        self.folder = planFolder
        fallbackFolder = Self.stateHome(environment).map {
            $0.appendingPathComponent("socle/recovery", isDirectory: true)
                .appendingPathComponent(Self.key(for: planFolder.path), isDirectory: true)
        }
    }

    public var primaryFolder: URL { folder.url.appendingPathComponent(Self.folderName, isDirectory: true) }

    /// The two paths for a new recovery file of process `pid` at `time`: in the plan folder, and
    /// the fallback.
    public func paths(pid: Int32, time: Date) -> (primary: String, fallback: String?) {
        let name = "\(UTCTime.compact(time))-\(pid).json"
        return (primaryFolder.appendingPathComponent(name).path, fallbackFolder?.appendingPathComponent(name).path)
    }

    /// Writes `file` atomically where it can; returns the path written.
    @discardableResult
    public func write(_ file: RecoveryFile, pid: Int32) throws -> String {
        let data = try file.encoded()
        let (primary, fallback) = paths(pid: pid, time: file.time)
        var firstError: Error?
        for path in [primary, fallback].compactMap({ $0 }) {
            do {
                let directory = (path as NSString).deletingLastPathComponent
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                let temporary = try FileSystem.createTemporary(in: directory, prefix: ".recovery.tmp", data: data)
                do {
                    try FileSystem.renameReplacing(temporary, to: path)
                } catch {
                    try? FileSystem.removeFile(temporary)
                    throw error
                }
                try FileSystem.syncDirectory(directory)
                return path
            } catch {
                firstError = firstError ?? error
            }
        }
        throw firstError ?? PlanStoreError.io(operation: "write", path: primary, errno: ENOENT)
    }

    /// A recovery file found for this plan.
    public struct Found: Equatable, Sendable {
        public var path: String
        /// The file read, or nil when it could not be (the problem is then in `problem`).
        public var file: RecoveryFile?
        public var problem: String?
    }

    /// The recovery files of this plan, oldest first (files of other plans in the fallback folder,
    /// whose hash could collide, are left out).
    public func list() -> [Found] {
        var found: [Found] = []
        for directory in [primaryFolder, fallbackFolder].compactMap({ $0 }) {
            let names = (try? FileSystem.names(in: directory.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
                let path = directory.appendingPathComponent(name).path
                do {
                    let file = try RecoveryFile.decode(try FileSystem.readFile(path))
                    if directory == fallbackFolder && file.folder != folder.path { continue }
                    found.append(Found(path: path, file: file, problem: nil))
                } catch {
                    found.append(Found(path: path, file: nil, problem: "\(error)"))
                }
            }
        }
        return found.sorted { ($0.file?.time ?? .distantPast, $0.path) < ($1.file?.time ?? .distantPast, $1.path) }
    }

    /// Removes a recovery file (after it was restored or discarded).
    public func remove(_ path: String) throws {
        try FileSystem.removeFile(path)
        try? FileSystem.syncDirectory((path as NSString).deletingLastPathComponent)
    }

    static func stateHome(_ environment: [String: String]) -> URL? {
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") { return URL(fileURLWithPath: xdg) }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".local/state")
    }

    /// `kibara-3f2a9c1d`: the folder's name (for people) and a hash of its whole path (FNV-1a).
    static func key(for path: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let name = (path as NSString).lastPathComponent.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        let hex = String(hash, radix: 16)
        return "\(name.prefix(40))-\(String(repeating: "0", count: 16 - hex.count))\(hex)"
    }
}
