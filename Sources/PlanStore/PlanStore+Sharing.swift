import Foundation
import PlanDomain

/// What another session saved, as this session takes it in (see `PlanStore.catchUp`).
public struct OthersSaved: Equatable, Sendable {
    /// The plan this session had, and the plan on disk now.
    public var before: Plan
    public var plan: Plan
    /// Their journal lines, oldest first (empty when plan.json changed outside Socle and was read again).
    public var entries: [JournalEntry]

    public init(before: Plan, plan: Plan, entries: [JournalEntry]) {
        self.before = before
        self.plan = plan
        self.entries = entries
    }

    /// Who saved: the names of the lines (`user`, as the status line names sessions), each once.
    public var names: [String] {
        var names: [String] = []
        for entry in entries where !names.contains(entry.user) { names.append(entry.user) }
        return names
    }
}

/// What a save beside other sessions did (see `PlanStore.saveMerging`).
public struct MergedSave: Sendable {
    /// The plan as saved: this session's edit, with what others saved since it last looked.
    public var plan: Plan
    /// Fields this session and another changed differently; the plan holds this session's value,
    /// and the conflict both (see `PlanConflict`).
    public var conflicts: [PlanConflict]
    /// What others had saved since this session last looked, now in `plan`; nil when nothing.
    public var others: OthersSaved?
    /// Items this session added whose ids others took meanwhile, and their new ids.
    public var renumbered: [PlanMerge.Renumbered] = []
}

extension PlanStore {
    /// For a session that shares the folder, opened with the write lock held: the anchor its first
    /// commit writes is the plan.json it read and the journal as it was, a true statement whatever
    /// others append meanwhile. A session editing beside the holder needs one only when no line of
    /// the journal names plan.json (then it applied none).
    func anchorForSharing() throws {
        if coEditing, case .unanchored = Self.deferredEdits(journal: folder.journalFile.path, plan: fingerprint) {
            needsAnchor = true
        }
        if let fingerprint { anchorAtOpen = (fingerprint, try journalSize()) }
    }

    /// Takes in what other sessions saved since this one last read or wrote the plan: their journal
    /// lines are applied to this session's plan, in order, and the result checked against
    /// plan.json's fingerprint; when they do not lead to plan.json (it was changed outside Socle),
    /// plan.json is read again. Nil when nothing changed. Reads between saves, never in the middle
    /// of one (the write lock, shared).
    public func catchUp() throws -> OthersSaved? {
        guard !isClosed else { return nil }
        return try writeLock.holding(exclusive: false) { try catchUpHolding() }
    }

    /// `catchUp`, with the write lock held.
    private func catchUpHolding() throws -> OthersSaved? {
        let status = try FileSystem.status(folder.planPath)
        let size = try journalSize()
        guard size != journalOffset || status != planStatus else { return nil }
        let before = plan
        var entries: [JournalEntry] = []
        var next = plan
        var applies = size >= journalOffset
        var end = size
        if applies, size > journalOffset {
            (entries, end) = try Journal.entries(folder.journalFile.path, from: journalOffset)
            for entry in entries where applies {
                applies = (try? next.apply(entry.edit)) != nil
            }
        }
        if applies, size != journalOffset {
            // Their lines (edits, and checkpoints of plan.json rewritten) lead from this plan to theirs.
            plan = next
        } else if !applies || !isRewrittenBySocle() {
            // The journal was cut back, or plan.json changed outside Socle (git, an editor): read
            // it again, with the journal's lines it does not hold yet.
            let decoded = try Self.loadDecoded(at: folder.url)
            plan = decoded.plan
            migratedFrom = decoded.migratedFrom
            fingerprint = PlanFingerprint.of(try Self.read(folder.planPath))
            entries = []
        }
        planStatus = status
        journalOffset = end
        guard plan != before else { return nil }
        return OthersSaved(before: before, plan: plan, entries: entries)
    }

    /// Whether plan.json, changed while the journal did not, is a rewrite by Socle of what the
    /// journal holds (another session's background writer): its fingerprint is named by a checkpoint.
    private func isRewrittenBySocle() -> Bool {
        guard let data = try? Self.read(folder.planPath) else { return false }
        let disk = PlanFingerprint.of(data)
        if case .newer = Self.deferredEdits(journal: folder.journalFile.path, plan: disk) { return true }
        return false
    }

    /// Saves `plan`, which is this session's plan with `edit` applied, on top of whatever other
    /// sessions saved since this one last looked: under the write lock, their journal lines are taken in
    /// (`catchUp`), this session's changes are merged with theirs field by field (`Plan.merge`,
    /// with this session's plan before `edit` as the ancestor), and the result is saved with a
    /// journal line recording the edit from the plan on disk to the merged one. Nobody else's
    /// confirmed change is overwritten: a field both changed keeps this session's value and
    /// records the conflict, with both values, in the plan.
    ///
    /// The merged edit is committed by its journal line (`commit`; plan.json follows in the
    /// background). When nothing was saved meanwhile it is `commit(plan, edit:)`. Throws as `commit` does, `busy`
    /// when another session's save does not finish, or `cannotMerge`; then nothing is saved.
    public func saveMerging(_ plan: Plan, edit: Edit, time: String? = nil) throws -> MergedSave {
        try writeLock.holding(exclusive: true) {
            let base = self.plan
            guard let others = try catchUpHolding() else {
                try commit(plan, edit: edit)
                journalOffset = try journalSize()
                return MergedSave(plan: self.plan, conflicts: [], others: nil)
            }
            let me = identity.user
            let merged: PlanMerge
            do {
                merged = try Plan.mergeLater(base: base, ours: plan, theirs: others.plan, oursBy: me,
                                             theirsBy: others.names.isEmpty ? nil : others.names.joined(separator: ", "),
                                             time: time)
            } catch {
                throw PlanStoreError.cannotMerge(path: folder.path, detail: "\(error)")
            }
            var mergedPlan = merged.plan
            mergedPlan.schemaVersion = others.plan.schemaVersion
            if mergedPlan != others.plan {
                guard let change = others.plan.changes(to: mergedPlan) else {
                    throw PlanStoreError.cannotMerge(path: folder.path, detail: "no edit leads from one to the other")
                }
                try commit(mergedPlan, edit: change)
                journalOffset = try journalSize()
            }
            return MergedSave(plan: self.plan, conflicts: merged.conflicts, others: others, renumbered: merged.renumbered)
        }
    }
}
