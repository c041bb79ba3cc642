import Foundation
import PlanDomain
import Testing
@testable import PlanStore

/// `PlanStore.commit`: the journal line is the commit point, plan.json follows in the background,
/// and opening applies the lines plan.json does not hold yet.
@Suite struct CommitTests {
    private func renames(_ count: Int) -> [Edit] {
        (1...count).map { .set(.vision("Vision number \($0)")) }
    }

    /// Commits `edits` one by one on `store`; returns the plan they make.
    private func commitAll(_ edits: [Edit], on store: PlanStore) throws -> Plan {
        for edit in edits { try store.applyDeferred(edit) }
        return store.plan
    }

    /// A store whose commits never reach plan.json: the background writer holds them, and the
    /// session then "dies" (the lock left behind, as after a kill).
    private func killedAfterCommits(_ edits: [Edit], in plan: URL) throws -> Plan {
        let store = try PlanStore.open(at: plan, pid: 99_999)
        store.writer.holdsJobs = true
        let expected = try commitAll(edits, on: store)
        store.writer.discardForTests()
        return expected
    }

    @Test func committedEditsReachPlanJSONAndTheJournal() throws {
        let folder = TemporaryFolder()
        let url = try folder.unlockedPlan()
        let store = try PlanStore.open(at: url)
        let expected = try commitAll(renames(3), on: store)
        try store.flush()
        #expect(try PlanStore.load(at: url) == expected)
        let journal = try store.journal()
        #expect(journal.skipped.isEmpty)
        #expect(journal.entries.map(\.edit) == renames(3))
        #expect(journal.entries.allSatisfy { $0.deferred == true && $0.after == nil })
        store.close()
        let reopened = try PlanStore.open(at: url)
        #expect(reopened.plan == expected)
        #expect(reopened.recoveryNotes.isEmpty)
    }

    @Test func openingAppliesTheLinesPlanJSONDoesNotHoldAndWritesThem() throws {
        let folder = TemporaryFolder()
        let url = try folder.unlockedPlan()
        let before = try Data(contentsOf: PlanFolder(url).planFile)
        let expected = try killedAfterCommits(renames(4), in: url)
        #expect(try Data(contentsOf: PlanFolder(url).planFile) == before, "the writer was held")

        let reader = try PlanStore.open(at: url, pid: 88_888, force: false)
        #expect(reader.plan == expected)
        #expect(reader.recoveryNotes.count == 1)
        #expect(reader.recoveryNotes.first?.contains("4 changes") == true)
        #expect(try PlanStore.load(at: PlanFolder(url).planFile) == expected, "plan.json was written")
        reader.close()
        let again = try PlanStore.open(at: url)
        #expect(again.plan == expected)
        #expect(again.recoveryNotes.isEmpty, "\(again.recoveryNotes)")
    }

    @Test func loadingAFolderGivesTheCommittedPlanWhilePlanJSONLags() throws {
        let folder = TemporaryFolder()
        let url = try folder.unlockedPlan()
        let original = try PlanStore.load(at: url)
        let holder = try PlanStore.open(at: url)
        holder.writer.holdsJobs = true
        let expected = try commitAll(renames(3), on: holder)
        let files = try snapshot(url)
        #expect(try PlanStore.load(at: url) == expected, "the folder: plan.json and the journal's newer lines")
        #expect(try PlanStore.load(at: PlanFolder(url).planFile) == original, "the file alone: plan.json as it is")
        #expect(try snapshot(url) == files, "loading wrote")
        holder.writer.holdsJobs = false
        try holder.flush()
        #expect(try PlanStore.load(at: PlanFolder(url).planFile) == expected)
        #expect(try PlanStore.load(at: url) == expected, "no line is applied twice")
        holder.close()
    }

    @Test func aReadOnlyOpenShowsTheCommittedEditsWithoutWriting() throws {
        let folder = TemporaryFolder()
        let url = try folder.unlockedPlan()
        let holder = try PlanStore.open(at: url)
        holder.writer.holdsJobs = true
        let expected = try commitAll(renames(2), on: holder)
        let files = try snapshot(url)

        let reader = try PlanStore.open(at: url, pid: 77_777)
        #expect(reader.mode.isReadOnly)
        #expect(reader.plan == expected)
        #expect(try snapshot(url) == files, "a read-only open wrote")
        holder.writer.holdsJobs = false
        try holder.flush()
        #expect(try PlanStore.load(at: url) == expected)
    }

    @Test func aCheckpointWhoseRenameNeverLandedIsPassedOver() throws {
        let folder = TemporaryFolder()
        let url = try folder.unlockedPlan()
        let expected = try killedAfterCommits(renames(2), in: url)
        // A rewrite that wrote its checkpoint and died before the rename.
        let checkpoint = try JournalCheckpoint(time: fixedDate, plan: "1:0000000000000001", through: 1).line()
        _ = try Journal.appendLine(checkpoint, to: PlanFolder(url).journalFile.path)
        let store = try PlanStore.open(at: url)
        #expect(store.plan == expected)
        #expect(try PlanStore.load(at: url) == expected)
    }

    @Test func linesAfterAPlanChangedOutsideSocleAreNotApplied() throws {
        let folder = TemporaryFolder()
        let url = try folder.unlockedPlan()
        _ = try killedAfterCommits(renames(2), in: url)
        var outside = try PlanStore.load(at: url)
        outside.meta.title = "Edited by hand"
        try PlanCodec.encode(outside).write(to: PlanFolder(url).planFile)
        let store = try PlanStore.open(at: url)
        #expect(store.plan.meta.title == "Edited by hand")
        #expect(store.plan.strategy.vision == outside.strategy.vision)
        #expect(store.recoveryNotes.contains { $0.contains("changed outside Socle") })
        // The session's own commits then build on the plan.json it opened.
        try store.applyDeferred(.set(.vision("After the hand edit")))
        let kept = store.plan
        store.writer.holdsJobs = true
        try store.applyDeferred(.set(.vision("Not yet in plan.json")))
        let last = store.plan
        store.writer.discardForTests()
        _ = kept
        let reopened = try PlanStore.open(at: url, pid: 66_666)
        #expect(reopened.plan == last)
    }

    @Test func journalLinesReadBackwardsAreTheLinesInReverse() throws {
        let folder = TemporaryFolder()
        let path = folder.sub("journal.jsonl").path
        let lines = (0..<3000).map { "{\"line\":\($0),\"pad\":\"\(String(repeating: "x", count: $0 % 97))\"}\n" }
        try Data(lines.joined().utf8).write(to: URL(fileURLWithPath: path))
        var read: [(Int64, String)] = []
        try Journal.eachLineBackwards(path) { offset, line in
            read.append((offset, String(decoding: line, as: UTF8.self)))
            return true
        }
        #expect(read.map(\.1) == lines.reversed().map { String($0.dropLast()) })
        var offset: Int64 = 0
        let offsets = lines.map { line in
            defer { offset += Int64(line.utf8.count) }
            return offset
        }
        #expect(read.map(\.0) == offsets.reversed())
    }
}
