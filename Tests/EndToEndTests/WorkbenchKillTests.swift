import Foundation
import PlanDomain
import Testing
@testable import PlanStore

/// `kill -9` of the workbench in the middle of a burst of saves (undo and redo of an added scheme,
/// each one a save): after every kill the plan opens for editing, and its journal has no torn line
/// and its last line records plan.json. `SOCLE_WORKBENCH_KILLS=N` sets the rounds (10 by default).
@Suite("kills during workbench saves", .enabled(if: tmuxAvailable, "tmux is not installed"), .serialized)
struct WorkbenchKillTests {
    static var rounds: Int {
        ProcessInfo.processInfo.environment["SOCLE_WORKBENCH_KILLS"].flatMap(Int.init).map { max(1, $0) } ?? 10
    }

    @Test func aWorkbenchKilledWhileSavingLeavesAPlanAndAJournalThatAgree() async throws {
        let sandbox = try Sandbox()
        var generator = SystemRandomNumberGenerator()
        var finished = 0
        for round in 0..<Self.rounds {
            let tmux = try await Tmux.workbench(sandbox: sandbox)
            try await tmux.openSchemes()
            try tmux.send("a")
            try await tmux.waitFor("New scheme")
            try tmux.type("Pilot \(round)")
            try tmux.send("C-s")
            try await tmux.waitUntil("the scheme to be added") { statusLine($0).contains("Added scheme") }
            let pid = try tmux.panePID()
            for _ in 0..<20 { try tmux.send("u", "C-r") }
            usleep(UInt32.random(in: 20_000...400_000, using: &generator))
            kill(pid, SIGKILL)
            tmux.close()

            let store = try PlanStore.open(at: sandbox.plan, user: sandbox.user)
            #expect(store.mode == .readWrite, "round \(round): \(store.mode)")
            finished += store.recoveryNotes.filter { $0.contains("plan.json now holds them") }.count
            let journal = try store.journal()
            #expect(journal.skipped.isEmpty, "round \(round): \(journal.skipped)")
            let last = try #require(journal.entries.last, "round \(round): no journal line")
            // The workbench commits by journal line; after the open, the last line records plan.json
            // (the checkpoint of its rewrite), and plan.json holds the plan opened.
            let tail = try #require(try Journal.tail(store.folder.journalFile.path)?.lastLine)
            let recorded = JournalCheckpoint.decode(tail)?.checkpoint ?? Journal.decodeEntry(tail)?.after
            #expect(recorded == PlanFingerprint.of(try Data(contentsOf: store.folder.planFile)),
                    "round \(round): the journal's last line is not plan.json's")
            #expect(try PlanStore.load(at: sandbox.plan) == store.plan, "round \(round): plan.json is behind")
            let ids = Set(store.plan.stocktake.schemes.map(\.id))
            switch last.edit {
            case .insert(let entity, _): #expect(ids.contains(entity.id), "round \(round): \(entity.id) added, not in the plan")
            case .delete(_, let id): #expect(!ids.contains(id), "round \(round): \(id) deleted, still in the plan")
            default: Issue.record("round \(round): unexpected last edit \(last.summary)")
            }
            store.close()
        }
        print("workbench kill test: \(Self.rounds) kills, \(finished) rounds with committed edits written to plan.json on reopening")
    }
}
