import Foundation
import Testing

/// A plan.json damaged by hand is reported with its place and never overwritten.
@Suite("a damaged plan.json")
struct DamagedPlanTests {
    /// The example with the first colon on line 40 deleted.
    static func missingColon() throws -> Sandbox {
        let sandbox = try Sandbox()
        try sandbox.editPlanText { text in
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if let colon = lines[39].firstIndex(of: ":") { lines[39].remove(at: colon) }
            return lines.joined(separator: "\n")
        }
        return sandbox
    }

    /// The example cut off in the middle of a value some 20,000 bytes in; returns the line the
    /// file now ends on.
    static func truncated() throws -> (Sandbox, line: Int) {
        let sandbox = try Sandbox()
        var cut = try sandbox.planBytes().prefix(20_000)
        while let last = cut.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\n") { cut.removeLast() }
        cut.removeLast(3)
        // The last line is the last one with text on it (the cut may leave an indented blank line).
        while let last = cut.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\n") { cut.removeLast() }
        try cut.write(to: sandbox.planJSON)
        return (sandbox, cut.count { $0 == UInt8(ascii: "\n") } + 1)
    }

    @Test("a missing colon: check and show exit 2, name the file and line 40, change nothing")
    func missingColonOnTheCommandLine() throws {
        let sandbox = try Self.missingColon()
        let before = try sandbox.planBytes()
        let lines = String(decoding: before, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(!lines[39].contains(":"), "line 40: \(lines[39])")
        for command in ["check", "show"] {
            let result = try runSocle([command, sandbox.plan.path], in: sandbox)
            #expect(result.status == 2, "socle \(command) exit status \(result.status): \(result.err)")
            #expect(result.err.contains("plan.json"), "socle \(command): \(result.err)")
            #expect(result.err.contains("line 40"), "socle \(command): \(result.err)")
            #expect(result.out.isEmpty, "socle \(command) printed: \(result.out)")
        }
        #expect(try sandbox.planBytes() == before)
    }

    @Test("a truncated file: check and show exit 2, name the file and its last line, change nothing")
    func truncatedOnTheCommandLine() throws {
        let (sandbox, line) = try Self.truncated()
        let before = try sandbox.planBytes()
        for command in ["check", "show"] {
            let result = try runSocle([command, sandbox.plan.path], in: sandbox)
            #expect(result.status == 2, "socle \(command) exit status \(result.status): \(result.err)")
            #expect(result.err.contains("plan.json"), "socle \(command): \(result.err)")
            #expect(result.err.contains("line \(line)"), "socle \(command): \(result.err)")
        }
        #expect(try sandbox.planBytes() == before)
    }

    @Test("the workbench refuses a damaged plan with exit 2 and leaves it as it was",
          .enabled(if: tmuxAvailable, "tmux is not installed"),
          arguments: ["missing colon", "truncated"])
    func workbenchLeavesItAlone(damage: String) async throws {
        let sandbox = damage == "truncated" ? try Self.truncated().0 : try Self.missingColon()
        let before = try sandbox.planBytes()
        let tmux = try Tmux.socle(sandbox: sandbox, reportExit: true)
        let screen = try await tmux.waitFor("EXIT=", transcript: true)
        #expect(screen.contains("EXIT=2"), "screen:\n\(screen)")
        #expect(screen.contains("plan.json"))
        #expect(screen.contains("line "))
        if damage == "missing colon" { #expect(screen.contains("line 40")) }
        #expect(try sandbox.planBytes() == before)
        #expect(!sandbox.lockExists)
        #expect(!FileManager.default.fileExists(atPath: sandbox.journal.path))
    }
}
