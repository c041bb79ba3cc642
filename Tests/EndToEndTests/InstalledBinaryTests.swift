import Foundation
import Testing

/// The binary alone is the whole program: the themes and the example plan are compiled into it,
/// so a copy in a fresh folder (with the package hidden, see ``Isolation``) opens the demo and
/// loads every shipped theme.
@Suite("the installed binary", .enabled(if: tmuxAvailable, "tmux is not installed"))
struct InstalledBinaryTests {
    @Test("copied alone to a fresh folder, socle opens the demo with the projector theme, cycles through every shipped theme, and shows the demo")
    func copiedBinaryOpensTheDemo() async throws {
        let sandbox = try Sandbox(copyExample: false)
        let binary = try Isolation.copyBinary(into: sandbox)
        let tmux = try Tmux(command: Isolation.commandLine(binary, ["--theme", "projector"], sandbox: sandbox),
                            sandbox: sandbox)
        let first = try await tmux.waitUntil("the demo plan's first screen") {
            $0.contains("STAGES") && $0.contains("Republic of Kibara") && statusLine($0).contains("warning")
        }
        #expect(first.contains("0  FOUNDATIONS"))
        #expect(!first.contains("Before you start"), "a theme or setting failed to load:\n\(first)")
        #expect(statusLine(first).hasPrefix(" demo "), "status line: \(statusLine(first))")
        // Every shipped theme is there, in its cycling order after projector.
        for theme in ["mono", "default", "light", "projector"] {
            try tmux.send("t")
            let screen = try await tmux.waitUntil("the notice Theme: \(theme)") { statusLine($0).contains("Theme: \(theme)") }
            #expect(!screen.contains("Before you start"))
        }
        try tmux.send("q")
        let demo = sandbox.root.appendingPathComponent("data/socle/demo")
        try await eventually("socle to quit and release the demo's .lock") {
            !FileManager.default.fileExists(atPath: demo.appendingPathComponent(".lock").path)
        }
        // The demo is the example, byte for byte.
        let example = try Data(contentsOf: SocleBinary.example.appendingPathComponent("plan.json"))
        #expect(try Data(contentsOf: demo.appendingPathComponent("plan.json")) == example)
        // And the commands work on it from the copy too.
        let shown = try Isolation.run(binary, ["show", demo.path, "--stage", "0"], sandbox: sandbox)
        #expect(shown.status == 0, "stderr: \(shown.err)")
        #expect(shown.out.contains("Republic of Kibara"))
        #expect(shown.out.contains("FOUNDATIONS"))
    }
}
