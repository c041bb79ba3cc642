import Testing

@Suite("odd terminals and locales", .enabled(if: tmuxAvailable, "tmux is not installed"))
struct TerminalVarietyTests {
    @Test("NO_COLOR=1 and TERM=vt100 still draw the whole workbench",
          arguments: [["NO_COLOR": "1"], ["TERM": "vt100"], ["TERM": "vt100", "NO_COLOR": "1"]])
    func plainTerminals(environment: [String: String]) async throws {
        let sandbox = try Sandbox()
        let tmux = try await Tmux.workbench(sandbox: sandbox, environment: environment)
        let screen = try tmux.screen()
        #expect(screen.contains("0  FOUNDATIONS"))
        #expect(screen.contains("Evaluation"), "the rail lists every stage")
        let status = statusLine(screen)
        #expect(status.contains("saved"), "status line: \(status)")
        #expect(status.contains("errors"), "status line: \(status)")
        try tmux.send("1")
        try await tmux.waitFor("1  STOCKTAKE")
        try tmux.send("q")
        try await tmux.waitForQuit(sandbox)
    }

    @Test("LANG=C, LC_ALL unset: UTF-8 names keep all their letters")
    func cLocaleKeepsLetters() async throws {
        let sandbox = try Sandbox()
        let tmux = try await Tmux.workbench(sandbox: sandbox, environment: ["LANG": "C", "LC_ALL": nil])
        try tmux.send("0", "l", "l", "l", "l")  // Foundations > Committee
        let screen = try await tmux.waitFor("COM-2 ")
        let row = screen.split(separator: "\n").first { $0.contains("COM-2 ") }.map(String.init) ?? ""
        #expect(row.contains("Tomás Ferreira") || row.contains("Tomas Ferreira"), "row: \(row)")
        #expect(!row.contains("Toms "), "a letter was dropped: \(row)")
        #expect(screen.contains("Republic of Kibara"))
    }
}
