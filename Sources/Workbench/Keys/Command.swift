import PlanDomain

/// What a key does. Each command has a name, used in `config.toml`'s `[keys]` tables.
public enum Command: Hashable, Sendable {
    case up, down, left, right, pageUp, pageDown, top, bottom
    case nextPanel, previousPanel
    case stage(Stage)
    case open, add, delete, undo, redo, search, help, findings, sort, cycleTheme, quit, cancel, retrySave
    case suspend
    // Panels with a timeline or several views
    case scrollBack, scrollForward, zoom, mode
    // Imports
    case importCSV
    /// An import review with problems: import the valid rows only.
    case importValidRows
    case export
    // A read-only session whose lock holder is stopped or idle
    case takeOver
    /// Show another session's screen, read-only and large (a projector); again: stop.
    case follow
    // Forms
    case nextField, previousField, confirm, toggle
    // Typing in a field, a filter or a prompt
    case cursorLeft, cursorRight, lineStart, lineEnd
    case deleteBackward, deleteForward, deleteWord, deleteToStart, deleteToEnd
    // Typing a long text
    case newLine

    /// Every command, for the name table and the tests that each one is reachable.
    public static let allCases: [Command] = [
        .up, .down, .left, .right, .pageUp, .pageDown, .top, .bottom, .nextPanel, .previousPanel,
    ] + Stage.allCases.map(Command.stage) + [
        .open, .add, .delete, .undo, .redo, .search, .help, .findings, .sort, .cycleTheme, .quit, .cancel, .retrySave,
        .suspend, .scrollBack, .scrollForward, .zoom, .mode, .importCSV, .importValidRows, .export, .takeOver, .follow,
        .nextField, .previousField, .confirm, .toggle,
        .cursorLeft, .cursorRight, .lineStart, .lineEnd, .deleteBackward, .deleteForward, .deleteWord,
        .deleteToStart, .deleteToEnd, .newLine,
    ]

    /// The name in `config.toml` (`quit = "Q"`, `page_down = ["PgDn", "Space"]`, `stage_3 = "F3"`).
    public var name: String {
        switch self {
        case .up: "up"
        case .down: "down"
        case .left: "left"
        case .right: "right"
        case .pageUp: "page_up"
        case .pageDown: "page_down"
        case .top: "top"
        case .bottom: "bottom"
        case .nextPanel: "next_panel"
        case .previousPanel: "previous_panel"
        case .stage(let stage): "stage_\(stage.rawValue)"
        case .open: "open"
        case .add: "add"
        case .delete: "delete"
        case .undo: "undo"
        case .redo: "redo"
        case .search: "search"
        case .help: "help"
        case .findings: "findings"
        case .sort: "sort"
        case .cycleTheme: "theme"
        case .quit: "quit"
        case .cancel: "cancel"
        case .retrySave: "save_again"
        case .suspend: "suspend"
        case .scrollBack: "earlier"
        case .scrollForward: "later"
        case .zoom: "zoom"
        case .mode: "next_view"
        case .importCSV: "import"
        case .importValidRows: "import_valid_rows"
        case .export: "export"
        case .takeOver: "take_over"
        case .follow: "follow"
        case .nextField: "next_field"
        case .previousField: "previous_field"
        case .confirm: "confirm"
        case .toggle: "toggle"
        case .cursorLeft: "cursor_left"
        case .cursorRight: "cursor_right"
        case .lineStart: "line_start"
        case .lineEnd: "line_end"
        case .deleteBackward: "delete_backward"
        case .deleteForward: "delete_forward"
        case .deleteWord: "delete_word"
        case .deleteToStart: "delete_to_start"
        case .deleteToEnd: "delete_to_end"
        case .newLine: "new_line"
        }
    }

    /// The command called `name` in `config.toml`.
    public init?(name: String) {
        guard let found = Command.allCases.first(where: { $0.name == name }) else { return nil }
        self = found
    }
}
