import Testing
@testable import TerminalDrawing

@Suite("Memory terminal")
struct TerminalMemoryTests {
    @Test func scriptedKeysComeOutInOrderThenTimeOut() {
        let terminal = MemoryTerminal(keys: [.char("a")])
        terminal.enqueue(typing: "bc")
        terminal.enqueue(.ctrl("r"), .escape)
        var got: [Key] = []
        while let key = terminal.nextKey(timeoutMs: 10) { got.append(key) }
        #expect(got == [.char("a"), .char("b"), .char("c"), .ctrl("r"), .escape])
        #expect(terminal.nextKey(timeoutMs: 10) == nil)
        terminal.whenEmpty = .terminate
        #expect(terminal.nextKey(timeoutMs: -1) == .terminate)
    }

    @Test func presentRecordsCanvasesAndTheRunsSent() {
        let terminal = MemoryTerminal(columns: 20, rows: 3)
        var canvas = Canvas(width: terminal.size.columns, height: terminal.size.rows)
        canvas.put("Côte d'Ivoire", x: 0, y: 0)
        terminal.present(canvas)
        #expect(terminal.screenText == "Côte d'Ivoire\n\n")
        #expect(terminal.presentedRuns[0].count == 3)  // first frame: everything
        canvas.put("c", x: 0, y: 0)
        terminal.present(canvas)
        #expect(terminal.presentedRuns[1] == [CanvasRun(x: 0, y: 0, cells: [Cell(text: "c")])])
        #expect(terminal.presented.count == 2)
        terminal.setTheme(.builtin)
        terminal.present(canvas)
        #expect(terminal.presentedRuns[2].count == 3)  // a theme change repaints all
        #expect(terminal.theme == .builtin)
    }

    @Test func resizeChangesSizeAndQueuesAKey() {
        let terminal = MemoryTerminal(columns: 80, rows: 24)
        terminal.resize(columns: 100, rows: 30)
        #expect(terminal.size == TerminalSize(columns: 100, rows: 30))
        #expect(terminal.nextKey(timeoutMs: 0) == .resize(columns: 100, rows: 30))
    }

    @Test func suspendAndShutdownAreRecorded() {
        let terminal = MemoryTerminal(capabilities: TerminalCapabilities(colors: .none, unicode: false, mouse: false))
        #expect(terminal.capabilities.glyphs == .ascii)
        terminal.suspend()
        terminal.shutdown()
        terminal.shutdown()
        #expect(terminal.suspendCount == 1)
        #expect(terminal.isShutDown)
    }
}
