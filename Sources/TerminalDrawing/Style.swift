/// Text attributes a cell can carry on top of its role's style, and that a ``Style`` switches on.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let underline = TextAttributes(rawValue: 1 << 1)
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    public static let dim = TextAttributes(rawValue: 1 << 3)
    public static let italic = TextAttributes(rawValue: 1 << 4)

    /// Each attribute with its theme-file key, in a fixed order.
    public static let named: [(key: String, attribute: TextAttributes)] = [
        ("bold", .bold), ("underline", .underline), ("reverse", .reverse), ("dim", .dim), ("italic", .italic),
    ]
}

/// How a role looks: colours (nil = the terminal's default) and attributes.
public struct Style: Hashable, Sendable, CustomStringConvertible {
    /// Text colour; nil (or `.default`) is the terminal's own.
    public var fg: Color?
    /// Background colour; nil (or `.default`) is the terminal's own.
    public var bg: Color?
    public var attributes: TextAttributes

    public init(fg: Color? = nil, bg: Color? = nil, attributes: TextAttributes = []) {
        self.fg = fg
        self.bg = bg
        self.attributes = attributes
    }

    public var bold: Bool { attributes.contains(.bold) }
    public var underline: Bool { attributes.contains(.underline) }
    public var reverse: Bool { attributes.contains(.reverse) }
    public var dim: Bool { attributes.contains(.dim) }

    /// The style with its colours brought down to `depth` (attributes untouched). When both colours
    /// collapse onto the same one, the foreground becomes black or white so the text stays readable.
    public func degraded(to depth: ColorDepth) -> Style {
        var out = Style(fg: fg?.degraded(to: depth), bg: bg?.degraded(to: depth), attributes: attributes)
        if let f = out.fg, let b = out.bg, f == b, f != .default, fg != bg {
            out.fg = Self.contrasting(b)
        }
        return out
    }

    /// The same style with extra attributes, as a cell's own attributes add to its role's.
    public func adding(_ extra: TextAttributes) -> Style {
        Style(fg: fg, bg: bg, attributes: attributes.union(extra))
    }

    public var description: String {
        var parts: [String] = []
        if let fg { parts.append("fg=\(fg)") }
        if let bg { parts.append("bg=\(bg)") }
        parts += TextAttributes.named.filter { attributes.contains($0.attribute) }.map(\.key)
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }

    private static func contrasting(_ background: Color) -> Color {
        switch background {
        case .ansi(.black), .ansi(.blue), .ansi(.red), .ansi(.magenta), .bright(.black): return .ansi(.white)
        default: return .ansi(.black)
        }
    }
}

/// A role's style as a theme file gives it: every field optional. Missing fields come from the
/// role's parent (see ``Role/parent``) when the theme is resolved.
public struct StyleSpec: Hashable, Sendable {
    public var fg: Color?
    public var bg: Color?
    /// Attributes the spec sets on (`bold = true`).
    public var on: TextAttributes
    /// Attributes the spec sets off explicitly (`bold = false`), overriding the parent.
    public var off: TextAttributes

    public init(fg: Color? = nil, bg: Color? = nil, on: TextAttributes = [], off: TextAttributes = []) {
        self.fg = fg
        self.bg = bg
        self.on = on
        self.off = off
    }

    /// This spec's fields laid over `base`: what this spec names wins, the rest comes from `base`.
    public func over(_ base: StyleSpec) -> StyleSpec {
        StyleSpec(fg: fg ?? base.fg, bg: bg ?? base.bg,
                  on: on.union(base.on.subtracting(off)), off: off.union(base.off.subtracting(on)))
    }

    /// This spec applied to a parent's resolved style.
    public func resolved(over parent: Style) -> Style {
        Style(fg: fg ?? parent.fg, bg: bg ?? parent.bg, attributes: parent.attributes.subtracting(off).union(on))
    }
}
