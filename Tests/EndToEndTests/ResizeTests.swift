import Testing

@Suite("resizing the window", .enabled(if: tmuxAvailable, "tmux is not installed"))
struct ResizeTests {
    @Test("40x12 asks to enlarge; back at 80x24 the workbench is drawn again")
    func tooSmallAndBack() async throws {
        let sandbox = try Sandbox()
        let tmux = try await Tmux.workbench(sandbox: sandbox)
        try tmux.resize(columns: 40, rows: 12)
        let small = try await tmux.waitFor("Enlarge")
        #expect(!small.contains("STAGES"))
        try tmux.resize(columns: 80, rows: 24)
        try await tmux.waitUntil("the workbench again") { $0.contains("STAGES") && !$0.contains("Enlarge") }
    }

    @Test("the too-small screen says the size it needs and the size it has")
    func tooSmallSaysTheSizes() async throws {
        let sandbox = try Sandbox()
        let tmux = try Tmux.socle(sandbox: sandbox, columns: 40, rows: 12)
        let screen = try await tmux.waitFor("40x12")
        #expect(screen.contains("80x24"), "the needed size is cut off at 40 columns:\n\(Tmux.framed(screen))")
        #expect(screen.contains("Enlarge"))
    }

    @Test("at 200 columns the Schemes table shows more columns than at 80")
    func widerShowsMoreColumns() async throws {
        let sandbox = try Sandbox()
        let tmux = try await Tmux.workbench(sandbox: sandbox)
        let narrow = try await tmux.openSchemes()
        #expect(!narrow.contains("Institution"))
        try tmux.resize(columns: 200, rows: 50)
        // Wait for the whole table: a capture can land while the 200x50 frame is still arriving.
        let wide = try await tmux.waitUntil("the wide table") { $0.contains("Institution") && $0.contains("SCH-11 ") }
        #expect(wide.contains("Contribut"))
        try tmux.resize(columns: 80, rows: 24)
        try await tmux.waitUntil("the narrow table again") { !$0.contains("Institution") && $0.contains("SCH-1 ") }
    }
}
