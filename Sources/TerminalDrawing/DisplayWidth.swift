/// How many terminal columns text takes, in pure Swift (no libc `wcwidth`), so layout is the same
/// on every machine and in tests.
///
/// East Asian Wide and Fullwidth characters and emoji shown as emoji take 2 columns; combining
/// marks, format characters and other zero-width code points take 0; everything else 1.
/// A grapheme cluster (a `Character`) takes the width of its first code point, as terminals draw
/// it: "e\u{301}" is 1, "中" is 2, "😀" is 2. A variation selector does not widen a text-style symbol.
public enum DisplayWidth {
    /// How text is placed when padded to a wider width.
    public enum Alignment: Sendable { case left, center, right }

    /// The columns of one code point: 0, 1 or 2. Control characters count 1: a canvas draws each
    /// as a one-column replacement mark or space (see ``TextSanitizer``), so text measured here
    /// takes exactly the columns it is given.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 1 }
        if v < 0x300 { return 1 }  // Latin-1 and Latin Extended
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .control, .surrogate: return 0
        case .format: return prependedConcatenationMarks.contains(v) ? 1 : 0
        default: break
        }
        if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return 0 }  // Jamo vowels/finals
        if (0x1F1E6...0x1F1FF).contains(v) { return 1 }  // regional indicators, as libc counts them
        if WideCharacterRanges.contains(v) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Format characters that are drawn (Arabic number signs and the like), so take a column.
    private static let prependedConcatenationMarks: Set<UInt32> = [
        0x600, 0x601, 0x602, 0x603, 0x604, 0x605, 0x6DD, 0x70F, 0x890, 0x891, 0x8E2, 0x110BD, 0x110CD,
    ]

    /// The columns of one grapheme cluster: the width of its first code point (0, 1 or 2), except
    /// that an emoji presentation selector (VS16, U+FE0F) or a zero-width-joined emoji sequence
    /// ("👩‍🌾") makes it 2, as terminals draw emoji.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        let width = of(first)
        guard width == 1, scalars.count > 1 else { return width }
        if scalars.contains("\u{FE0F}") || (scalars.contains("\u{200D}") && first.properties.isEmoji && first.value > 0x7F) {
            return 2
        }
        return width
    }

    /// The code points a terminal is sent for a cluster drawn in one cell: the first, and the
    /// combining marks after it ("e" + U+0301); never a joiner or what it joins, nor a variation
    /// selector, which terminals measure differently (one draws "👩‍🌾" in 2 columns, another in 4).
    /// So the columns always hold: "👩‍🌾" is drawn as "👩" in its 2 cells.
    public static func drawnScalars(of character: Character) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for scalar in character.unicodeScalars {
            if out.isEmpty { out.append(scalar); continue }
            if scalar == "\u{200D}" { break }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark:
                if !(0xFE00...0xFE0F).contains(scalar.value) { out.append(scalar) }
            default: break
            }
        }
        return out
    }

    /// The columns a whole string takes.
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// `text` cut to at most `width` columns. When it had to be cut, `ellipsis` ends it (use
    /// ``Glyphs/ellipsis``: "…" or "~" in ASCII mode). A wide character that would cross the limit
    /// is left out, never split; if even the ellipsis does not fit, the text is cut without one.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let ellipsisWidth = of(ellipsis)
        let room = ellipsisWidth <= width ? width - ellipsisWidth : width
        var out = "", used = 0
        for character in text {
            let w = of(character)
            if used + w > room { break }
            out.append(character)
            used += w
        }
        return ellipsisWidth <= width ? out + ellipsis : out
    }

    /// `text` padded with spaces to exactly `width` columns (truncated with `ellipsis` first when
    /// longer), placed left, centred or right.
    public static func pad(_ text: String, to width: Int, alignment: Alignment = .left, ellipsis: String = "…") -> String {
        let fitted = truncate(text, to: width, ellipsis: ellipsis)
        let gap = max(0, width - of(fitted))
        switch alignment {
        case .left: return fitted + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + fitted
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + fitted + String(repeating: " ", count: gap - left)
        }
    }
}
