import Foundation
import PlanStore
import Testing

/// `[keys]` in config.toml, through the real program: the hints show the keys chosen, the keys do
/// what they were bound to, and a bad entry is named with its line before the plan opens.
@Suite("rebinding keys in config.toml", .enabled(if: tmuxAvailable, "tmux is not installed"))
struct KeyRebindingTests {
    private func sandbox(config: String) throws -> Sandbox {
        let sandbox = try Sandbox()
        let folder = sandbox.root.appendingPathComponent("config/socle")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(config.utf8).write(to: folder.appendingPathComponent("config.toml"))
        return sandbox
    }

    @Test("rebound keys show in the hints and the help, run their commands, and the old keys do nothing")
    func reboundKeys() async throws {
        let sandbox = try sandbox(config: "[keys]\nquit = \"Q\"\nadd = \"n\"\n\n[keys.form]\nconfirm = \"F10\"\n")
        let tmux = try await Tmux.workbench(sandbox: sandbox, columns: 200, rows: 50, reportExit: true)
        let schemes = try await tmux.openSchemes()
        #expect(statusLine(schemes).contains("n add"), Comment(rawValue: Tmux.framed(schemes)))
        #expect(statusLine(schemes).contains("Q quit"), Comment(rawValue: Tmux.framed(schemes)))

        try tmux.send("a")
        try await tmux.waitUntil("a to say it does nothing") { statusLine($0).contains("a does nothing here") }
        try tmux.send("n")
        let form = try await tmux.waitFor("New scheme SCH-12")
        #expect(form.contains("F10 saves"), Comment(rawValue: Tmux.framed(form)))
        try tmux.type("Rebound scheme")
        try tmux.send("F10")
        try await tmux.waitUntil("the scheme to be added") { statusLine($0).contains("Added scheme SCH-12.") }

        try tmux.send("?")
        let help = try await tmux.waitFor("Quit (asks first if a save failed) · rebound")
        #expect(help.contains("(default: q)"), Comment(rawValue: Tmux.framed(help)))
        try tmux.send("Escape")
        try tmux.send("q")
        try await tmux.waitUntil("q to say it does nothing") { statusLine($0).contains("q does nothing here") }
        try tmux.send("Q")
        let end = try await tmux.waitFor("EXIT=", transcript: true)
        #expect(end.contains("EXIT=0"))
        #expect(try PlanStore.load(at: sandbox.plan).stocktake.schemes.last?.name == "Rebound scheme")
    }

    @Test("a key bound twice is named with its file and line, and the standard keys are used")
    func badEntry() async throws {
        let sandbox = try sandbox(config: "theme = \"mono\"\n[keys]\nquit = \"j\"\n")
        let tmux = try Tmux.socle(sandbox: sandbox, columns: 200, rows: 50)
        let screen = try await tmux.waitFor("Before you start")
        #expect(screen.contains("config.toml:3: keys.quit: j is bound twice"), Comment(rawValue: Tmux.framed(screen)))
        try tmux.send("Enter")
        try await tmux.waitUntil("the workbench") { statusLine($0).contains("q quit") }
        try tmux.send("q")
        try await tmux.waitForQuit(sandbox)
    }
}
