import Foundation
import PlanStore
import Testing

@Suite("ending a session", .enabled(if: tmuxAvailable, "tmux is not installed"))
struct QuitTests {
    @Test("q quits, gives the terminal back to the shell, and removes .lock")
    func quitWithQ() async throws {
        let sandbox = try Sandbox()
        let tmux = try await Tmux.workbench(sandbox: sandbox, reportExit: true)
        try tmux.send("q")
        let screen = try await tmux.waitFor("EXIT=", transcript: true)
        #expect(screen.contains("EXIT=0"))
        #expect(!sandbox.lockExists)
    }

    @Test("Ctrl-C quits cleanly: the shell goes on and .lock is gone")
    func controlC() async throws {
        let sandbox = try Sandbox()
        let tmux = try await Tmux.workbench(sandbox: sandbox, reportExit: true)
        try tmux.send("C-c")
        let screen = try await tmux.waitFor("EXIT=", transcript: true)
        #expect(!screen.contains("STAGES"), "the workbench is still on screen:\n\(Tmux.framed(screen))")
        try await eventually(".lock to be removed") { !sandbox.lockExists }
        _ = try PlanStore.load(at: sandbox.plan)
    }

    @Test("SIGTERM and SIGHUP after an edit: the edit is kept, .lock is gone, plan.json is valid",
          arguments: [SIGTERM, SIGHUP])
    func terminatingSignal(signal: Int32) async throws {
        let sandbox = try Sandbox()
        let tmux = try await Tmux.workbench(sandbox: sandbox, reportExit: true)
        try await tmux.openSchemes()
        try await tmux.addScheme("Scheme before the signal")
        let pid = try sandbox.lockPID()
        #expect(kill(pid, signal) == 0)
        try await tmux.waitFor("EXIT=", transcript: true)
        try await eventually(".lock to be removed") { !sandbox.lockExists }
        let plan = try PlanStore.load(at: sandbox.plan)
        #expect(plan.stocktake.schemes.last?.name == "Scheme before the signal")
    }
}
