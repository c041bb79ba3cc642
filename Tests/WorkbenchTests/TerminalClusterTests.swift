import Foundation
import Testing
@testable import Workbench

/// Grapheme clusters take the cells terminals give them, and every symbol Socle draws has an ASCII
/// stand-in for `--ascii` and 8-bit locales.
struct TerminalClusterTests {
    @Test func emojiSequencesTakeTwoColumns() {
        #expect(DisplayWidth.of("👩‍🌾" as Character) == 2, "a ZWJ sequence is one emoji")
        #expect(DisplayWidth.of("☁️" as Character) == 2, "VS16 asks for emoji presentation")
        #expect(DisplayWidth.of("☁" as Character) == 1, "without it, text presentation")
        #expect(DisplayWidth.of("🏳️‍🌈" as Character) == 2)
        #expect(DisplayWidth.of("1️⃣" as Character) == 2)
        #expect(DisplayWidth.of("e\u{301}" as Character) == 1)
        #expect(DisplayWidth.of("Agricultrice 👩‍🌾 Fatou") == 21)
    }

    @Test func aClusterIsSentAsItsFirstCodePointAndItsMarks() {
        #expect(DisplayWidth.drawnScalars(of: "👩‍🌾") == ["👩"])
        #expect(DisplayWidth.drawnScalars(of: "☁️") == ["☁"])
        #expect(DisplayWidth.drawnScalars(of: "e\u{301}") == ["e", "\u{301}"])
        #expect(DisplayWidth.drawnScalars(of: "1️⃣") == ["1", "\u{20E3}"])
    }

    /// The rest of the row stays where it belongs after a joined emoji.
    @Test func theRowAfterAJoinedEmojiKeepsItsColumns() {
        var canvas = Canvas(width: 20, height: 1)
        canvas.put("a👩‍🌾b☁️c|", x: 0, y: 0)
        #expect(canvas[1, 0].text == "👩‍🌾" && canvas[1, 0].width == 2 && canvas[2, 0].isContinuation)
        #expect(canvas[3, 0].text == "b")
        #expect(canvas[4, 0].width == 2 && canvas[6, 0].text == "c" && canvas[7, 0].text == "|")
    }

    /// Typed one code point at a time, a cluster becomes one character of the input: the cursor
    /// and Backspace move over it whole.
    @Test func typingAJoinedEmojiMakesOneCharacter() {
        var input = TextInput("Farmers ")
        for scalar in "👩‍🌾".unicodeScalars { input.insert(Character(scalar)) }
        input.insert("e")
        for scalar in "e\u{301}".unicodeScalars { input.insert(Character(scalar)) }
        #expect(input.characters.count == 11 && input.cursor == 11)
        #expect(input.text == "Farmers 👩‍🌾ee\u{301}")
        input.backspace()
        input.backspace()
        input.backspace()
        #expect(input.text == "Farmers ")
    }

    /// Every non-letter character in the sources of what the workbench draws (glyphs, separators, arrows) has a
    /// one-column ASCII stand-in: `--ascii` never shows "·" as "?".
    @Test func everyGlyphHasAnASCIIFallback() throws {
        var symbols: Set<Character> = []
        for target in ["Workbench", "TerminalDrawing", "PlanFormat"] {
            let folder = packageRoot().appendingPathComponent("Sources/\(target)")
            let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
            for case let url as URL in files where url.pathExtension == "swift" {
                for character in try String(contentsOf: url, encoding: .utf8)
                where !character.isASCII && !character.isLetter && DisplayWidth.of(character) == 1 {
                    symbols.insert(character)
                }
            }
        }
        for glyphs in [Glyphs.unicode] {
            symbols.formUnion(glyphs.shades + glyphs.eighths + [glyphs.bullet, glyphs.check, glyphs.cross, glyphs.arrowRight,
                              glyphs.arrowLeft, glyphs.arrowUp, glyphs.arrowDown, glyphs.milestone, glyphs.scrollThumb,
                              glyphs.scrollTrack, glyphs.blockFull, glyphs.blockDark, glyphs.blockMedium, glyphs.blockLight])
        }
        #expect(symbols.contains("·") && symbols.count > 40)
        for symbol in symbols where symbol != "\u{FFFD}" {
            let ascii = TextSanitizer.asciiOnly(String(symbol))
            #expect(ascii.count == 1 && ascii != "?" && ascii.allSatisfy(\.isASCII), "\(symbol) (U+\(String(symbol.unicodeScalars.first!.value, radix: 16))) → \(ascii)")
        }
        #expect(TextSanitizer.asciiOnly("Kibara · 2026–2035 → ✓") == "Kibara . 2026-2035 > v")
    }
}
