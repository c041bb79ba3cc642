import Testing
@testable import TerminalDrawing

@Suite("Display width")
struct TerminalWidthTests {
    @Test(arguments: [
        ("Côte d'Ivoire", 13), ("São Tomé", 8), ("中文", 4), ("e\u{301}", 1), ("", 0),
        ("Lesotho 2030", 12), ("한국어", 6), ("ｆｕｌｌ", 8), ("😀", 2), ("👩\u{200D}💻", 2),
        ("Ελλάδα", 6), ("Кыргызстан", 10), ("ไทย", 3), ("\u{200B}", 0), ("日本語テキスト", 14),
    ])
    func widths(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func scalarWidths() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)   // combining acute
        #expect(DisplayWidth.of(Unicode.Scalar(0x1B)!) == 1)    // ESC is drawn as one replacement mark
        #expect(DisplayWidth.of(Unicode.Scalar(0x3000)!) == 2)  // ideographic space
        #expect(DisplayWidth.of(Unicode.Scalar(0x20000)!) == 2) // CJK extension B
        #expect(DisplayWidth.of(Unicode.Scalar(0x2500)!) == 1)  // box drawing
        #expect(DisplayWidth.of(Unicode.Scalar(0x2026)!) == 1)  // ellipsis
        #expect(DisplayWidth.of(Unicode.Scalar(0x1F1E6)!) == 1) // regional indicator, as libc has it
        #expect(DisplayWidth.of(Unicode.Scalar(0x600)!) == 1)   // prepended concatenation mark
    }

    @Test func controlCharactersMeasureAsTheyAreDrawn() {
        let text = "Bad\u{1B}[31m\u{07}\r\nx\tz"
        var canvas = Canvas(width: 30, height: 1)
        #expect(canvas.put(text, x: 0, y: 0) == DisplayWidth.of(text))
        #expect(canvas.put(DisplayWidth.pad(text, to: 20), x: 0, y: 0) == 20)
    }

    @Test func truncation() {
        #expect(DisplayWidth.truncate("Côte d'Ivoire", to: 20) == "Côte d'Ivoire")
        #expect(DisplayWidth.truncate("Côte d'Ivoire", to: 6) == "Côte …")
        #expect(DisplayWidth.truncate("Côte d'Ivoire", to: 6, ellipsis: "~") == "Côte ~")
        // A wide character is never split: 中文 needs 4 columns, 3 + ellipsis leaves room for one.
        #expect(DisplayWidth.truncate("中文字", to: 4) == "中…")
        #expect(DisplayWidth.truncate("中文字", to: 3) == "中…")
        #expect(DisplayWidth.truncate("中文字", to: 2) == "…")
        #expect(DisplayWidth.truncate("abc", to: 1) == "…")
        #expect(DisplayWidth.truncate("abc", to: 0) == "")
        #expect(DisplayWidth.truncate("e\u{301}e\u{301}e\u{301}", to: 2) == "e\u{301}…")
    }

    @Test func padding() {
        #expect(DisplayWidth.pad("中文", to: 6) == "中文  ")
        #expect(DisplayWidth.pad("São", to: 5, alignment: .right) == "  São")
        #expect(DisplayWidth.pad("ab", to: 5, alignment: .center) == " ab  ")
        #expect(DisplayWidth.pad("São Tomé", to: 5) == "São …")
        #expect(DisplayWidth.of(DisplayWidth.pad("中文字", to: 5)) == 5)
    }
}
