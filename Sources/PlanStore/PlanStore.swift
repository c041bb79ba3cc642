import Foundation
import PlanDomain
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open plan folder: the plan, and whether this session may save it.
///
/// Open a folder with `open` (or make one with `create`), change the plan with `apply` or `save`,
/// and `close` it (closing releases the lock; so does dropping the store). A store is meant for
/// one thread at a time.
public final class PlanStore {
    public enum Mode: Equatable, Sendable {
        case readWrite
        case readOnly(ReadOnlyReason)

        public var isReadOnly: Bool { self != .readWrite }

        /// The session holding the lock, when that is why this one is read-only.
        public var holder: LockInfo? {
            if case .readOnly(.heldBy(let info, _)) = self { return info }
            return nil
        }
    }

    /// What a save did besides replacing plan.json.
    public struct SaveResult: Sendable {
        /// The backup of the version it replaced.
        public var backup: URL?
        /// Why the plan folder could not be flushed after the save, when it could not: the plan is
        /// saved, but a power cut before the system writes the folder out may lose the change.
        public var unflushed: String?
    }

    public let folder: PlanFolder
    public internal(set) var plan: Plan
    public internal(set) var mode: Mode
    /// The schema of plan.json when it is older than this Socle's and was migrated in memory;
    /// nil once the plan has been saved in the current schema.
    public internal(set) var migratedFrom: Int?
    public let identity: Identity
    /// What opening repaired after a session that stopped mid-save (a save finished from its
    /// journal line, a journal line dropped, a torn journal line removed), in sentences for the user.
    public internal(set) var recoveryNotes: [String] = []
    /// The fingerprint of plan.json as this session last read or wrote it (see `PlanFingerprint`).
    var fingerprint: String? {
        get { writer.fingerprint }
        set { writer.fingerprint = newValue }
    }
    /// True when the journal has no line saying which plan.json this session's commits build on
    /// (see `recover`): the first `commit` writes one.
    var needsAnchor = false
    /// The plan.json a session sharing the folder opened and how much of the journal it held then:
    /// the anchor its first commit writes (see `anchorForSharing`).
    var anchorAtOpen: (plan: String, through: Int64)?
    /// Rewrites plan.json in the background after `commit`.
    let writer: PlanWriter

    var lock: PlanLock?
    /// Opened for editing while another session of this host holds `.lock`: this one edits beside
    /// it, saving through the write lock and merging what the others saved (see `saveMerging`).
    public internal(set) var coEditing = false
    /// Serialises the saves of the sessions on this folder (see `WriteLock`).
    let writeLock: WriteLock
    /// How much of the journal `plan` holds (its size in bytes when this session last read or wrote it).
    var journalOffset: Int64 = 0
    /// plan.json as this session last read or wrote it: a change means another session saved.
    var planStatus: FileSystem.Status?
    var lastHeartbeat: Date?
    let backups: Backups
    let clock: @Sendable () -> Date
    /// Flushes a folder to disk after a file in it was created or renamed (tests inject faults).
    var syncFolder: (String) throws -> Void = FileSystem.syncDirectory
    var isClosed = false

    public var exportsFolder: URL { folder.exportsFolder }

    init(folder: PlanFolder, decoded: PlanCodec.Decoded, mode: Mode, lock: PlanLock?, identity: Identity,
         backupsToKeep: Int, clock: @escaping @Sendable () -> Date, fingerprint: String? = nil) {
        self.folder = folder
        self.plan = decoded.plan
        self.migratedFrom = decoded.migratedFrom
        self.mode = mode
        self.lock = lock
        self.identity = identity
        self.backups = Backups(directory: folder.backupsFolder.path, keep: max(0, backupsToKeep))
        self.clock = clock
        self.writeLock = WriteLock(folder: folder)
        writer = PlanWriter(folder: folder, backups: backups, clock: clock, fingerprint: fingerprint)
    }

    deinit {
        close()
    }

    /// Opens the plan folder at `url` for editing, or read-only when another session holds it
    /// (see `PlanLock` for the rules and what `force` changes). Reading never writes to the plan:
    /// an older schema is migrated in memory only, and a file that cannot be read is left as it is.
    /// A read-write open removes the temporary files a killed save left behind and reconciles
    /// plan.json with the journal (see `recover`): a save whose journal line was written but whose
    /// plan.json was not is finished, or its line dropped, and a torn last journal line is removed;
    /// `recoveryNotes` says what was done. `readOnly` opens it read-only whatever the lock says, for
    /// the reason given (following another session, presenting).
    public static func open(at url: URL, user: String = Identity.currentUser, host: String = Identity.currentHost,
                            pid: Int32 = getpid(), author: String? = nil, force: Bool = false, backupsToKeep: Int = 10,
                            readOnly: String? = nil, share: Bool = false,
                            clock: @escaping @Sendable () -> Date = { Date() }) throws -> PlanStore {
        let folder = PlanFolder(url)
        guard let status = try FileSystem.status(folder.planPath) else {
            if try FileSystem.status(folder.path) == nil { throw PlanStoreError.noSuchFolder(path: folder.path) }
            throw PlanStoreError.notAPlanFolder(path: folder.path)
        }
        switch status.kind {
        case .file: break
        case .symlink: throw PlanStoreError.planIsSymlink(path: folder.planPath)
        case .directory, .other: throw PlanStoreError.notARegularFile(path: folder.planPath)
        }
        let identity = Identity(user: user, host: host, pid: pid, author: author)
        var mode = Mode.readOnly(.planNotWritable)
        var lock: PlanLock?
        if let readOnly {
            mode = .readOnly(.requested(readOnly))
        } else if let reason = WriteAccess.problem(folder.planPath, what: PlanFolder.planFileName) {
            mode = .readOnly(reason ?? .planNotWritable)
        } else {
            let me = LockInfo.of(user: user, host: host, pid: pid, since: clock())
            switch try PlanLock.acquire(in: folder.path, as: me, force: force) {
            case .acquired(let acquired):
                lock = acquired
                mode = .readWrite
            case .readOnly(.heldBy(let holder, true)) where share:
                // Another session of this machine edits the plan: edit beside it.
                _ = holder
                mode = .readWrite
            case .readOnly(let reason):
                mode = .readOnly(reason)
            }
        }
        let writeLock = WriteLock(folder: folder)
        func load() throws -> PlanStore {
            let data = try read(folder.planPath)
            let decoded = try PlanCodec.decode(data, file: folder.planPath)
            if lock != nil { folder.removeStaleTemporaries() }
            let store = PlanStore(folder: folder, decoded: decoded, mode: mode, lock: lock, identity: identity,
                                  backupsToKeep: backupsToKeep, clock: clock, fingerprint: PlanFingerprint.of(data))
            store.coEditing = mode == .readWrite && lock == nil
            if lock != nil { store.recover() } else { store.replayDeferred(writing: false) }
            if share, mode == .readWrite { try store.anchorForSharing() }
            store.planStatus = try FileSystem.status(folder.planPath)
            store.journalOffset = try store.journalSize()
            return store
        }
        do {
            // With the write lock, the plan is read between other sessions' saves, never in the middle of one.
            guard mode == .readWrite, share else { return try load() }
            return try writeLock.holding(exclusive: true) { try load() }
        } catch {
            lock?.release()
            throw error
        }
    }

    /// Makes a new plan folder at `url` holding `plan`, and opens it for editing.
    ///
    /// The folder is built complete in a hidden sibling (`.NAME.socle-new-PID-N`), flushed, and
    /// renamed into place, so a kill or a full disk never leaves a half-made plan at `url`. `url`
    /// must not exist, or be a folder that is empty or holds only what an interrupted `create`
    /// leaves (see `NewPlanFolder`); anything else is refused with `folderNotEmpty`.
    public static func create(at url: URL, plan: Plan, user: String = Identity.currentUser,
                              host: String = Identity.currentHost, pid: Int32 = getpid(), author: String? = nil,
                              backupsToKeep: Int = 10,
                              clock: @escaping @Sendable () -> Date = { Date() }) throws -> PlanStore {
        let folder = PlanFolder(url)
        try NewPlanFolder.build(folder, data: try PlanCodec.encode(plan, file: folder.planPath))
        let store = try open(at: url, user: user, host: host, pid: pid, author: author, backupsToKeep: backupsToKeep,
                             clock: clock)
        if case .readOnly(let reason) = store.mode {
            store.close()
            throw PlanStoreError.readOnly(path: folder.path, reason: reason)
        }
        return store
    }

    /// Reads a plan without locking it, for commands that only look (`socle check`, exports).
    /// `url` is a plan folder or a plan file. Never writes. For a folder, the edits its journal
    /// committed after plan.json was last written are applied too (a session is rewriting
    /// plan.json, or stopped before it could): the plan is the last one saved.
    public static func load(at url: URL) throws -> Plan {
        try loadDecoded(at: url).plan
    }

    /// As `load`, and tells whether the file was in an older schema.
    public static func loadDecoded(at url: URL) throws -> PlanCodec.Decoded {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
        guard exists else { throw PlanStoreError.noSuchFolder(path: url.path) }
        guard isDirectory.boolValue else { return try decode(url.path) }
        let folder = PlanFolder(url)
        let data = try read(folder.planPath)
        var decoded = try PlanCodec.decode(data, file: folder.planPath)
        if (try? FileSystem.status(folder.journalFile.path)) != nil,
           case .newer(let entries) = deferredEdits(journal: folder.journalFile.path, plan: PlanFingerprint.of(data)),
           !entries.isEmpty {
            _ = apply(entries, to: &decoded.plan)
        }
        return decoded
    }

    /// The journal of the plan folder at `url`.
    public static func readJournal(at url: URL) throws -> JournalContents {
        try Journal.read(PlanFolder(url).journalFile.path)
    }

    static func decode(_ path: String) throws -> PlanCodec.Decoded {
        try PlanCodec.decode(read(path), file: path)
    }

    static func read(_ path: String) throws -> Data {
        do {
            return try FileSystem.readFile(path)
        } catch PlanStoreError.io(_, _, let code) {
            throw PlanFileError(file: path, problem: .unreadable(PlanStoreError.text(errno: code)))
        }
    }
}
