import Foundation
import PlanDomain
import Testing
@testable import PlanStore

@Suite struct JournalTests {
    private func edits() -> [Edit] {
        var stakeholder = Stakeholder(id: "STK-1")
        stakeholder.name = "Ministry of Labour"
        var renamed = stakeholder
        renamed.name = "Ministry of Labour and Social Security"
        return [.insert(stakeholder), .update(renamed), .set(.vision("Everyone protected by 2030"))]
    }

    @Test func everyAppliedEditIsJournalled() throws {
        let folder = TemporaryFolder()
        let clock = SteppingClock()
        let store = try PlanStore.create(at: folder.sub("plan"), plan: samplePlan(), user: "ana", host: "laptop",
                                         clock: clock.read)
        for edit in edits() { try store.apply(edit) }

        let journal = try store.journal()
        #expect(journal.skipped.isEmpty)
        #expect(journal.entries.map(\.edit) == edits())
        #expect(journal.entries.map(\.summary) == edits().map(\.summary))
        #expect(journal.entries.allSatisfy { $0.user == "ana" && $0.host == "laptop" })
        // create read the clock once (its lock), so the first edit is at the second minute.
        #expect(journal.entries.first?.time == Date(timeIntervalSince1970: 1_748_736_000 + 60))
        #expect(try PlanStore.load(at: folder.sub("plan")).strategy.vision == "Everyone protected by 2030")

        let lines = try String(contentsOf: store.folder.journalFile, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4 && lines.last == "")
        #expect(lines[0].hasPrefix("{\"after\":\""))
        #expect(lines[0].contains("\"before\":\""))
        #expect(lines[0].contains("\"summary\":\"added stakeholder STK-1\""))
        #expect(lines[0].contains("\"time\":\"2025-06-01T00:01:00Z\""))
        #expect(lines[0].contains("\"user\":\"ana\""))
    }

    @Test func aTornLastLineIsSkippedReportedAndNeverJoinsTheNextEntry() throws {
        let folder = TemporaryFolder()
        let store = try PlanStore.create(at: folder.sub("plan"), plan: samplePlan(), clock: { fixedDate })
        for edit in edits() { try store.apply(edit) }
        let full = try Data(contentsOf: store.folder.journalFile)
        let lastLine = full.dropLast().lastIndex(of: UInt8(ascii: "\n"))!
        // A crash while writing a fourth entry leaves half a line.
        try (full + full[(lastLine + 1)...].prefix(30)).write(to: store.folder.journalFile)

        let torn = try PlanStore.readJournal(at: folder.sub("plan"))
        #expect(torn.entries.count == 3)
        #expect(torn.skipped == [.init(line: 4, torn: true, reason: "not valid JSON")])
        #expect(torn.skipped[0].description.contains("cut short"))

        try store.apply(.set(.vision("After the crash")))
        let after = try store.journal()
        #expect(after.entries.count == 4)
        #expect(after.entries.last?.edit == .set(.vision("After the crash")))
        #expect(after.skipped.map(\.line) == [4])
        #expect(after.skipped.first?.torn == false)
    }

    @Test func aMissingJournalIsEmpty() throws {
        let folder = TemporaryFolder()
        let store = try PlanStore.create(at: folder.sub("plan"), plan: samplePlan())
        #expect(try store.journal() == JournalContents(entries: [], skipped: []))
    }

    @Test func aSaveWithoutAnEditWritesNoJournalLine() throws {
        let folder = TemporaryFolder()
        let store = try PlanStore.create(at: folder.sub("plan"), plan: samplePlan())
        try store.save(samplePlan(title: "renamed"))
        #expect(!FileManager.default.fileExists(atPath: store.folder.journalFile.path))
    }

    // MARK: The journal line is the commit point (issue 15, item 7)

    /// The state a kill leaves between the journal line and the rename of plan.json: the line is
    /// on disk, plan.json is the one before.
    private func killedMidSave(_ store: PlanStore, edit: Edit) throws {
        var next = store.plan
        try next.apply(edit)
        let data = try PlanCodec.encode(next, file: store.folder.planPath)
        let entry = JournalEntry(time: fixedDate, user: "ana", host: "laptop", edit: edit,
                                 before: PlanFingerprint.of(try Data(contentsOf: store.folder.planFile)),
                                 after: PlanFingerprint.of(data))
        try Journal.append(entry, to: store.folder.journalFile.path)
        store.close()
    }

    @Test func aSaveKilledAfterItsJournalLineIsFinishedAtTheNextOpen() throws {
        let folder = TemporaryFolder()
        let store = try PlanStore.create(at: folder.sub("plan"), plan: samplePlan())
        for edit in edits() { try store.apply(edit) }
        let backups = try store.backupFiles().count
        try killedMidSave(store, edit: .set(.vision("Written by a session that was killed")))

        let reopened = try PlanStore.open(at: folder.sub("plan"))
        #expect(reopened.plan.strategy.vision == "Written by a session that was killed")
        #expect(try PlanStore.load(at: folder.sub("plan")).strategy.vision == "Written by a session that was killed")
        #expect(reopened.recoveryNotes.count == 1)
        #expect(reopened.recoveryNotes.first?.contains("changed the vision, by ana@laptop") == true)
        #expect(reopened.recoveryNotes.first?.contains("has now been saved") == true)
        #expect(try reopened.backupFiles().count == backups + 1)
        let journal = try reopened.journal()
        #expect(journal.entries.count == 4 && journal.skipped.isEmpty)
        #expect(journal.entries.last?.after == PlanFingerprint.of(try Data(contentsOf: reopened.folder.planFile)))
        // Nothing left to do the next time.
        reopened.close()
        #expect(try PlanStore.open(at: folder.sub("plan")).recoveryNotes.isEmpty)
    }

    @Test func aJournalLineThatDoesNotGiveTheRecordedPlanIsDropped() throws {
        let folder = TemporaryFolder()
        let store = try PlanStore.create(at: folder.sub("plan"), plan: samplePlan())
        for edit in edits() { try store.apply(edit) }
        let plan = store.plan
        let before = PlanFingerprint.of(try Data(contentsOf: store.folder.planFile))
        // A save whose plan held more than its edit (the edit alone does not give that plan).
        let entry = JournalEntry(time: fixedDate, user: "ana", host: "laptop", edit: .set(.vision("only this")),
                                 before: before, after: "1:0000000000000001")
        try Journal.append(entry, to: store.folder.journalFile.path)
        store.close()

        let reopened = try PlanStore.open(at: folder.sub("plan"))
        #expect(reopened.plan == plan)
        #expect(reopened.recoveryNotes.count == 1)
        #expect(reopened.recoveryNotes.first?.contains("was removed") == true)
        #expect(try reopened.journal().entries.count == 3)
        #expect(try reopened.journal().entries.last?.after == before)
    }

    @Test func aTornLastLineIsCutOffByTheNextReadWriteOpenAndNotByAReadOnlyOne() throws {
        let folder = TemporaryFolder()
        let store = try PlanStore.create(at: folder.sub("plan"), plan: samplePlan())
        for edit in edits() { try store.apply(edit) }
        let whole = try Data(contentsOf: store.folder.journalFile)
        try (whole + Data("{\"after\":\"12:".utf8)).write(to: store.folder.journalFile)
        // A second session, read-only while the first holds the lock, changes nothing.
        let reader = try PlanStore.open(at: folder.sub("plan"), pid: 1)
        #expect(reader.mode.isReadOnly)
        #expect(try Data(contentsOf: store.folder.journalFile).count == whole.count + 13)
        store.close()

        let reopened = try PlanStore.open(at: folder.sub("plan"))
        #expect(reopened.recoveryNotes == ["journal.jsonl ended in part of a line (13 bytes) that a session stopped "
                                           + "while writing; it was removed."])
        #expect(try Data(contentsOf: store.folder.journalFile) == whole)
        #expect(try reopened.journal().skipped.isEmpty)
    }

    @Test func theEndOfALongJournalIsFoundWithoutReadingItAll() throws {
        let folder = TemporaryFolder()
        let path = folder.sub("journal.jsonl").path
        let line = String(repeating: "x", count: 70_000)
        try Data("first\n\(line)\nlast\ntorn".utf8).write(to: URL(fileURLWithPath: path))
        let tail = try #require(try Journal.tail(path))
        #expect(tail.lastLine == Data("last".utf8))
        #expect(tail.lastLineStart == Int64(6 + 70_001))
        #expect(tail.tornFrom == Int64(6 + 70_001 + 5))
        try Data("only\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(try Journal.tail(path)?.lastLine == Data("only".utf8))
        #expect(try Journal.tail(path)?.lastLineStart == 0)
        #expect(try Journal.tail(path)?.tornFrom == nil)
        #expect(try Journal.tail(folder.sub("none").path) == nil)
    }
}
