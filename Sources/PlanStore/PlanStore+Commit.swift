import Foundation
import PlanDomain

extension PlanStore {
    /// Commits `edit`, which turns the plan into `plan`, at the cost of the edit, not the plan:
    ///
    /// 1. the edit's journal line (marked `deferred`) is appended and flushed to disk: the commit
    ///    point. When this returns, the edit survives a kill or a power cut;
    /// 2. plan.json is rewritten on a background thread from `plan` (a value, so the snapshot is
    ///    free), the newest plan first, with a `JournalCheckpoint` telling which lines it holds;
    ///    `flush` and `close` wait for it.
    ///
    /// A kill before the rewrite lands leaves journal lines newer than plan.json: the next open
    /// applies them again (see `recover`). Throws, changing nothing, when the store is read-only or
    /// lost its lock, or when the line cannot be written (a full disk): then the edit is not saved.
    public func commit(_ plan: Plan, edit: Edit) throws {
        guard !isClosed else { throw PlanStoreError.closed(path: folder.path) }
        guard case .readWrite = mode, lock != nil || coEditing else {
            if case .readOnly(let reason) = mode { throw PlanStoreError.readOnly(path: folder.path, reason: reason) }
            throw PlanStoreError.closed(path: folder.path)
        }
        if let lock { try confirmLock(lock) }
        if needsAnchor, let fingerprint {
            // The first commit of the session says which plan.json the lines after it build on: the
            // one it opened, holding the journal as it was then (others may have added lines since).
            let anchor: Data
            do {
                anchor = try JournalCheckpoint(time: clock(), plan: anchorAtOpen?.plan ?? fingerprint,
                                               through: anchorAtOpen?.through ?? journalSize()).line()
            } catch {
                throw PlanStoreError.cannotEncode(path: folder.journalFile.path, detail: "\(error)")
            }
            try writer.appendToJournal(anchor)
            needsAnchor = false
        }
        let entry = JournalEntry(time: clock(), user: identity.user, host: identity.host, author: identity.author, edit: edit,
                                 deferred: true)
        let line: Data
        do {
            line = try Journal.line(for: entry)
        } catch {
            throw PlanStoreError.cannotEncode(path: folder.journalFile.path,
                                              detail: "the edit cannot be written as JSON: \(error)")
        }
        let through = try writer.appendToJournal(line)
        var saved = plan
        saved.schemaVersion = Plan.currentSchemaVersion
        self.plan = saved
        migratedFrom = nil
        writer.submit(PlanWriter.Job(plan: saved, through: through, lock: lock))
    }

    /// Applies `edit` to the plan and commits it (see `commit`); returns the edit that undoes it.
    @discardableResult
    public func applyDeferred(_ edit: Edit) throws -> Edit {
        var next = plan
        let inverse = try next.apply(edit)
        try commit(next, edit: edit)
        return inverse
    }

    /// The journal's size in bytes (0 when there is none).
    func journalSize() throws -> Int64 {
        Int64(try FileSystem.status(folder.journalFile.path)?.size ?? 0)
    }

    /// True while plan.json is being rewritten after a commit.
    public var isWritingPlan: Bool { writer.isWriting }

    /// Why the last background rewrite of plan.json failed, once (nil when it succeeded). The
    /// edits stay committed in the journal; the next rewrite, `flush` or open writes them.
    public func takeWriteFailure() -> Error? { writer.takeFailure() }

    /// Waits until plan.json holds every committed edit; throws when the last rewrite failed.
    public func flush() throws {
        writer.drain()
        _ = writer.takeFailure()
        if let failed = writer.takeFailedJob() { try writer.write(failed) }
    }
}
