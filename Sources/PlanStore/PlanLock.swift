import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `.lock` of a plan folder, held by one session at a time.
///
/// - A new lock is written to a temporary file and then hard-linked to `.lock`; the link fails
///   if `.lock` exists, so the lock appears atomically and complete: a kill at any moment never
///   leaves an empty or half-written lock. Filesystems without hard links (FAT, exFAT) fall back
///   to `open(O_CREAT|O_EXCL)` and a write.
/// - An existing lock on this host whose process is gone is taken over: the new lock is written
///   to a temporary file, renamed over `.lock` only if `.lock` is still the stale one, and read
///   back to confirm it is ours. "Gone" includes a pid that now belongs to an unrelated process
///   (its start time or the boot differs from the ones in the lock). On another host the process
///   cannot be checked, so the plan opens read-only unless `force`. `force` always takes over,
///   even from a live process: the old holder checks the lock before each save, so it writes
///   nothing more. An unreadable lock is taken over only with `force`.
/// - While a session works, it refreshes the lock's modification time (``heartbeat()``), so
///   others can tell an idle or abandoned holder from an active one.
/// - Two sessions taking over the same stale lock in the same instant could both read back
///   their own lock; the store checks the lock again before every save, so the loser stops
///   before writing.
struct PlanLock {
    let path: String
    let info: LockInfo
    private let data: Data

    enum Outcome {
        case acquired(PlanLock)
        case readOnly(ReadOnlyReason)
    }

    static let name = ".lock"
    static let temporaryPrefix = ".lock.tmp"

    private init(path: String, info: LockInfo) {
        self.path = path
        self.info = info
        self.data = info.fileData
    }

    static func acquire(in directory: String, as info: LockInfo, force: Bool) throws -> Outcome {
        let lock = PlanLock(path: directory + "/" + name, info: info)
        do {
            return try lock.acquire(directory: directory, force: force)
        } catch PlanStoreError.io(_, _, let code) where [EACCES, EPERM, EROFS].contains(code) {
            if case let reason?? = WriteAccess.problem(directory, what: "the plan folder") {
                return .readOnly(reason)
            }
            return .readOnly(.cannotLock("cannot create files in \(directory): \(PlanStoreError.text(errno: code))"))
        }
    }

    private func acquire(directory: String, force: Bool) throws -> Outcome {
        for _ in 0..<5 {
            if try create(directory: directory) { return .acquired(self) }
            guard let existing = try contents() else { continue }
            guard let holder = LockInfo(fileData: existing) else {
                guard force else { return .readOnly(.unreadableLock(Self.describeGarbage(existing))) }
                if try takeOver(replacing: existing, directory: directory) { return .acquired(self) }
                continue
            }
            if !force {
                if holder.host != info.host { return .readOnly(.heldBy(holder, onThisHost: false)) }
                if holder.holderRuns { return .readOnly(.heldBy(holder, onThisHost: true)) }
            }
            if try takeOver(replacing: existing, directory: directory) { return .acquired(self) }
        }
        return .readOnly(.cannotLock("the lock kept changing hands; try again"))
    }

    /// Creates `.lock` when there is none; false when one exists.
    private func create(directory: String) throws -> Bool {
        let temporary = try FileSystem.createTemporary(in: directory, prefix: Self.temporaryPrefix, data: data)
        defer { try? FileSystem.removeFile(temporary) }
        do {
            try FileSystem.hardLink(temporary, to: path)
        } catch PlanStoreError.io(_, _, EEXIST) {
            return false
        } catch PlanStoreError.io(_, _, ENOENT) {
            return false  // someone cleaned our temporary file away; the caller tries again
        } catch PlanStoreError.io(_, _, let code) where [EPERM, ENOTSUP, EOPNOTSUPP, ENOSYS].contains(code) {
            do {
                try FileSystem.createFile(path, data: data)
            } catch PlanStoreError.io(_, _, EEXIST) {
                return false
            }
        }
        try FileSystem.syncDirectory(directory)
        return true
    }

    /// Replaces the lock whose content is `existing` with ours; true when ours is in place.
    private func takeOver(replacing existing: Data, directory: String) throws -> Bool {
        let temporary = try FileSystem.createTemporary(in: directory, prefix: Self.temporaryPrefix, data: data)
        defer { try? FileSystem.removeFile(temporary) }
        guard try contents() == existing else { return false }
        try FileSystem.renameReplacing(temporary, to: path)
        try FileSystem.syncDirectory(directory)
        return try contents() == data
    }

    /// The lock file's content, or nil when there is none.
    private func contents() throws -> Data? {
        do {
            return try FileSystem.readFile(path)
        } catch PlanStoreError.io(_, _, ENOENT) {
            return nil
        }
    }

    /// Whether `.lock` still holds our lock, and who holds it otherwise.
    func check() -> (ours: Bool, holder: LockInfo?) {
        guard let current = try? contents() else { return (false, nil) }
        return current == data ? (true, info) : (false, LockInfo(fileData: current))
    }

    /// The bytes of this lock, as in `.lock` while it is ours.
    var content: Data { data }

    /// Marks the lock as in use now (its modification time); false when it is no longer ours.
    func heartbeat() -> Bool {
        guard check().ours else { return false }
        return utimensat(AT_FDCWD, path, nil, 0) == 0
    }

    /// The lock in `directory`: its holder (nil when it cannot be read) and when it was last
    /// refreshed; nil when there is no lock.
    static func inspect(directory: String) -> (holder: LockInfo?, refreshed: Date)? {
        let path = directory + "/" + name
        guard let status = try? FileSystem.status(path), let data = try? FileSystem.readFile(path) else { return nil }
        return (LockInfo(fileData: data), status.modified)
    }

    /// Removes `.lock` if it is still ours.
    func release() {
        guard check().ours else { return }
        try? FileSystem.removeFile(path)
        try? FileSystem.syncDirectory((path as NSString).deletingLastPathComponent)
    }

    private static func describeGarbage(_ data: Data) -> String {
        if data.isEmpty { return "it is empty" }
        let text = String(decoding: data.prefix(60), as: UTF8.self)
            .map { $0.isLetter || $0.isNumber || $0.isPunctuation || $0 == " " ? String($0) : "?" }.joined()
        return "it holds \"\(text)\(data.count > 60 ? "..." : "")\", not a Socle lock"
    }
}
