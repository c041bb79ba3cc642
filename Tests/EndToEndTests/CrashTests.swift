import Foundation
import PlanStore
import Testing

@Suite("kill -9 while editing", .enabled(if: tmuxAvailable, "tmux is not installed"))
struct CrashTests {
    @Test("the confirmed edit survives, the unsaved form does not, and the stale lock is taken over")
    func killDuringEdit() async throws {
        let sandbox = try Sandbox()
        let first = try await Tmux.workbench(sandbox: sandbox)
        try await first.openSchemes()
        try await first.addScheme("Confirmed scheme")
        try await first.waitUntil("the status line to say saved") { statusLine($0).contains("saved") }

        try first.send("Enter")
        try await first.waitFor("Scheme SCH-12 ")
        try first.send("C-u")
        try first.type("Unsaved draft")
        try await first.waitFor("Unsaved draft")

        let pid = try first.panePID()  // the pane runs socle with exec
        #expect(try sandbox.lockPID() == pid)
        #expect(kill(pid, SIGKILL) == 0)
        try await eventually("socle (pid \(pid)) to be gone") { !processExists(pid) }
        #expect(sandbox.lockExists, "kill -9 leaves the lock behind: the next session must take it over")

        let plan = try PlanStore.load(at: sandbox.plan)
        let scheme = plan.stocktake.schemes.first { $0.id == "SCH-12" }
        #expect(scheme?.name == "Confirmed scheme")

        let second = try await Tmux.workbench(sandbox: sandbox)
        let screen = try second.screen()
        #expect(statusLine(screen).contains("saved"), "status line: \(statusLine(screen))")
        #expect(!screen.contains("READ-ONLY"))
        #expect(try sandbox.lockPID() == second.panePID())
        try await second.openSchemes()
        try await second.waitFor("SCH-12   Confirmed scheme")
        #expect(!(try second.screen()).contains("Unsaved draft"))
        try second.send("q")
        try await second.waitForQuit(sandbox)
    }
}
