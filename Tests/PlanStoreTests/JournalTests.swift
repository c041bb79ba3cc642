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
        #expect(lines[0].hasPrefix("{\"edit\":"))
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
}
