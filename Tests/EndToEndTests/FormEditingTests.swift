import Foundation
import PlanStore
import Testing

@Suite("forms in the real binary", .enabled(if: tmuxAvailable, "tmux is not installed"))
struct FormEditingTests {
    @Test("typing replaces a pre-filled value; Esc on a changed form asks, and n keeps what was typed")
    func typingReplacesAndEscAsks() async throws {
        let sandbox = try Sandbox()
        let session = try await Tmux.workbench(sandbox: sandbox)
        try session.send("0")
        try session.send("l")
        try await session.waitFor("Country     ")
        try session.send("Enter")
        try await session.waitFor("Plan details")
        try session.type("Republic of Mareva")
        try await session.waitFor("Country        Republic of Mareva ")
        #expect(!(try session.screen()).contains("KibaraRepublic"))
        try session.send("Escape")
        try await session.waitFor("Discard the changes?")
        try session.send("n")
        try await session.waitFor("Country        Republic of Mareva ")
        try session.send("Escape")
        try await session.waitFor("Discard the changes?")
        try session.send("y")
        try await session.waitFor("Changes discarded")
        try session.send("q")
        try await session.waitForQuit(sandbox)
        #expect(try PlanStore.load(at: sandbox.plan).meta.country.name == "Republic of Kibara")
    }
}
