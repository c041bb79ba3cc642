import Foundation
import PlanDomain

extension PlanStore {
    /// Brings plan.json and the journal into agreement after a session that stopped mid-save (a
    /// kill, a crash, a full disk). Called by a read-write open, with the lock held:
    ///
    /// - a torn last line (bytes after the last newline) is cut off;
    /// - when the last line's `after` fingerprint is plan.json's, all is well;
    /// - when its `before` is plan.json's, the save it commits never replaced plan.json: its edit
    ///   is applied again and, when that gives exactly the plan.json it recorded, saved (with a
    ///   backup, and no new journal line); otherwise the line is removed;
    /// - anything else (plan.json changed outside Socle, a journal without fingerprints) is left
    ///   as it is.
    ///
    /// Every repair adds a sentence to `recoveryNotes`. Nothing here throws: a repair that fails
    /// is reported in a note, and the plan opens as plan.json holds it.
    func recover() {
        let path = folder.journalFile.path
        let tail: Journal.Tail
        do {
            guard let found = try Journal.tail(path) else {
                needsAnchor = true
                return
            }
            tail = found
        } catch {
            recoveryNotes.append("The journal could not be read to check the last save: \(error).")
            return
        }
        if let torn = tail.tornFrom {
            do {
                try Journal.truncate(path, to: torn)
                recoveryNotes.append("journal.jsonl ended in part of a line (\(tail.size - torn) bytes) that a session "
                    + "stopped while writing; it was removed.")
            } catch {
                recoveryNotes.append("journal.jsonl ends in part of a line that a session stopped while writing, "
                    + "and it could not be removed: \(error).")
            }
        }
        guard let line = tail.lastLine else {
            needsAnchor = true
            return
        }
        guard let entry = Journal.decodeEntry(line), let before = entry.before, let after = entry.after else {
            // The last line is a deferred edit or a checkpoint (or from before fingerprints).
            replayDeferred(writing: true)
            return
        }
        guard after != fingerprint, before == fingerprint else {
            needsAnchor = after != fingerprint
            return
        }
        let who = "\(entry.summary), by \(entry.user)@\(entry.host) at \(UTCTime.readable(entry.time))"
        var failure = ""
        if let (next, data) = replay(entry.edit, expecting: after) {
            do {
                let existing = try FileSystem.status(folder.planPath)
                _ = try replacePlan(with: data, mode: existing?.mode, replacing: existing != nil, at: clock())
                try FileSystem.syncDirectory(folder.path)
                plan = next
                fingerprint = after
                migratedFrom = nil
                recoveryNotes.append("The last change (\(who)) was in the journal but not yet in plan.json when its "
                    + "session stopped; it has now been saved.")
                return
            } catch {
                failure = ", and saving it now failed: \(error)"
            }
        }
        needsAnchor = true
        do {
            try Journal.truncate(path, to: tail.lastLineStart)
            recoveryNotes.append("The journal's last line (\(who)) was removed: its session stopped before the change "
                + "reached plan.json\(failure).")
        } catch {
            recoveryNotes.append("The journal's last line (\(who)) never reached plan.json and could not be removed: "
                + "\(error).")
        }
    }

    /// Applies the journal lines that plan.json does not hold yet: the edits committed by their
    /// line alone (`deferred`) after the newest anchor for plan.json's fingerprint, which is a
    /// checkpoint naming it (then the lines from its `through` on) or a line recording it as its
    /// `after`. Without such an anchor (plan.json was changed outside Socle) nothing is applied.
    /// `writing`: the plan found is saved as plan.json now (a read-write open); otherwise it is
    /// only the plan in memory (a read-only open).
    func replayDeferred(writing: Bool) {
        let found: [JournalEntry]
        switch Self.deferredEdits(journal: folder.journalFile.path, plan: fingerprint) {
        case .unreadable(let error):
            recoveryNotes.append("The journal could not be read to find changes newer than plan.json: \(error).")
            return
        case .unanchored(let count):
            if count > 0 {
                recoveryNotes.append("The journal holds \(count) change(s) that plan.json does not match (it was "
                    + "changed outside Socle?); plan.json opens as it is.")
            }
            needsAnchor = writing
            return
        case .newer(let entries):
            found = entries
        }
        guard !found.isEmpty else { return }
        var next = plan
        let applied = Self.apply(found, to: &next)
        let skipped = found.count - applied
        let what = applied == 1 ? "1 change" : "\(applied) changes"
        guard writing, let lock else {
            plan = next
            return
        }
        next.schemaVersion = Plan.currentSchemaVersion
        do {
            try writer.write(PlanWriter.Job(plan: next, through: try journalSize(), lock: lock))
            plan = next
            migratedFrom = nil
            recoveryNotes.append("\(what) (the latest: \(found.first?.summary ?? "")) had been saved to the journal "
                + "but not yet to plan.json when the session stopped; plan.json now holds them."
                + (skipped > 0 ? " \(skipped) could not be applied again and were left out." : ""))
        } catch {
            plan = next
            recoveryNotes.append("\(what) were in the journal but not in plan.json; they are open, and saving them to "
                + "plan.json failed: \(error).")
        }
    }

    /// What the journal holds that plan.json does not.
    enum DeferredEdits {
        /// The edits committed by their line alone after plan.json's anchor, newest first.
        case newer([JournalEntry])
        /// No anchor names plan.json (it was changed outside Socle): this many deferred edits
        /// cannot be placed.
        case unanchored(Int)
        case unreadable(any Error)
    }

    /// The journal lines at `journal` that a plan.json with fingerprint `plan` does not hold yet:
    /// the edits committed by their line alone (`deferred`) after the newest anchor for the
    /// fingerprint, which is a checkpoint naming it (then the lines from its `through` on) or a line
    /// recording it as its `after`. Reads backwards from the end and stops at the anchor.
    static func deferredEdits(journal: String, plan current: String?) -> DeferredEdits {
        var found: [JournalEntry] = []
        var anchor: Int64?
        var stop = false
        do {
            try Journal.eachLineBackwards(journal) { offset, line in
                if let anchor, offset < anchor { return false }
                if let checkpoint = JournalCheckpoint.decode(line) {
                    if anchor == nil, checkpoint.checkpoint == current { anchor = checkpoint.through }
                    return true
                }
                guard let entry = Journal.decodeEntry(line) else {
                    stop = true
                    return false
                }
                if entry.deferred == true {
                    found.append(entry)
                    return true
                }
                if anchor == nil, entry.after != nil, entry.after == current { anchor = offset + Int64(line.count) + 1 }
                if anchor == nil { stop = true }
                return false
            }
        } catch {
            return .unreadable(error)
        }
        guard anchor != nil, !stop || found.isEmpty else { return .unanchored(found.count) }
        return .newer(found)
    }

    /// Applies `entries` (newest first) to `plan`, oldest first, until one cannot be applied;
    /// returns how many were.
    static func apply(_ entries: [JournalEntry], to plan: inout Plan) -> Int {
        var applied = 0
        for entry in entries.reversed() {
            guard (try? plan.apply(entry.edit)) != nil else { break }
            applied += 1
        }
        return applied
    }

    /// The plan with `edit` applied and its encoding, when that encoding has the fingerprint `after`.
    private func replay(_ edit: Edit, expecting after: String) -> (Plan, Data)? {
        var next = plan
        guard (try? next.apply(edit)) != nil,
              let data = try? PlanCodec.encode(next, file: folder.planPath),
              PlanFingerprint.of(data) == after else { return nil }
        next.schemaVersion = Plan.currentSchemaVersion
        return (next, data)
    }
}
