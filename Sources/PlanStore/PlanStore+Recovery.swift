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
            guard let found = try Journal.tail(path) else { return }
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
        guard let line = tail.lastLine, let entry = Journal.decodeEntry(line), let before = entry.before,
              let after = entry.after, after != fingerprint, before == fingerprint else { return }
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
        do {
            try Journal.truncate(path, to: tail.lastLineStart)
            recoveryNotes.append("The journal's last line (\(who)) was removed: its session stopped before the change "
                + "reached plan.json\(failure).")
        } catch {
            recoveryNotes.append("The journal's last line (\(who)) never reached plan.json and could not be removed: "
                + "\(error).")
        }
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
