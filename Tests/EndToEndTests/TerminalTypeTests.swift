import Foundation
import Testing

/// A terminal socle cannot draw on is refused in words, with exit 2, before anything changes.
@Suite("unusable terminal types", .enabled(if: tmuxAvailable, "tmux is not installed"))
struct TerminalTypeTests {
    @Test("TERM naming no terminfo entry, or a dumb terminal: exit 2, a clear message, the plan untouched",
          arguments: ["nonexistent-term", "dumb"])
    func refusesTerminal(term: String) async throws {
        let sandbox = try Sandbox()
        let before = try sandbox.planBytes()
        let tmux = try Tmux.socle(sandbox: sandbox, environment: ["TERM": term], reportExit: true)
        let screen = try await tmux.waitFor("EXIT=", transcript: true)
        #expect(screen.contains("EXIT=2"), "screen:\n\(screen)")
        #expect(screen.contains("\"\(term)\""), "the message names the terminal type:\n\(screen)")
        #expect(screen.contains("TERM=xterm-256color"), "the message suggests one that works:\n\(screen)")
        #expect(try sandbox.planBytes() == before)
        #expect(!sandbox.lockExists)
    }
}
