import Foundation
import PlanDomain
import Testing
@testable import PlanStore

/// Faults injected into the flush of the plan folder, which comes after the journal line is written
/// (a new journal file) and after plan.json is replaced: the save either happened or it did not, and
/// it says which. It never throws about a plan that is saved.
@Suite struct SaveFlushFaultTests {
    struct FlushFailed: Error, CustomStringConvertible {
        var description: String { "cannot flush the folder: input/output error" }
    }

    /// Fails the first `count` folder flushes, then lets them through.
    final class FlakyFlush: @unchecked Sendable {
        var failures: Int
        private(set) var calls = 0
        init(failing count: Int) { failures = count }
        func sync(_ path: String) throws {
            calls += 1
            if failures > 0 {
                failures -= 1
                throw FlushFailed()
            }
        }
    }

    let vision = Edit.set(.vision("Everyone protected by 2030"))

    /// The first save creates journal.jsonl; the folder flush that follows fails. The line is written,
    /// so the save goes on: plan.json has the change, the journal one line, and nothing is redone
    /// when the plan is opened again (before the fix, save threw "not saved" and the next open
    /// applied the edit anyway from the journal).
    @Test func aFailedFlushAfterTheJournalLineDoesNotFailASaveThatHappens() throws {
        let folder = TemporaryFolder()
        let store = try PlanStore.create(at: folder.sub("plan"), plan: samplePlan(), clock: { fixedDate })
        let flush = FlakyFlush(failing: 1)
        store.syncFolder = flush.sync
        try store.apply(vision)
        #expect(flush.calls == 2, "after the new journal file, and after the rename")
        #expect(try PlanStore.load(at: folder.sub("plan")).strategy.vision == "Everyone protected by 2030")
        #expect(try store.journal().entries.map(\.edit) == [vision])
        store.close()
        let reopened = try PlanStore.open(at: folder.sub("plan"), clock: { fixedDate })
        defer { reopened.close() }
        #expect(reopened.recoveryNotes.isEmpty)
        #expect(reopened.plan.strategy.vision == "Everyone protected by 2030")
        #expect(try reopened.journal().entries.count == 1)
    }

    /// Every flush fails: plan.json is replaced all the same, so the save returns and says the
    /// folder could not be flushed, instead of throwing.
    @Test func aFailedFlushAfterTheRenameIsReportedNotThrown() throws {
        let folder = TemporaryFolder()
        let store = try PlanStore.create(at: folder.sub("plan"), plan: samplePlan(), clock: { fixedDate })
        defer { store.close() }
        store.syncFolder = FlakyFlush(failing: .max).sync
        var next = store.plan
        try next.apply(vision)
        let result = try store.save(next, edit: vision)
        #expect(result.unflushed == "cannot flush the folder: input/output error")
        #expect(store.plan.strategy.vision == "Everyone protected by 2030")
        #expect(try PlanStore.load(at: folder.sub("plan")).strategy.vision == "Everyone protected by 2030")
        #expect(try store.journal().entries.count == 1)
        // Flushes work again: the next save reports nothing.
        store.syncFolder = FlakyFlush(failing: 0).sync
        let second = Edit.set(.vision("Everyone protected by 2031"))
        next = store.plan
        try next.apply(second)
        #expect(try store.save(next, edit: second).unflushed == nil)
    }

    /// A line that could not be written is not there, and the save throws with plan.json unchanged.
    @Test func aLineThatCannotBeWrittenFailsTheSave() throws {
        let folder = TemporaryFolder()
        let store = try PlanStore.create(at: folder.sub("plan"), plan: samplePlan(), clock: { fixedDate })
        defer { store.close() }
        // A folder where journal.jsonl should be: opening it for appending fails.
        try FileManager.default.createDirectory(at: store.folder.journalFile, withIntermediateDirectories: false)
        #expect(throws: PlanStoreError.self) { try store.apply(vision) }
        #expect(try PlanStore.load(at: folder.sub("plan")) == samplePlan())
        #expect(store.plan == samplePlan())
    }
}
