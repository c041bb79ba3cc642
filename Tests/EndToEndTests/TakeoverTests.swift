import Foundation
import PlanStore
import Testing

/// A holder frozen like a half-open SSH connection (kill -STOP): the read-only session may take
/// the plan over, and the old holder, once it runs again, writes nothing to plan.json and keeps
/// what it confirmed in a recovery file.
@Suite("taking a lock over", .enabled(if: tmuxAvailable, "tmux is not installed"))
struct TakeoverTests {
    @Test("kill -STOP the holder, take over from a second session, kill -CONT: the ghost writes nothing")
    func takeOverFromStoppedHolder() async throws {
        let sandbox = try Sandbox(user: "e2e-ghost")
        try sandbox.exclusiveLocks()
        // Under a shell, as over SSH: tmux continues a stopped process that is its own child.
        let ghost = try await Tmux.workbench(sandbox: sandbox, reportExit: true)
        let ghostPID = try sandbox.lockPID()
        try await ghost.openSchemes()
        try ghost.send("a")
        try await ghost.waitFor("New scheme SCH-12")
        try ghost.type("Typed by the ghost")
        try await ghost.waitFor("Typed by the ghost")
        #expect(kill(ghostPID, SIGSTOP) == 0)
        try await eventually("the ghost to stop") { processState(ghostPID) == "T" }

        let second = try Tmux.socle(sandbox: sandbox, environment: ["USER": "e2e-second"])
        let offer = try await second.waitFor("Take the plan over?")
        #expect(offer.contains("e2e-ghost"), "the offer names the holder:\n\(Tmux.framed(offer))")
        #expect(offer.contains("stopped"))
        try second.send("y")
        try await second.waitUntil("the takeover") { $0.contains("You hold the plan now") }
        #expect(try sandbox.lockPID() == second.panePID())
        try await second.openSchemes()
        try await second.addScheme("Added after the takeover")
        // plan.json follows the journal line in the background (issue 8): wait for it.
        try await eventually("plan.json to hold the second's scheme") {
            (try? String(decoding: sandbox.planBytes(), as: UTF8.self))?.contains("Added after the takeover") == true
        }
        let afterTakeover = try sandbox.planBytes()

        #expect(kill(ghostPID, SIGCONT) == 0)
        try ghost.send("C-s")
        let told = try await ghost.waitFor("This session is read-only now")
        #expect(told.contains("e2e-second") && told.contains("took the plan over"), Comment(rawValue: Tmux.framed(told)))
        #expect(told.contains("kept in"), Comment(rawValue: Tmux.framed(told)))
        #expect(statusLine(told).contains("READ-ONLY"))
        try ghost.send("Escape")
        try await ghost.waitUntil("the message to close") { !$0.contains("This session is read-only now") }
        try ghost.send("a")
        try await ghost.waitFor("Read-only")
        #expect(try sandbox.planBytes() == afterTakeover, "the ghost wrote to plan.json after the takeover")
        #expect(try sandbox.recoveryText().contains("Typed by the ghost"), "the ghost's confirmed change is kept")
        #expect(try sandbox.lockPID() == second.panePID(), "the ghost left the new holder's lock alone")

        try ghost.send("q")
        try await eventually("the ghost to quit") { !processExists(ghostPID) }
        #expect(sandbox.lockExists, "quitting the ghost must not remove the new holder's lock")
        #expect(try sandbox.planBytes() == afterTakeover)
        try second.send("q")
        try await second.waitForQuit(sandbox)
        let plan = try PlanStore.load(at: sandbox.plan)
        #expect(plan.stocktake.schemes.map(\.name).contains("Added after the takeover"))
        #expect(!plan.stocktake.schemes.map(\.name).contains("Typed by the ghost"))

        // The next session offers the ghost's change; restored, it takes the next free id.
        let next = try Tmux.socle(sandbox: sandbox)
        try await next.waitFor("Unsaved changes from an earlier session")
        try next.send("r")
        try await next.waitUntil("the restore") { $0.contains("SCH-12 is SCH-13") }
        try next.send("q")
        try await next.waitForQuit(sandbox)
        let restored = try PlanStore.load(at: sandbox.plan).stocktake.schemes.map { "\($0.id) \($0.name)" }
        #expect(restored.suffix(2) == ["SCH-12 Added after the takeover", "SCH-13 Typed by the ghost"])
        #expect(sandbox.recoveryFiles().isEmpty)
    }

    @Test("a holder idle past lock_idle_minutes is offered for takeover; once taken, its next key shows it read-only")
    func takeOverFromIdleHolder() async throws {
        let sandbox = try Sandbox(user: "e2e-idle")
        try sandbox.exclusiveLocks(idleMinutes: 1)
        let idle = try await Tmux.workbench(sandbox: sandbox)
        // No key pressed there for two minutes: the lock was last refreshed then.
        let then = Date().addingTimeInterval(-125)
        try FileManager.default.setAttributes([.modificationDate: then], ofItemAtPath: sandbox.lockFile.path)

        let second = try Tmux.socle(sandbox: sandbox, environment: ["USER": "e2e-second"])
        let offer = try await second.waitFor("Take the plan over?")
        #expect(offer.contains("has been idle for 2"), Comment(rawValue: Tmux.framed(offer)))
        try second.send("y")
        try await second.waitUntil("the takeover") { $0.contains("You hold the plan now") }

        try idle.send("j")
        // Wait for the whole frame: the notice and the status line are drawn together, but a capture
        // on a busy machine can land before the status line is.
        let told = try await idle.waitUntil("the read-only notice and status line") {
            $0.contains("This session is read-only now") && statusLine($0).contains("READ-ONLY")
        }
        #expect(told.contains("e2e-second"))
        try second.send("q")
        try await second.waitForQuit(sandbox)
        idle.close()
    }

    @Test("an active holder is not taken over with T; the message says when it can be")
    func activeHolderNeedsForce() async throws {
        let sandbox = try Sandbox(user: "e2e-first")
        try sandbox.exclusiveLocks()
        let first = try await Tmux.workbench(sandbox: sandbox)
        let second = try await Tmux.workbench(sandbox: sandbox, environment: ["USER": "e2e-second"], columns: 120)
        try second.send("a")
        let hint = try await second.waitUntil("the refusal") { $0.contains("Read-only (T") }
        #expect(hint.contains("T takes over if it is stuck"), Comment(rawValue: Tmux.framed(hint)))
        try second.send("T")
        let refused = try await second.waitFor("The plan is in use")
        #expect(refused.contains("e2e-first") && refused.contains("is active"), Comment(rawValue: Tmux.framed(refused)))
        #expect(refused.contains("--force"), Comment(rawValue: Tmux.framed(refused)))
        try second.send("Escape")
        try second.send("q")
        first.close()
    }
}
