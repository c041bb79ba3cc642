/// A mouse event the app handles: a left click or a wheel step, at a cell.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case click, scrollUp, scrollDown }
    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

/// A key press (or terminal event) as the app sees it, whatever terminal it came from.
///
/// `description` gives the name shown on the help screen ("Ctrl-R", "Shift-Tab", "F1");
/// ``init(name:)`` reads such a name back, for keymaps written as text.
public enum Key: Hashable, Sendable {
    /// A printable character (letters, digits, space, punctuation, any script).
    case char(Character)
    /// Ctrl with a letter, lower case: `.ctrl("r")`. Ctrl-I, Ctrl-M and Ctrl-H arrive as
    /// ``tab``, ``enter`` and ``backspace``, as terminals send them.
    case ctrl(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case insert
    case enter, tab, backTab
    case backspace, delete, escape
    /// F1…F12 (`.function(1)` is F1).
    case function(Int)
    /// The terminal changed size; the new size is given.
    case resize(columns: Int, rows: Int)
    case mouse(MouseEvent)
    /// The session must end now (SIGTERM, SIGHUP or the terminal went away): save, release, quit.
    case terminate
    /// A key the terminal sent that Socle does not know (its raw code, when there is one).
    case unknown(Int)

    /// The printable character, for `.char`; nil otherwise.
    public var character: Character? {
        if case .char(let c) = self { return c }
        return nil
    }
}

extension Key: CustomStringConvertible {
    /// The readable name, as shown on the help screen.
    public var description: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .insert: return "Insert"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .escape: return "Esc"
        case .function(let n): return "F\(n)"
        case .resize(let columns, let rows): return "Resize \(columns)x\(rows)"
        case .mouse(let event):
            switch event.kind {
            case .click: return "Click \(event.x),\(event.y)"
            case .scrollUp: return "Wheel up"
            case .scrollDown: return "Wheel down"
            }
        case .terminate: return "Terminate"
        case .unknown(let code): return "Key \(code)"
        }
    }

    /// Reads a key name as ``description`` writes it ("Ctrl-R", "Shift-Tab", "PgDn", "F5", "q",
    /// "Space"); case-insensitive for named keys, also accepting "C-r", "^R", "Esc"/"Escape",
    /// "Return", "Del", "PageUp". Nil for anything else.
    public init?(name: String) {
        if name.count == 1, let c = name.first { self = .char(c); return }
        let lower = name.lowercased()
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            guard rest.count == 1, let c = rest.first, c.isLetter, c.isASCII else { return nil }
            switch c {
            case "i": self = .tab
            case "m": self = .enter
            case "h": self = .backspace
            default: self = .ctrl(c)
            }
            return
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) { self = .function(n); return }
        guard let key = Key.named[lower] else { return nil }
        self = key
    }

    private static let named: [String: Key] = [
        "space": .char(" "), "up": .up, "down": .down, "left": .left, "right": .right,
        "home": .home, "end": .end, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "insert": .insert, "ins": .insert, "enter": .enter, "return": .enter, "tab": .tab,
        "shift-tab": .backTab, "shift+tab": .backTab, "backtab": .backTab, "backspace": .backspace,
        "delete": .delete, "del": .delete, "esc": .escape, "escape": .escape,
    ]
}
