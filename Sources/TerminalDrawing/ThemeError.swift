/// Why a theme could not be loaded, naming the file, the line and the role at fault, as in
/// `/home/ana/.config/socle/themes/room.toml:12: role "rail.active": unknown colour "yelow"`.
///
/// The caller falls back to the `default` theme and shows ``shortDescription`` to the user
/// (see ``ThemeCatalog/loadOrFallback(_:)``); ``description`` has the whole path, for stderr.
public struct ThemeError: FileProblem, Hashable, Sendable {
    /// What is wrong.
    public enum Problem: Hashable, Sendable {
        /// The file could not be read.
        case unreadable(String)
        /// The file is not valid TOML (TOMLKit's message).
        case syntax(String)
        /// A key in `[roles]` is not a role Socle knows (with the nearest known role, if one is close).
        case unknownRole(suggestion: String?)
        /// A colour that is not a name, bright name, palette index, `#rrggbb` or palette entry.
        case unknownColor(String)
        /// A value of the wrong type: `key` should be `expected` but is `found`.
        case wrongType(key: String, expected: String, found: String)
        /// A key Socle does not read (a typo, usually).
        case unknownKey(String)
        /// No theme of this name exists (asked for, or named by `inherits`).
        case notFound(String)
        /// The themes inherit from each other in a circle (the names, in order).
        case inheritanceCycle([String])
    }

    /// The theme file's path (or the theme name, when there is no file).
    public let file: String
    /// The 1-based line of the problem, when known.
    public let line: Int?
    /// The 1-based column, for syntax errors.
    public let column: Int?
    /// The role at fault, when the problem is in one.
    public let role: String?
    public let problem: Problem

    public init(file: String, line: Int? = nil, column: Int? = nil, role: String? = nil, problem: Problem) {
        self.file = file
        self.line = line
        self.column = column
        self.role = role
        self.problem = problem
    }

    public var place: FilePlace { FilePlace(file: file, line: line, column: column) }

    /// After the place: `role "x": problem`.
    public var whatIsWrong: String {
        (role.map { "role \"\($0)\": " } ?? "") + problemText
    }

    private var problemText: String {
        switch problem {
        case .unreadable(let reason): return "cannot read the theme: \(reason)"
        case .syntax(let reason): return "not valid TOML: \(reason)"
        case .unknownRole(let suggestion):
            return "unknown role" + (suggestion.map { " (did you mean \"\($0)\"?)" } ?? "")
        case .unknownColor(let text):
            return "unknown colour \"\(text)\" (use default, black, red, green, yellow, blue, magenta, cyan, white, "
                + "bright-red and the like, a palette index 0-255, #rrggbb, or a [palette] name)"
        case .wrongType(let key, let expected, let found): return "\(key) should be \(expected), not a \(found)"
        case .unknownKey(let key): return "unknown key \"\(key)\""
        case .notFound(let name): return "no theme named \"\(name)\""
        case .inheritanceCycle(let names): return "themes inherit in a circle: \(names.joined(separator: " -> "))"
        }
    }
}
