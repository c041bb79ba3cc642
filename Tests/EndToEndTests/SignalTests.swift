import Foundation
import PlanStore
import Testing

/// Quitting and signals with changes that could not be saved: nothing confirmed is dropped
/// silently. A form being filled in is not confirmed (docs/GUARANTEES.md).
@Suite("unsaved changes at the end of a session", .enabled(if: tmuxAvailable, "tmux is not installed"))
struct SignalTests {
    @Test("an idle session ends with 128 + the signal, and removes .lock", arguments: [SIGTERM, SIGHUP, SIGINT])
    func exitStatus(signal: Int32) async throws {
        let sandbox = try Sandbox()
        let tmux = try await Tmux.workbench(sandbox: sandbox, reportExit: true, afterwards: "sleep 60")
        #expect(kill(try sandbox.lockPID(), signal) == 0)
        #expect(try await tmux.exitStatus() == 128 + Int(signal))
        #expect(!sandbox.lockExists)
        try tmux.expectTerminalRestored()
    }

    @Test("a signal mid-form after a failed save: the confirmed change goes to a recovery file, the draft does not; the next open restores it", arguments: [SIGTERM, SIGHUP, SIGINT])
    func signalMidForm(signal: Int32) async throws {
        let sandbox = try Sandbox()
        let tmux = try await Tmux.workbench(sandbox: sandbox, reportExit: true)
        try await tmux.openSchemes()
        try sandbox.breakSaves()
        try await tmux.addSchemeThatFails("Confirmed before the signal")
        try tmux.send("a")
        try await tmux.waitFor("New scheme SCH-13")
        try tmux.type("Draft never confirmed")
        try await tmux.waitFor("Draft never confirmed")
        #expect(kill(try sandbox.lockPID(), signal) == 0)
        #expect(try await tmux.exitStatus() == 128 + Int(signal))
        #expect(!sandbox.lockExists)
        let kept = try sandbox.recoveryText()
        #expect(kept.contains("Confirmed before the signal"))
        #expect(!kept.contains("Draft never confirmed"))
        #expect(try tmux.transcript().contains("the next session on this plan offers to restore"))
        #expect(try PlanStore.load(at: sandbox.plan).stocktake.schemes.count == 11, "plan.json is unchanged")

        try sandbox.repairSaves()
        try await restoreAtNextOpen(sandbox, scheme: "Confirmed before the signal")
    }

    @Test("a signal that arrives with the Save key still unread: the key is read first, and the change it confirms (whose save fails) is kept")
    func signalMidSave() async throws {
        let sandbox = try Sandbox()
        let tmux = try await Tmux.workbench(sandbox: sandbox, reportExit: true)
        try await tmux.openSchemes()
        try sandbox.breakSaves()
        try tmux.send("a")
        try await tmux.waitFor("New scheme SCH-12")
        try tmux.type("Saved as the signal came")
        try await tmux.waitFor("Saved as the signal came")
        let pid = try sandbox.lockPID()
        // Stopped, the process gets the key and the signal together when it continues.
        #expect(kill(pid, SIGSTOP) == 0)
        try await eventually("socle to stop") { processState(pid) == "T" }
        try tmux.send("C-s")
        #expect(kill(pid, SIGHUP) == 0)
        #expect(kill(pid, SIGCONT) == 0)
        #expect(try await tmux.exitStatus() == 128 + Int(SIGHUP))
        #expect(try sandbox.recoveryText().contains("Saved as the signal came"))
        #expect(!sandbox.lockExists)
    }

    @Test("q after SAVE FAILED asks; k quits keeping a recovery file (under the state home when the folder cannot take it); the next open offers it: k keeps it, then r restores")
    func quitAfterSaveFailed() async throws {
        let sandbox = try Sandbox()
        let tmux = try await Tmux.workbench(sandbox: sandbox, reportExit: true)
        try await tmux.openSchemes()
        try sandbox.breakSaves()
        try Data("in the way\n".utf8).write(to: sandbox.plan.appendingPathComponent("recovery"))
        try await tmux.addSchemeThatFails("Kept when quitting")
        try tmux.send("q")
        try await tmux.waitFor("Quit with unsaved changes?")
        try tmux.send("Escape")
        try await tmux.waitUntil("the dialog to close") { !$0.contains("Quit with unsaved changes?") }
        try tmux.send("q")
        try await tmux.waitFor("Quit with unsaved changes?")
        try tmux.send("k")
        #expect(try await tmux.exitStatus() == 0)
        let files = sandbox.recoveryFiles()
        #expect(files.count == 1 && files[0].path.contains("/.local/state/socle/recovery/"), "\(files)")
        #expect(try sandbox.recoveryText().contains("Kept when quitting"))

        try sandbox.repairSaves()
        let later = try Tmux.socle(sandbox: sandbox)
        try await later.waitFor("Unsaved changes from an earlier session")
        try later.send("k")
        try await later.waitUntil("the offer to close") { $0.contains("Kept for later") }
        try later.send("q")
        try await later.waitForQuit(sandbox)
        #expect(sandbox.recoveryFiles().count == 1)

        try await restoreAtNextOpen(sandbox, scheme: "Kept when quitting")
    }

    @Test("Ctrl-C mid-form after SAVE FAILED asks too; k keeps the confirmed change, not the draft")
    func controlCMidForm() async throws {
        let sandbox = try Sandbox()
        let tmux = try await Tmux.workbench(sandbox: sandbox, reportExit: true)
        try await tmux.openSchemes()
        try sandbox.breakSaves()
        try await tmux.addSchemeThatFails("Confirmed before Ctrl-C")
        try tmux.send("a")
        try await tmux.waitFor("New scheme SCH-13")
        try tmux.type("Draft at Ctrl-C")
        try tmux.send("C-c")
        try await tmux.waitFor("Quit with unsaved changes?")
        try tmux.send("k")
        #expect(try await tmux.exitStatus() == 0)
        let kept = try sandbox.recoveryText()
        #expect(kept.contains("Confirmed before Ctrl-C"))
        #expect(!kept.contains("Draft at Ctrl-C"))
        #expect(!sandbox.lockExists)
    }

    @Test("q after SAVE FAILED, then s once the disk is fixed: saved, and quits")
    func saveAgainWhenQuitting() async throws {
        let sandbox = try Sandbox()
        let tmux = try await Tmux.workbench(sandbox: sandbox, reportExit: true)
        try await tmux.openSchemes()
        try sandbox.breakSaves()
        try await tmux.addSchemeThatFails("Saved on the way out")
        try tmux.send("C-c")
        try await tmux.waitFor("Quit with unsaved changes?")
        try sandbox.repairSaves()
        try tmux.send("s")
        #expect(try await tmux.exitStatus() == 0)
        #expect(try PlanStore.load(at: sandbox.plan).stocktake.schemes.last?.name == "Saved on the way out")
        #expect(sandbox.recoveryFiles().isEmpty)
        let journal = try sandbox.journalEntries()
        #expect((journal.last?["summary"] as? String)?.contains("added scheme SCH-12") == true,
                "the journal records the change itself: \(journal.last ?? [:])")
    }

    @Test("an idle session does not wake up: under 3 runs of its main thread in 3 s (it polled 5 times a second)")
    func idleDoesNotWake() async throws {
        let sandbox = try Sandbox()
        let tmux = try await Tmux.workbench(sandbox: sandbox)
        let pid = try sandbox.lockPID()
        func runs() throws -> Int {
            // /proc/PID/schedstat: time on the CPU, time waiting, and how many times it ran.
            let fields = try String(contentsOfFile: "/proc/\(pid)/schedstat", encoding: .utf8).split(separator: " ")
            return Int(fields[2].trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        }
        try await Task.sleep(for: .milliseconds(500))
        let before = try runs()
        try await Task.sleep(for: .seconds(3))
        let after = try runs()
        #expect(after - before < 3, "the main thread ran \(after - before) times in 3 s while idle")
        try tmux.send("q")
        try await tmux.waitForQuit(sandbox)
    }

    /// Opens the plan again, restores the recovery file it offers, and checks the scheme is saved.
    private func restoreAtNextOpen(_ sandbox: Sandbox, scheme: String,
                                   sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let next = try Tmux.socle(sandbox: sandbox)
        try await next.waitFor("Unsaved changes from an earlier session", sourceLocation: sourceLocation)
        try next.send("r")
        try await next.waitUntil("the restored change to be saved", sourceLocation: sourceLocation) {
            $0.contains("Added scheme SCH-12") && statusLine($0).contains("saved")
        }
        #expect(try PlanStore.load(at: sandbox.plan).stocktake.schemes.last?.name == scheme,
                sourceLocation: sourceLocation)
        try await eventually("the recovery file to be removed", sourceLocation: sourceLocation) {
            sandbox.recoveryFiles().isEmpty
        }
        try next.send("q")
        try await next.waitForQuit(sandbox, sourceLocation: sourceLocation)
    }
}
