import Testing
@testable import TerminalDrawing

@Suite("Keys")
struct TerminalKeyTests {
    @Test(arguments: [
        (Key.ctrl("r"), "Ctrl-R"), (.backTab, "Shift-Tab"), (.char("q"), "q"), (.char(" "), "Space"),
        (.function(1), "F1"), (.function(12), "F12"), (.pageDown, "PgDn"), (.escape, "Esc"),
        (.enter, "Enter"), (.up, "Up"), (.char("?"), "?"), (.char("é"), "é"),
    ])
    func descriptions(key: Key, name: String) {
        #expect(key.description == name)
        #expect(Key(name: name) == key)
    }

    @Test func namesAreReadLeniently() {
        #expect(Key(name: "ctrl-r") == .ctrl("r"))
        #expect(Key(name: "^R") == .ctrl("r"))
        #expect(Key(name: "C-x") == .ctrl("x"))
        #expect(Key(name: "Ctrl-I") == .tab)
        #expect(Key(name: "escape") == .escape)
        #expect(Key(name: "PageUp") == .pageUp)
        #expect(Key(name: "F13") == nil)
        #expect(Key(name: "Ctrl-1") == nil)
        #expect(Key(name: "nonsense") == nil)
    }

    @Test func eventDescriptions() {
        #expect(Key.mouse(MouseEvent(.click, x: 3, y: 4)).description == "Click 3,4")
        #expect(Key.mouse(MouseEvent(.scrollDown, x: 0, y: 0)).description == "Wheel down")
        #expect(Key.resize(columns: 100, rows: 30).description == "Resize 100x30")
        #expect(Key.char("x").character == "x")
        #expect(Key.enter.character == nil)
    }
}
