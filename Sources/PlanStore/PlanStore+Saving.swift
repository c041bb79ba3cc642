import Foundation
import PlanDomain

extension PlanStore {
    /// Saves `plan` as the new plan.json, durably and atomically: it is written to a temporary
    /// file in the folder and flushed, the old plan.json becomes the newest backup, the temporary
    /// file is renamed over plan.json and the folder is flushed. A crash at any moment leaves the
    /// old plan or the new one. When `edit` is given, it is then appended to the journal.
    ///
    /// A new plan.json gets the permissions `0666 & ~umask`; an existing one keeps its own.
    /// Throws, leaving everything on disk as it was, when the store is read-only or lost its lock.
    @discardableResult
    public func save(_ plan: Plan, edit: Edit? = nil) throws -> SaveResult {
        let planPath = folder.planPath
        guard !isClosed else { throw PlanStoreError.closed(path: folder.path) }
        guard case .readWrite = mode, let lock else {
            if case .readOnly(let reason) = mode { throw PlanStoreError.readOnly(path: folder.path, reason: reason) }
            throw PlanStoreError.closed(path: folder.path)
        }
        try confirmLock(lock)
        let existing = try FileSystem.status(planPath)
        if existing?.kind == .symlink { throw PlanStoreError.planIsSymlink(path: planPath) }

        let data = try PlanCodec.encode(plan, file: planPath)
        let now = clock()
        let temporary = try FileSystem.createTemporary(in: folder.path, prefix: PlanFolder.planTemporaryPrefix,
                                                       data: data, mode: existing?.mode)
        var backup: String?
        do {
            // Again, as close to the rename as possible: a session stopped (kill -STOP) before this
            // point and taken over meanwhile must not write.
            try confirmLock(lock)
            if existing != nil { backup = try backups.add(from: planPath, at: now) }
            try FileSystem.renameReplacing(temporary, to: planPath)
        } catch {
            try? FileSystem.removeFile(temporary)
            throw error
        }
        var saved = plan
        saved.schemaVersion = Plan.currentSchemaVersion
        self.plan = saved
        migratedFrom = nil
        try FileSystem.syncDirectory(folder.path)

        var result = SaveResult(backup: backup.map { URL(fileURLWithPath: $0) }, journalProblem: nil)
        if let edit {
            let entry = JournalEntry(time: now, user: identity.user, host: identity.host, edit: edit)
            do {
                try Journal.append(entry, to: folder.journalFile.path)
            } catch let problem as PlanStoreError {
                result.journalProblem = problem
            }
        }
        return result
    }

    /// Throws `lockLost`, and turns the store read-only, when `.lock` is no longer ours.
    private func confirmLock(_ lock: PlanLock) throws {
        let check = lock.check()
        guard !check.ours else { return }
        self.lock = nil
        mode = .readOnly(check.holder.map { .heldBy($0, onThisHost: $0.host == identity.host) }
            ?? .cannotLock("the lock file was removed or replaced"))
        throw PlanStoreError.lockLost(path: folder.path, holder: check.holder)
    }

    /// Applies `edit` to the plan and saves the result with its journal line; returns the edit
    /// that undoes it. On any error the plan, in memory and on disk, is unchanged.
    @discardableResult
    public func apply(_ edit: Edit) throws -> Edit {
        var next = plan
        let inverse = try next.apply(edit)
        try save(next, edit: edit)
        return inverse
    }

    /// The journal of this plan.
    public func journal() throws -> JournalContents {
        try Journal.read(folder.journalFile.path)
    }

    /// The backups of this plan, oldest first.
    public func backupFiles() throws -> [URL] {
        try backups.list().map { folder.backupsFolder.appendingPathComponent($0.name) }
    }

    /// Releases the lock (if this session still holds it). The store cannot save afterwards.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        lock?.release()
        lock = nil
    }
}
