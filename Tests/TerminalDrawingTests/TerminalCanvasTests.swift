import Testing
@testable import TerminalDrawing

@Suite("Canvas drawing")
struct TerminalCanvasTests {
    @Test func putWritesTextAndReturnsColumnsUsed() {
        var canvas = Canvas(width: 20, height: 2)
        let used = canvas.put("São Tomé", x: 1, y: 0, role: .title)
        #expect(used == 8)
        #expect(canvas.lines[0] == " São Tomé")
        #expect(canvas[1, 0].role == .title)
        #expect(canvas[0, 0].role == .normal)
    }

    @Test func putClipsByDisplayWidthNotCharacterCount() {
        var canvas = Canvas(width: 10, height: 1)
        let used = canvas.put("中文中文中文", x: 0, y: 0, maxWidth: 5)
        // Two wide characters fit in 4 columns; the third would cross column 5, so a space fills it.
        #expect(used == 5)
        #expect(canvas.lines[0] == "中文")
        #expect(canvas[4, 0].text == " ")
        #expect(canvas[5, 0].text == " ")
    }

    @Test func wideCharacterAtTheRightEdgeBecomesASpace() {
        var canvas = Canvas(width: 5, height: 1)
        canvas.put("abcd中", x: 0, y: 0, role: .heading)
        #expect(canvas.lines[0] == "abcd")
        #expect(canvas[4, 0].text == " ")
        #expect(canvas[4, 0].width == 1)
        #expect(canvas[4, 0].role == .heading)
    }

    @Test func wideCharacterOccupiesAContinuationCell() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.put("a中b", x: 0, y: 0)
        #expect(canvas[1, 0].text == "中")
        #expect(canvas[1, 0].width == 2)
        #expect(canvas[2, 0].isContinuation)
        #expect(canvas[3, 0].text == "b")
        #expect(canvas.text == "a中b")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.put("中文", x: 0, y: 0)
        canvas.put("x", x: 1, y: 0)  // right half of 中
        #expect(canvas.lines[0] == " x文")
        canvas.put("y", x: 2, y: 0)  // left half of 文
        #expect(canvas.lines[0] == " xy")
        #expect(canvas[3, 0].width == 1)
    }

    @Test func combiningMarksStayWithTheirLetter() {
        var canvas = Canvas(width: 10, height: 1)
        let used = canvas.put("Cote\u{301} e\u{301}", x: 0, y: 0)
        #expect(used == 6)
        #expect(canvas[3, 0].text == "e\u{301}")
        #expect(canvas[5, 0].text == "e\u{301}")
    }

    @Test func textStartingLeftOfTheCanvasIsClipped() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.put("中abc", x: -1, y: 0)
        #expect(canvas.lines[0] == " abc")
        canvas.put("xyz", x: 4, y: 0)
        #expect(canvas.lines[0] == " abcxy")
        #expect(canvas.put("nothing", x: 0, y: 5) == 0)
    }

    @Test func controlCharactersNeverReachTheCanvas() {
        var canvas = Canvas(width: 30, height: 1)
        canvas.put("a\u{1B}[31mred\u{07}\u{9B}b\u{7F}", x: 0, y: 0)
        let all = canvas.cells.map(\.text).joined()
        #expect(!all.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(canvas.lines[0] == "a\u{FFFD}[31mred\u{FFFD}\u{FFFD}b\u{FFFD}")
    }

    @Test func sanitizerRules() {
        #expect(TextSanitizer.sanitize("plain") == "plain")
        #expect(TextSanitizer.sanitize("a\tb\r\nc\nd") == "a b c d")
        #expect(TextSanitizer.sanitize("x\u{1B}y", ascii: true) == "x?y")
        #expect(TextSanitizer.sanitize("abc\u{202E}fed\u{2066}") == "abcfed")
        // Joiners stay: they hold emoji and scripts together.
        #expect(TextSanitizer.sanitize("👩\u{200D}💻") == "👩\u{200D}💻")
    }

    @Test func asciiModeTransliteratesInsteadOfDroppingLetters() {
        var canvas = Canvas(width: 40, height: 3, glyphs: .ascii)
        canvas.put("Côte d'Ivoire", x: 0, y: 0)
        canvas.put("São Tomé", x: 0, y: 1)
        canvas.put("Кыргызстан 中文", x: 0, y: 2)
        #expect(canvas.lines == ["Cote d'Ivoire", "Sao Tome", "Kyrgyzstan ????"])
        #expect(canvas.cells.allSatisfy { $0.text.unicodeScalars.allSatisfy { $0.isASCII } })
    }

    @Test func asciiTransliterationKeepsDisplayWidths() {
        for text in ["Côte d'Ivoire", "São Tomé", "中文 ok", "Ærø straße", "“quoted” — dash…", "e\u{301}x", "😀!"] {
            #expect(DisplayWidth.of(TextSanitizer.asciiOnly(text)) == DisplayWidth.of(text), "\(text)")
        }
        #expect(TextSanitizer.asciiOnly("“Ærø” — ok") == "\"Aro\" - ok")
    }

    @Test func boxDrawsUnicodeFrameWithTitle() {
        var canvas = Canvas(width: 12, height: 4)
        let inner = canvas.box(Rect(x: 0, y: 0, width: 12, height: 4), title: "Plan")
        #expect(inner == Rect(x: 1, y: 1, width: 10, height: 2))
        #expect(canvas.lines == ["┌─ Plan ───┐", "│          │", "│          │", "└──────────┘"])
        #expect(canvas[3, 0].role == .title)
        #expect(canvas[0, 0].role == .border)
    }

    @Test func focusedBoxesUseHeavyOrDoubleLines() {
        var canvas = Canvas(width: 4, height: 3)
        canvas.box(canvas.bounds, role: .borderFocus, style: .heavy)
        #expect(canvas.lines == ["┏━━┓", "┃  ┃", "┗━━┛"])
        canvas.box(canvas.bounds, style: .double)
        #expect(canvas.lines == ["╔══╗", "║  ║", "╚══╝"])
    }

    @Test func boxInAsciiMode() {
        var canvas = Canvas(width: 14, height: 3, glyphs: .ascii)
        canvas.box(canvas.bounds, title: "Côte d'Ivoire")
        #expect(canvas.lines == ["+- Cote d'~ -+", "|            |", "+------------+"])
    }

    @Test func longTitleIsTruncatedWithEllipsis() {
        var canvas = Canvas(width: 10, height: 2)
        canvas.box(canvas.bounds, title: "Strategy and costing")
        #expect(canvas.lines[0] == "┌─ Str… ─┐")
    }

    @Test func dividersJoinTheFrame() {
        var canvas = Canvas(width: 5, height: 5)
        canvas.box(canvas.bounds)
        canvas.divider(across: canvas.bounds, y: 2)
        canvas.verticalDivider(across: canvas.bounds, x: 2)
        #expect(canvas.lines == ["┌─┬─┐", "│ │ │", "├─┼─┤", "│ │ │", "└─┴─┘"])
    }

    @Test func fillAndSetRole() {
        var canvas = Canvas(width: 4, height: 2)
        canvas.fill(Rect(x: 1, y: 0, width: 10, height: 1), role: .selection, with: "#")
        #expect(canvas.lines == [" ###", ""])
        canvas.put("ab", x: 0, y: 1)
        canvas.setRole(.tableSelected, in: Rect(x: 0, y: 1, width: 4, height: 1))
        #expect(canvas[0, 1].text == "a")
        #expect(canvas[0, 1].role == .tableSelected)
        #expect(canvas[3, 1].role == .tableSelected)
    }

    @Test func barsUseEighthsInUnicodeAndWholeCellsInAscii() {
        #expect(Glyphs.unicode.bar(0.5, width: 4) == "██  ")
        #expect(Glyphs.unicode.bar(0.3125, width: 4) == "█▎  ")
        #expect(Glyphs.ascii.bar(0.3125, width: 4) == "#   ")
        #expect(Glyphs.ascii.bar(1.0, width: 3) == "###")
        #expect(Glyphs.unicode.bar(.nan, width: 2) == "  ")
    }

    @Test func rectSplitsAndInsets() {
        let r = Rect(x: 0, y: 0, width: 80, height: 24)
        #expect(r.inset(by: 1) == Rect(x: 1, y: 1, width: 78, height: 22))
        let cols = r.columns([.fixed(20), .fill])
        #expect(cols == [Rect(x: 0, y: 0, width: 20, height: 24), Rect(x: 20, y: 0, width: 60, height: 24)])
        let rows = r.rows([.fill, .fixed(1)])
        #expect(rows.map(\.height) == [23, 1])
        #expect(rows[1].y == 23)
        #expect(Rect(x: 0, y: 0, width: 10, height: 1).columns([.fill(1), .fill(2)]).map(\.width) == [4, 6])
        #expect(Rect(x: 0, y: 0, width: 7, height: 1).columns([.fill, .fill]).map(\.width) == [4, 3])
        #expect(Rect(x: 0, y: 0, width: 5, height: 1).columns([.fixed(4), .fixed(4)]).map(\.width) == [4, 1])
        #expect(Rect(x: 0, y: 0, width: 3, height: 3).inset(by: 2).isEmpty)
        #expect(r.centered(width: 40, height: 10) == Rect(x: 20, y: 7, width: 40, height: 10))
    }
}
