import Foundation
import PlanStore
import Testing

@Suite("two sessions on one plan, with shared_editing = false", .enabled(if: tmuxAvailable, "tmux is not installed"))
struct LockTests {
    @Test("the second is read-only, says who holds the plan when asked to change it; after the first quits a new one edits")
    func secondSessionIsReadOnly() async throws {
        let sandbox = try Sandbox(user: "e2e-first")
        try sandbox.exclusiveLocks()
        let first = try await Tmux.workbench(sandbox: sandbox)
        let holder = try first.panePID()

        let second = try await Tmux.workbench(sandbox: sandbox, environment: ["USER": "e2e-second"], columns: 120)
        #expect(statusLine(try second.screen()).contains("READ-ONLY"))
        try await second.openSchemes()
        try second.send("a")
        let refused = try await second.waitFor("Read-only")
        #expect(statusLine(refused).contains("e2e-first"), "status line: \(statusLine(refused))")
        #expect(statusLine(refused).contains("\(holder)"), "status line: \(statusLine(refused))")
        #expect(!refused.contains("New scheme"))
        try second.send("q")

        try first.send("q")
        try await eventually("the first session to end") { !processExists(holder) }
        try await eventually("the lock to be released") { !sandbox.lockExists }

        let third = try await Tmux.workbench(sandbox: sandbox)
        #expect(statusLine(try third.screen()).contains("saved"))
        try await third.openSchemes()
        try third.send("a")
        try await third.waitFor("New scheme SCH-12")
        try third.send("Escape")
        try third.send("q")
        try await third.waitForQuit(sandbox)
        #expect(try PlanStore.load(at: sandbox.plan).stocktake.schemes.count == 11)
    }

    @Test("at 80x24 the read-only status line says who holds the plan, without a key pressed")
    func readOnlyStatusNamesHolder() async throws {
        let sandbox = try Sandbox(user: "e2e-first")
        try sandbox.exclusiveLocks()
        let first = try await Tmux.workbench(sandbox: sandbox)
        let holder = try first.panePID()
        let second = try await Tmux.workbench(sandbox: sandbox, environment: ["USER": "e2e-second"])
        let status = statusLine(try second.screen())
        #expect(status.contains("READ-ONLY"))
        #expect(status.contains("e2e-first"), "status line: \(status)")
        #expect(status.contains("\(holder)"), "status line: \(status)")
        second.close()
        first.close()
    }
}
