import Foundation
import PlanDomain

extension PlanStore {
    /// Saves `plan` as the new plan.json, durably and atomically. When `edit` is given, its
    /// journal line comes first and is the commit point:
    ///
    /// 1. the line (the edit, and the fingerprints of plan.json before and after) is appended to
    ///    journal.jsonl and flushed to disk;
    /// 2. the new plan is written to a temporary file in the folder and flushed;
    /// 3. the old plan.json becomes the newest backup, the temporary file is renamed over
    ///    plan.json, and the folder is flushed.
    ///
    /// A kill after 1 leaves a line whose change has not landed: the next read-write open
    /// finishes it (see `PlanStore.open`). Any failure before 3 takes the line back, so the journal
    /// holds no line (and no fragment of one) for a save that failed. Without an edit there is no
    /// line, and a kill leaves the old plan or the new one.
    ///
    /// A new plan.json gets the permissions `0666 & ~umask`; an existing one keeps its own.
    /// Throws, leaving plan.json as it was, when the store is read-only or lost its lock, or when
    /// the journal line or the plan cannot be written (a full disk, a read-only folder). Once
    /// plan.json is replaced it does not throw: a folder that could not be flushed afterwards is
    /// reported in ``SaveResult/unflushed``.
    @discardableResult
    public func save(_ plan: Plan, edit: Edit? = nil) throws -> SaveResult {
        let planPath = folder.planPath
        guard !isClosed else { throw PlanStoreError.closed(path: folder.path) }
        guard case .readWrite = mode, lock != nil || coEditing else {
            if case .readOnly(let reason) = mode { throw PlanStoreError.readOnly(path: folder.path, reason: reason) }
            throw PlanStoreError.closed(path: folder.path)
        }
        writer.drain()
        if let lock { try confirmLock(lock) }
        let existing = try FileSystem.status(planPath)
        if existing?.kind == .symlink { throw PlanStoreError.planIsSymlink(path: planPath) }

        let data = try PlanCodec.encode(plan, file: planPath)
        let now = clock()
        let after = PlanFingerprint.of(data)
        var journalLine: Int64?
        var unflushed: String?
        if let edit {
            let entry = JournalEntry(time: now, user: identity.user, host: identity.host, author: identity.author, edit: edit,
                                     before: fingerprint, after: after)
            do {
                journalLine = try Journal.append(entry, to: folder.journalFile.path, syncFolder: syncFolder)
            } catch {
                switch error {
                case .notAppended(let reason):
                    throw reason
                case .appendedFolderNotFlushed(let start, let reason):
                    // The line stands: go on (the folder is flushed again after the rename), and take
                    // it back below if the plan cannot be written.
                    journalLine = start
                    unflushed = "\(reason)"
                }
            }
        }
        let journalEnd = journalLine == nil ? nil : try? FileSystem.status(folder.journalFile.path)?.size
        let backup: String?
        do {
            // Again, as close to the rename as possible: a session stopped (kill -STOP) before this
            // point and taken over meanwhile must not write.
            if let lock { try confirmLock(lock) }
            backup = try replacePlan(with: data, mode: existing?.mode, replacing: existing != nil, at: now)
        } catch {
            if let journalLine {
                // After a takeover the new holder may have written lines after ours: take ours back
                // only while it is still the last (otherwise a later open drops it, as its plan
                // fingerprint no longer matches).
                let lost: Bool = if case PlanStoreError.lockLost = error { true } else { false }
                let size = try? FileSystem.status(folder.journalFile.path)?.size
                if !lost || (journalEnd != nil && size == journalEnd) {
                    try? Journal.truncate(folder.journalFile.path, to: journalLine)
                }
            }
            throw error
        }
        var saved = plan
        saved.schemaVersion = Plan.currentSchemaVersion
        self.plan = saved
        fingerprint = after
        migratedFrom = nil
        planStatus = try? FileSystem.status(planPath)
        journalOffset = (try? journalSize()) ?? journalOffset
        // plan.json is replaced: the save has happened, whatever the flush of the folder says. A
        // failed flush is reported with the result, not as a failed save.
        do {
            try syncFolder(folder.path)
            unflushed = nil
        } catch {
            unflushed = "\(error)"
        }
        return SaveResult(backup: backup.map { URL(fileURLWithPath: $0) }, unflushed: unflushed)
    }

    /// Writes `data` to a temporary file, keeps the current plan.json as the newest backup and
    /// renames the temporary file over plan.json; returns the backup's path. The folder is not
    /// flushed yet. On failure plan.json is as it was and the temporary file is gone.
    func replacePlan(with data: Data, mode: mode_t?, replacing: Bool, at date: Date) throws -> String? {
        let temporary = try FileSystem.createTemporary(in: folder.path, prefix: PlanFolder.planTemporaryPrefix,
                                                       data: data, mode: mode)
        do {
            return try PlanWriter.replace(folder: folder, backups: backups, with: temporary, replacing: replacing,
                                          at: date)
        } catch {
            try? FileSystem.removeFile(temporary)
            throw error
        }
    }

    /// Throws `lockLost`, and turns the store read-only, when `.lock` is no longer ours.
    func confirmLock(_ lock: PlanLock) throws {
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
        writer.stop()
        isClosed = true
        lock?.release()
        lock = nil
    }
}
