import Foundation
import PlanDomain
import Testing
@testable import PlanStore

/// Who made each edit (the journal's `author`), and merge conflicts as plan.json stores them.
@Suite struct AuthorAndConflictStorageTests {
    @Test func theJournalRecordsTheAuthorBesideTheAccount() throws {
        let folder = TemporaryFolder()
        let store = try PlanStore.create(at: folder.sub("plan"), plan: samplePlan(), user: "ana", host: "laptop",
                                         author: "Ana Mendes")
        try store.apply(.set(.vision("Everyone protected")))
        let entry = try #require(try store.journal().entries.first)
        #expect(entry.author == "Ana Mendes" && entry.user == "ana" && entry.host == "laptop")
        let line = try String(contentsOf: store.folder.journalFile, encoding: .utf8)
        #expect(line.contains("\"author\":\"Ana Mendes\""))
    }

    @Test func linesWithoutAnAuthorStillReadAndNoAuthorWritesNoKey() throws {
        let folder = TemporaryFolder()
        let store = try PlanStore.create(at: folder.sub("plan"), plan: samplePlan(), user: "ana", host: "laptop")
        try store.apply(.set(.vision("One")))
        let line = try String(contentsOf: store.folder.journalFile, encoding: .utf8)
        #expect(!line.contains("author"))
        // A line as Socle wrote it before authors: no "author" key.
        let old = #"{"edit":{"set":{"_0":{"vision":{"_0":"Old"}}}},"host":"pc","summary":"changed the vision","time":"2025-06-01T00:01:00Z","user":"kofi"}"#
        try Data((line + old + "\n").utf8).write(to: store.folder.journalFile)
        let journal = try store.journal()
        #expect(journal.skipped.isEmpty)
        #expect(journal.entries.map(\.user) == ["ana", "kofi"])
        #expect(journal.entries.allSatisfy { $0.author == nil })
    }

    @Test func conflictsRoundTripAndAPlanWithoutThemHasNoConflictsKey() throws {
        var plan = samplePlan()
        let clean = try PlanCodec.encode(plan)
        #expect(!String(decoding: clean, as: UTF8.self).contains("conflicts"))
        plan.conflicts = [PlanConflict(kind: .measure, id: "MEA-1", field: "benefit.annualAmount", base: .int(0),
                                       ours: .int(4000), theirs: .double(4500.5), oursBy: "main", theirsBy: "labour",
                                       time: "2026-11-30T10:00:00Z")]
        let data = try PlanCodec.encode(plan)
        #expect(try PlanCodec.decode(data, file: "plan.json").plan == plan)
    }

    /// A Socle that does not know a top-level field refuses the file rather than dropping the field
    /// on its next save: how a Socle older than `conflicts` treats a plan that holds some.
    @Test func anUnknownTopLevelFieldIsRefusedNotDropped() throws {
        var object = try #require(try JSONSerialization.jsonObject(with: PlanCodec.encode(samplePlan())) as? [String: Any])
        object["conflictsFromTheFuture"] = [["field": "x"]]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        #expect(throws: PlanFileError.self) { try PlanCodec.decode(data, file: "plan.json") }
    }
}
