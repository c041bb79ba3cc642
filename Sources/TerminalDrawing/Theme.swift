/// A theme: how each ``Role`` looks. Loaded from a TOML file (see ``ThemeCatalog``), or built in code.
///
/// ```toml
/// name = "projector"
/// inherits = "default"            # optional: start from another theme
/// [palette]                       # optional: names for colours used below
/// accent = "#ffd700"
/// [roles]
/// "rail.active" = { fg = "black", bg = "accent", bold = true }
/// "table.header" = { fg = "white", bold = true, underline = true }
/// title = "bright-white"          # a plain string sets fg only
/// ```
/// Colours: `default` (the terminal's own), `black` … `white`, `bright-red` and the like, a palette
/// index `"0"`…`"255"`, or `#rrggbb`. Attributes: `bold`, `underline`, `reverse`, `dim`, `italic`.
/// A role in a theme that inherits overrides only the fields it names. A field a role leaves out
/// comes from its parent role (`status.error` → `status` → `normal`).
public struct Theme: Hashable, Sendable {
    /// The theme's name (its file name without `.toml`).
    public var name: String
    /// The name the file gives itself (`name = "..."`), for display; defaults to ``name``.
    public var displayName: String
    /// The file it was read from, if any.
    public var file: String?
    /// The specs of the roles this theme (with what it inherits) defines.
    public private(set) var specs: [Role: StyleSpec]
    private var resolved: [Role: Style]

    public init(name: String, specs: [Role: StyleSpec], displayName: String? = nil, file: String? = nil) {
        self.name = name
        self.displayName = displayName ?? name
        self.file = file
        self.specs = specs
        var styles: [Role: Style] = [:]
        func resolve(_ role: Role) -> Style {
            if let done = styles[role] { return done }
            let parent = role.parent.map(resolve) ?? Style()
            let style = (specs[role] ?? StyleSpec()).resolved(over: parent)
            styles[role] = style
            return style
        }
        for role in Role.allCases { _ = resolve(role) }
        self.resolved = styles
    }

    /// Whether the theme (or one it inherits) names `role` itself, rather than leaving it to its parent.
    public func defines(_ role: Role) -> Bool { specs[role] != nil }

    /// The full-colour style of `role`, with what it inherits from its parents filled in.
    public func style(for role: Role) -> Style { resolved[role] ?? Style() }

    /// The style of `role` as a terminal with `depth` colours shows it.
    ///
    /// Colours are brought down to the depth. Without colours, a role painted on a background of
    /// its own (a highlight band) is reversed instead, and a role whose colours set it apart gets
    /// attributes for them (``Role/emphasisWithoutColor``): selections reverse, errors bold and
    /// underlined, muted text dim. On 8 or 16 colours, a role whose colours collapse onto normal's
    /// gets those attributes too; so nothing that matters disappears on a poor terminal.
    public func style(for role: Role, depth: ColorDepth) -> Style {
        let full = style(for: role)
        var shown = depth == .none ? Style(attributes: full.attributes) : full.degraded(to: depth)
        guard role != .normal else { return shown }
        let normalFull = style(for: .normal)
        if depth == .none, let bg = full.bg, bg != .default, bg != normalFull.bg {
            shown.attributes.insert(.reverse)  // a band of colour becomes a reversed band
        }
        let normalShown = depth == .none ? Style(attributes: normalFull.attributes) : normalFull.degraded(to: depth)
        let lostColours = depth == .none && (full.fg != normalFull.fg || full.bg != normalFull.bg)
        if lostColours || (shown == normalShown && (full != normalFull || role.mustStandOut)) {
            shown.attributes.formUnion(role.emphasisWithoutColor)
        }
        return shown
    }

    /// Every role's style at `depth`, as a terminal sets up its colour pairs.
    public func styles(depth: ColorDepth) -> [Role: Style] {
        Dictionary(uniqueKeysWithValues: Role.allCases.map { ($0, style(for: $0, depth: depth)) })
    }

    /// `other`'s specs laid over this theme's, field by field: how `inherits` combines themes.
    public func overlaid(with other: [Role: StyleSpec], name: String, displayName: String?, file: String?) -> Theme {
        var merged = specs
        for (role, spec) in other { merged[role] = merged[role].map { spec.over($0) } ?? spec }
        return Theme(name: name, specs: merged, displayName: displayName, file: file)
    }

    /// A theme compiled into the program, used only when even the bundled `default` theme cannot
    /// be read: terminal colours, with attributes marking what matters.
    public static let builtin = Theme(name: "builtin", specs: [
        .title: StyleSpec(on: .bold), .heading: StyleSpec(on: .bold), .muted: StyleSpec(on: .dim),
        .selection: StyleSpec(on: .reverse), .tableSelected: StyleSpec(on: .reverse), .railActive: StyleSpec(on: .reverse),
        .tabActive: StyleSpec(on: [.reverse, .bold]), .fieldFocus: StyleSpec(on: .reverse), .status: StyleSpec(on: .reverse),
        .error: StyleSpec(on: [.bold, .underline]), .warning: StyleSpec(on: .bold), .tableHeader: StyleSpec(on: [.bold, .underline]),
        .borderFocus: StyleSpec(on: .bold), .searchMatch: StyleSpec(on: [.reverse, .underline]), .key: StyleSpec(on: .bold),
    ])

    public static func == (lhs: Theme, rhs: Theme) -> Bool {
        lhs.name == rhs.name && lhs.specs == rhs.specs && lhs.file == rhs.file
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(file)
    }
}

extension Role {
    /// Roles that must stay visible on any terminal, even if a theme forgot to style them.
    public var mustStandOut: Bool {
        switch self {
        case .selection, .tableSelected, .fieldFocus, .railActive, .tabActive, .searchMatch,
             .error, .fieldError, .statusError, .warning, .statusWarning, .status, .dialogTitle:
            return true
        default:
            return false
        }
    }

    /// The attributes a role takes when colours cannot tell it from normal text. Bars, bands and
    /// series take none: views draw them with distinct glyphs, which reverse video would hide.
    public var emphasisWithoutColor: TextAttributes {
        switch self {
        case .selection, .tableSelected, .fieldFocus, .railActive, .tabActive, .searchMatch,
             .status, .statusOK:
            return .reverse
        case .statusError, .statusWarning: return [.reverse, .bold]
        case .error, .fieldError, .ganttCritical, .tableHeader: return [.bold, .underline]
        case .link: return .underline
        case .title, .heading, .headingLarge, .warning, .key, .dialogTitle, .railDone, .ganttMilestone, .ganttToday, .ok: return .bold
        case .muted, .hint, .disabled, .fieldPlaceholder, .ganttFloat, .gaugeEmpty, .scrollbar, .tab: return .dim
        default: return []
        }
    }
}
