import Foundation
import PlanDomain
import Testing
@testable import PlanStore

/// Issue 15, item 7, through the real binary: a save killed after its journal line (the commit
/// point) and before plan.json was replaced is finished by the next command that opens the plan
/// for editing, which says so; a torn journal line is cut off.
@Suite struct RecoveryCommandTests {
    /// The state a kill leaves between the commit point and the rename: the journal line of a
    /// change to the vision is on disk, plan.json is the one before.
    static func leaveAHalfDoneSave(in plan: URL) throws {
        let store = try PlanStore.open(at: plan, user: "ana", host: "laptop")
        var next = store.plan
        try next.apply(.set(.vision("Saved by a session that was killed")))
        let entry = JournalEntry(time: Date(timeIntervalSince1970: 1_748_736_000), user: "ana", host: "laptop",
                                 edit: .set(.vision("Saved by a session that was killed")),
                                 before: PlanFingerprint.of(try Data(contentsOf: store.folder.planFile)),
                                 after: PlanFingerprint.of(try PlanCodec.encode(next)))
        try Journal.append(entry, to: store.folder.journalFile.path)
        store.close()
    }

    @Test func importFinishesASaveAKillLeftHalfDoneAndSaysSo() throws {
        let (plan, file) = try CoverageAndImportCommandTests.copy(csv: "id,size\nGRP-1,123456\n")
        defer { try? FileManager.default.removeItem(at: plan.deletingLastPathComponent()) }
        try Self.leaveAHalfDoneSave(in: plan)
        let result = try CoverageAndImportCommandTests.run(["import", "groups", plan.path, file.path])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.err.contains("The last change (changed the vision, by ana@laptop at 2025-06-01 00:00 UTC) was in the "
                                    + "journal but not yet in plan.json when its session stopped; it has now been saved."),
                "\(result.err)")
        let saved = try PlanStore.load(at: plan)
        #expect(saved.strategy.vision == "Saved by a session that was killed")
        #expect(saved.stocktake.groups.first { $0.id == "GRP-1" }?.size == 123_456)
        let journal = try PlanStore.readJournal(at: plan)
        #expect(journal.entries.count == 2 && journal.skipped.isEmpty)
        #expect(journal.entries.last?.after == PlanFingerprint.of(try Data(contentsOf: plan.appendingPathComponent("plan.json"))))
    }

    @Test(.enabled(if: tmuxAvailable, "tmux is not installed"))
    func theWorkbenchFinishesItAndSaysSoBeforeAnythingElse() async throws {
        let sandbox = try Sandbox()
        try Self.leaveAHalfDoneSave(in: sandbox.plan)
        let tmux = try Tmux.socle(sandbox: sandbox)
        try await tmux.waitFor("Before you start")
        try await tmux.waitFor("was in the journal but not yet in plan.json")
        try tmux.send("Escape")
        try tmux.send("q")
        try await tmux.waitForQuit(sandbox)
        #expect(try PlanStore.load(at: sandbox.plan).strategy.vision == "Saved by a session that was killed")
    }
}
