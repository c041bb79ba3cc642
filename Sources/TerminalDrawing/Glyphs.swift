/// The line weight of a box or rule: light for ordinary frames, heavy or double to mark focus.
public enum LineStyle: Sendable, Hashable {
    case light, heavy, double
}

/// The pieces of a box frame for one ``LineStyle``.
public struct BoxGlyphs: Sendable, Hashable {
    public let horizontal, vertical: Character
    public let topLeft, topRight, bottomLeft, bottomRight: Character
    /// Tees where a rule meets the left or right side (`├` and `┤`), and the top or bottom (`┬`, `┴`).
    public let teeLeft, teeRight, teeTop, teeBottom: Character
    public let cross: Character
}

/// The characters views draw with. ``unicode`` uses box drawing and block elements; ``ascii`` uses
/// only printable ASCII, for non-UTF-8 locales and terminals that cannot draw lines.
/// Every glyph here is one column wide.
public struct Glyphs: Sendable, Hashable {
    /// Whether these are the Unicode glyphs (text may then hold any character).
    public let isUnicode: Bool
    public let light: BoxGlyphs
    public let heavy: BoxGlyphs
    public let double: BoxGlyphs
    /// Ends truncated text: "…" or "~".
    public let ellipsis: String
    /// Full, dark, medium and light blocks: `█▓▒░` or `#%+.` — for bars and heat maps.
    public let blockFull, blockDark, blockMedium, blockLight: Character
    /// Five shades from empty to full, one per coverage band: ` ░▒▓█` or ` .+%#`.
    public let shades: [Character]
    /// Eighths of a cell for smooth horizontal bars, from 1/8 to 8/8 (ASCII: no partial cells).
    public let eighths: [Character]
    public let bullet, check, cross, arrowRight, arrowLeft, arrowUp, arrowDown: Character
    /// Marks a milestone on a timetable.
    public let milestone: Character
    /// A scroll bar's track and thumb.
    public let scrollTrack, scrollThumb: Character

    /// The box pieces for a line style.
    public func box(_ style: LineStyle) -> BoxGlyphs {
        switch style {
        case .light: return light
        case .heavy: return heavy
        case .double: return double
        }
    }

    /// A horizontal bar `width` columns wide filled to `fraction` (0…1), using eighths of a cell
    /// where the glyphs have them; the unfilled rest is spaces.
    public func bar(_ fraction: Double, width: Int) -> String {
        guard width > 0 else { return "" }
        let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let eighthsTotal = Int((clamped * Double(width * 8)).rounded())
        let full = eighthsTotal / 8, part = eighthsTotal % 8
        var out = String(repeating: blockFull, count: full)
        if part > 0 { out.append(eighths[part - 1]) }
        return out + String(repeating: " ", count: width - full - (part > 0 ? 1 : 0))
    }

    /// Box drawing, blocks and symbols from Unicode.
    public static let unicode = Glyphs(
        isUnicode: true,
        light: BoxGlyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
                         teeLeft: "├", teeRight: "┤", teeTop: "┬", teeBottom: "┴", cross: "┼"),
        heavy: BoxGlyphs(horizontal: "━", vertical: "┃", topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛",
                         teeLeft: "┣", teeRight: "┫", teeTop: "┳", teeBottom: "┻", cross: "╋"),
        double: BoxGlyphs(horizontal: "═", vertical: "║", topLeft: "╔", topRight: "╗", bottomLeft: "╚", bottomRight: "╝",
                          teeLeft: "╠", teeRight: "╣", teeTop: "╦", teeBottom: "╩", cross: "╬"),
        ellipsis: "…",
        blockFull: "█", blockDark: "▓", blockMedium: "▒", blockLight: "░",
        shades: [" ", "░", "▒", "▓", "█"],
        eighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"],
        bullet: "•", check: "✓", cross: "✗", arrowRight: "▶", arrowLeft: "◀", arrowUp: "▲", arrowDown: "▼",
        milestone: "◆", scrollTrack: "│", scrollThumb: "█")

    /// Printable ASCII only: `+-|` boxes (`=` and `#` mark heavy and double lines), `#%+.` blocks.
    public static let ascii = Glyphs(
        isUnicode: false,
        light: BoxGlyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
                         teeLeft: "+", teeRight: "+", teeTop: "+", teeBottom: "+", cross: "+"),
        heavy: BoxGlyphs(horizontal: "=", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
                         teeLeft: "+", teeRight: "+", teeTop: "+", teeBottom: "+", cross: "+"),
        double: BoxGlyphs(horizontal: "=", vertical: "#", topLeft: "#", topRight: "#", bottomLeft: "#", bottomRight: "#",
                          teeLeft: "#", teeRight: "#", teeTop: "#", teeBottom: "#", cross: "#"),
        ellipsis: "~",
        blockFull: "#", blockDark: "%", blockMedium: "+", blockLight: ".",
        shades: [" ", ".", "+", "%", "#"],
        eighths: [" ", " ", " ", "#", "#", "#", "#", "#"],
        bullet: "*", check: "v", cross: "x", arrowRight: ">", arrowLeft: "<", arrowUp: "^", arrowDown: "v",
        milestone: "*", scrollTrack: "|", scrollThumb: "#")
}
