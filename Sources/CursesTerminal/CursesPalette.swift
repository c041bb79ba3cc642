@preconcurrency import CNcurses
import TerminalDrawing

/// A theme turned into curses attributes and colour pairs for one terminal.
struct CursesPalette {
    /// What one role is drawn with.
    struct Look {
        var attributes: attr_t
        var pair: Int16
    }

    private(set) var looks: [Role: Look] = [:]
    let depth: ColorDepth

    /// Sets up colour pairs for `theme` at `depth` (pairs are shared between roles with the same
    /// colours; when the terminal runs out of pairs, the rest are drawn in its default colours).
    /// `defaultColors` tells whether the terminal can keep its own colours (use_default_colors).
    init(theme: Theme, depth: ColorDepth, defaultColors: Bool) {
        self.depth = depth
        var pairs: [PairKey: Int16] = [:]
        let maxPairs = depth == .none ? 0 : Int(COLOR_PAIRS)
        for role in Role.allCases {
            let style = theme.style(for: role, depth: depth)
            var look = Look(attributes: Self.attributes(style.attributes), pair: 0)
            if depth != .none {
                let key = PairKey(fg: Self.index(style.fg, foreground: true, defaultColors: defaultColors),
                                  bg: Self.index(style.bg, foreground: false, defaultColors: defaultColors))
                if key.fg == -1 && key.bg == -1 {
                    look.pair = 0
                } else if let pair = pairs[key] {
                    look.pair = pair
                } else if pairs.count + 1 < maxPairs, pairs.count < Int(Int16.max) - 1 {
                    let pair = Int16(pairs.count + 1)
                    init_pair(pair, key.fg, key.bg)
                    pairs[key] = pair
                    look.pair = pair
                }
            }
            looks[role] = look
        }
    }

    /// The look of a cell: its role's, plus the cell's own attributes.
    func look(_ role: Role, extra: TextAttributes) -> Look {
        var look = looks[role] ?? Look(attributes: socle_a_normal(), pair: 0)
        if !extra.isEmpty { look.attributes |= Self.attributes(extra) }
        return look
    }

    private struct PairKey: Hashable {
        let fg: Int16
        let bg: Int16
    }

    /// The curses colour number: -1 for the terminal's default (or white on black, when the
    /// terminal cannot keep its default colours).
    private static func index(_ color: Color?, foreground: Bool, defaultColors: Bool) -> Int16 {
        let fallback: Int16 = defaultColors ? -1 : (foreground ? Int16(COLOR_WHITE) : Int16(COLOR_BLACK))
        guard let color, let index = color.paletteIndex, index < Int(COLORS) else { return fallback }
        return Int16(index)
    }

    static func attributes(_ set: TextAttributes) -> attr_t {
        var value = socle_a_normal()
        if set.contains(.bold) { value |= socle_a_bold() }
        if set.contains(.underline) { value |= socle_a_underline() }
        if set.contains(.reverse) { value |= socle_a_reverse() }
        if set.contains(.dim) { value |= socle_a_dim() }
        if set.contains(.italic) { value |= socle_a_italic() }
        return value
    }
}
