import Testing

@Suite("visiting the stages", .enabled(if: tmuxAvailable, "tmux is not installed"))
struct StageTourTests {
    static let titles = ["0  FOUNDATIONS", "1  STOCKTAKE", "2  STRATEGY", "3  ACTION PLAN", "4  ADMINISTRATION",
                         "5  MONITORING", "6  EVALUATION"]

    @Test("keys 0 to 6 show each stage at 80x24; ? shows the keys and Esc closes them")
    func visitEveryStageAndHelp() async throws {
        let sandbox = try Sandbox()
        let tmux = try await Tmux.workbench(sandbox: sandbox)
        for (number, title) in Self.titles.enumerated().reversed() {
            try tmux.send("\(number)")
            try await tmux.waitFor(title)
        }
        try tmux.send("?")
        // The box's title can be on screen a moment before its lines: wait for both.
        let help = try await tmux.waitUntil("the help") { $0.contains("Keys") && $0.contains("Quit") }
        #expect(help.contains("Quit"))
        try tmux.send("Escape")
        try await tmux.waitUntil("the help to close") { !$0.contains("Keys") && $0.contains("0  FOUNDATIONS") }
        try tmux.send("q")
        try await tmux.waitForQuit(sandbox)
    }
}
