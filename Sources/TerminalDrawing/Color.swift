import Foundation

/// The eight ANSI colours, in their terminal order (0…7).
public enum ANSIColor: Int, CaseIterable, Hashable, Sendable {
    case black, red, green, yellow, blue, magenta, cyan, white

    /// The name used in theme files.
    public var name: String { String(describing: self) }
}

/// A colour as a theme names it. ``degraded(to:)`` brings it down to what a terminal can show.
public enum Color: Hashable, Sendable, CustomStringConvertible {
    /// The terminal's own foreground or background (never painted over).
    case `default`
    /// One of the eight ANSI colours (indexes 0…7).
    case ansi(ANSIColor)
    /// The bright variant of an ANSI colour (indexes 8…15).
    case bright(ANSIColor)
    /// An index into the 256-colour palette.
    case indexed(UInt8)
    /// An exact colour (`#rrggbb` in theme files), shown as its nearest palette colour.
    case rgb(UInt8, UInt8, UInt8)

    /// Parses a theme colour: `default`, a name (`red`), a bright name (`bright-red`, `brightred`,
    /// `bright_red`; `grey`/`gray` is bright black), a palette index `"0"`…`"255"`, or `#rrggbb`.
    public init?(parsing text: String) {
        let name = text.trimmingCharacters(in: .whitespaces).lowercased()
        if name == "default" || name == "reset" || name == "none" { self = .default; return }
        if name == "grey" || name == "gray" { self = .bright(.black); return }
        if let ansi = ANSIColor.named(name) { self = .ansi(ansi); return }
        for prefix in ["bright-", "bright_", "bright", "light-", "light_", "light"] where name.hasPrefix(prefix) {
            if let ansi = ANSIColor.named(String(name.dropFirst(prefix.count))) { self = .bright(ansi); return }
        }
        if let index = UInt8(name) { self = .indexed(index); return }
        if name.hasPrefix("#"), name.count == 7, let value = UInt32(name.dropFirst(), radix: 16) {
            self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
            return
        }
        return nil
    }

    /// The palette index (0…255) this colour is drawn with on a 256-colour terminal; nil for `default`.
    public var paletteIndex: Int? {
        switch self {
        case .default: return nil
        case .ansi(let c): return c.rawValue
        case .bright(let c): return c.rawValue + 8
        case .indexed(let i): return Int(i)
        case .rgb(let r, let g, let b): return ColorPalette.nearest256(r: Int(r), g: Int(g), b: Int(b))
        }
    }

    /// This colour as the terminal with `depth` can show it; nil when it shows no colours.
    /// 256 → the nearest of the 256 palette colours; 16 → the nearest ANSI or bright colour;
    /// 8 → the nearest of the eight ANSI colours (bright variants lose their brightness).
    public func degraded(to depth: ColorDepth) -> Color? {
        if self == .default { return depth == .none ? nil : .default }
        guard let index = paletteIndex else { return nil }
        switch depth {
        case .none: return nil
        case .indexed256: return index < 16 ? self.simplified : .indexed(UInt8(index))
        case .ansi16:
            let i = index < 16 ? index : ColorPalette.nearest(to: index, among: 16)
            return i < 8 ? .ansi(ANSIColor(rawValue: i)!) : .bright(ANSIColor(rawValue: i - 8)!)
        case .ansi8:
            if index < 16, index != 8 { return .ansi(ANSIColor(rawValue: index % 8)!) }
            return .ansi(ANSIColor(rawValue: ColorPalette.nearest(to: index, among: 8))!)
        }
    }

    /// `.indexed(n)` for n < 16 written as its ANSI or bright name.
    private var simplified: Color {
        guard case .indexed(let i) = self, i < 16 else { return self }
        return i < 8 ? .ansi(ANSIColor(rawValue: Int(i))!) : .bright(ANSIColor(rawValue: Int(i) - 8)!)
    }

    /// The colour as a theme file writes it.
    public var description: String {
        switch self {
        case .default: return "default"
        case .ansi(let c): return c.name
        case .bright(let c): return "bright-\(c.name)"
        case .indexed(let i): return "\(i)"
        case .rgb(let r, let g, let b):
            return "#" + [r, g, b].map { String($0, radix: 16).leftPadded(to: 2, with: "0") }.joined()
        }
    }
}

/// How many colours a terminal shows.
public enum ColorDepth: Int, Comparable, CaseIterable, Hashable, Sendable {
    /// No colours: attributes (bold, reverse, underline, dim) only.
    case none = 0
    case ansi8 = 8
    case ansi16 = 16
    case indexed256 = 256

    /// The depth for a terminal that reports `colors` colours (curses' COLORS).
    /// More than 256 (direct-colour terminals) is treated as 8, whose indexes mean the same everywhere.
    public init(colorCount colors: Int) {
        switch colors {
        case 256: self = .indexed256
        case 16..<256: self = .ansi16
        case 8..<16: self = .ansi8
        case 257...: self = .ansi8
        default: self = .none
        }
    }

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension ANSIColor {
    static func named(_ name: String) -> ANSIColor? {
        allCases.first { $0.name == name }
    }
}

extension String {
    func leftPadded(to count: Int, with pad: Character) -> String {
        self.count >= count ? self : String(repeating: pad, count: count - self.count) + self
    }
}
