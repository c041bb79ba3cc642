import Foundation

/// Makes plan text safe to put on a terminal: no control code in plan data ever reaches it raw.
///
/// - C0 controls, DEL and C1 controls become the replacement mark (U+FFFD, or `?` in ASCII mode);
///   tab, newline, carriage return and the Unicode line/paragraph separators become a space
///   (a `put` draws one line).
/// - Bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069) are removed: they
///   could make text display in an order other than the one stored.
/// - Joiners and variation selectors stay: they are part of emoji and of several scripts.
public enum TextSanitizer {
    /// The mark shown in place of a control character in Unicode mode.
    public static let replacement: Character = "\u{FFFD}"

    /// `text` with control characters replaced and bidi overrides removed.
    public static func sanitize(_ text: String, ascii: Bool = false) -> String {
        if isPlain(text) { return text }
        var out = String.UnicodeScalarView()
        var lastWasCR = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            defer { lastWasCR = v == 0x0D }
            switch v {
            case 0x0A where lastWasCR: continue
            case 0x09, 0x0A, 0x0D, 0x2028, 0x2029: out.append(" ")
            case 0x00..<0x20, 0x7F..<0xA0: out.append(ascii ? "?" : "\u{FFFD}")
            case 0x202A...0x202E, 0x2066...0x2069: continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// `text` in printable ASCII only, for terminals and locales that cannot show anything else.
    /// Each character keeps its display width, so layouts measured on the original text still
    /// hold. Letters are transliterated rather than dropped ("Côte d'Ivoire" → "Cote d'Ivoire",
    /// "Кыргызстан" → "Kyrgyzstan"); wide characters (CJK) and what has no ASCII form become one
    /// `?` per column ("中文" → "????"); zero-width marks go.
    public static func asciiOnly(_ text: String) -> String {
        let clean = sanitize(text, ascii: true)
        if clean.utf8.allSatisfy({ $0 < 0x80 }) { return clean }
        var out = ""
        for character in clean {
            if character.isASCII { out.append(character); continue }
            let width = DisplayWidth.of(character)
            guard width > 0 else { continue }
            let latin = width == 1 ? asciiSymbols[character] ?? asciiForm(of: character) : nil
            out += latin.map(String.init) ?? String(repeating: "?", count: width)
        }
        return out
    }

    /// One-column ASCII stand-ins for the symbols Socle draws and common punctuation, where the
    /// transliteration has none or a poor one ("·" would stay "·", "→" become "-").
    static let asciiSymbols: [Character: Character] = [
        "·": ".", "•": "*", "…": ".", "→": ">", "←": "<", "↑": "^", "↓": "v", "↔": "-", "⇒": ">",
        "–": "-", "—": "-", "−": "-", "×": "x", "÷": "/", "±": "+", "≤": "<", "≥": ">", "≠": "#", "≈": "~",
        "✓": "v", "✔": "v", "✗": "x", "✘": "x", "○": "o", "●": "*", "◆": "*", "◇": "o", "◦": "o",
        "▶": ">", "◀": "<", "▲": "^", "▼": "v", "▸": ">", "◂": "<", "▴": "^", "▾": "v", "★": "*", "☆": "*",
        "█": "#", "▓": "%", "▒": "+", "░": ".", "▉": "#", "▊": "#", "▋": "#", "▌": "#", "▍": "|", "▎": "|",
        "▏": "|", "▄": "_", "▀": "-", "─": "-", "━": "=", "│": "|", "┃": "|", "┊": ":", "┆": ":", "┄": "-",
        "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+", "┬": "+", "┴": "+", "┼": "+",
        "┏": "+", "┓": "+", "┗": "+", "┛": "+", "┣": "+", "┫": "+", "┳": "+", "┻": "+", "╋": "+",
        "═": "=", "║": "#", "╔": "#", "╗": "#", "╚": "#", "╝": "#", "╠": "#", "╣": "#", "╦": "#", "╩": "#", "╬": "#",
        "°": "o", "€": "E", "£": "L", "¥": "Y", "§": "S", "¶": "P", "©": "c", "®": "r", "™": "T",
        "«": "\"", "»": "\"", "‹": "<", "›": ">", "\u{A0}": " ", "\u{202F}": " ", "\u{2009}": " ",
    ]

    /// The first printable ASCII character of a character's Latin transliteration ("é" → "e",
    /// "ж" → "z", "“" → "\""), or nil.
    private static func asciiForm(of character: Character) -> Character? {
        let latin = String(character).applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false)
        return latin?.first { $0.isASCII && ($0.asciiValue ?? 0) >= 0x20 && ($0.asciiValue ?? 0) < 0x7F }
    }

    /// True when every byte is printable ASCII (the common case, checked fast).
    private static func isPlain(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }
}
