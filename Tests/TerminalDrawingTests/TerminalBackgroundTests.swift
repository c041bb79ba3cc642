import Testing
@testable import TerminalDrawing

/// With no theme set, Socle starts with the theme for the terminal's background: COLORFGBG first,
/// else the answer to an OSC 11 query.
struct TerminalBackgroundTests {
    @Test func colorFGBG() {
        #expect(TerminalBackground(colorFGBG: "15;0") == .dark)
        #expect(TerminalBackground(colorFGBG: "0;15") == .light)
        #expect(TerminalBackground(colorFGBG: "0;7") == .light)
        #expect(TerminalBackground(colorFGBG: "7;8") == .dark)
        #expect(TerminalBackground(colorFGBG: "12;default;0") == .dark)
        #expect(TerminalBackground(colorFGBG: "0;default;15") == .light)
        #expect(TerminalBackground(colorFGBG: "default;default") == nil)
        #expect(TerminalBackground(colorFGBG: "") == nil)
        #expect(TerminalBackground(colorFGBG: "0;200") == nil)
    }

    @Test func osc11Replies() {
        func reply(_ text: String) -> [UInt8] { Array(text.utf8) }
        #expect(TerminalBackground(osc11Reply: reply("\u{1B}]11;rgb:ffff/ffff/ffff\u{07}")) == .light)
        #expect(TerminalBackground(osc11Reply: reply("\u{1B}]11;rgb:0000/0000/0000\u{1B}\\")) == .dark)
        #expect(TerminalBackground(osc11Reply: reply("\u{1B}]11;rgb:1e1e/1e1e/2e2e\u{07}\u{1B}[?1;2c")) == .dark)
        #expect(TerminalBackground(osc11Reply: reply("\u{1B}]11;rgb:fd/f6/e3\u{07}")) == .light, "Solarized light, 2 digits")
        #expect(TerminalBackground(osc11Reply: reply("\u{1B}]11;rgb:0/2/3\u{07}")) == .dark, "1 digit a channel")
        #expect(TerminalBackground(osc11Reply: reply("\u{1B}]11;rgb:7f7f/7f7f/7f7f\u{07}")) == .light, "mid grey: dark text reads better")
        #expect(TerminalBackground(osc11Reply: reply("\u{1B}]11;rgb:5050/5050/5050\u{07}")) == .dark)
        #expect(TerminalBackground(osc11Reply: reply("\u{1B}[?1;2c")) == nil, "only DA1: the terminal does not know")
        #expect(TerminalBackground(osc11Reply: []) == nil)
        #expect(TerminalBackground(osc11Reply: reply("\u{1B}]11;rgb:ffff/ffff\u{07}")) == nil)
        #expect(TerminalBackground(osc11Reply: reply("\u{1B}]11;rgb:fffff/0/0\u{07}")) == nil)
    }

    @Test func theDA1AnswerEndsTheWait() {
        #expect(!TerminalBackground.isComplete(Array("\u{1B}]11;rgb:ffff/ffff/ffff\u{07}".utf8)))
        #expect(!TerminalBackground.isComplete(Array("\u{1B}[?1;2".utf8)))
        #expect(TerminalBackground.isComplete(Array("\u{1B}]11;rgb:0/0/0\u{07}\u{1B}[?62;22c".utf8)))
        #expect(TerminalBackground.query == Array("\u{1B}]11;?\u{07}\u{1B}[c".utf8))
    }

    @Test func aThemeAskedForWins() {
        #expect(TerminalBackground.theme(requested: nil, configured: nil, detected: .light) == "light")
        #expect(TerminalBackground.theme(requested: nil, configured: nil, detected: .dark) == "default")
        #expect(TerminalBackground.theme(requested: nil, configured: nil, detected: nil) == "default")
        #expect(TerminalBackground.theme(requested: nil, configured: "projector", detected: .light) == "projector")
        #expect(TerminalBackground.theme(requested: "mono", configured: "projector", detected: .light) == "mono")
    }
}
