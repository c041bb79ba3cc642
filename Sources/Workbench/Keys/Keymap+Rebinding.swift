/// One entry of `config.toml`'s `[keys]` tables: `quit = "Q"` in `[keys]`, or
/// `confirm = ["F2", "Ctrl-S"]` in `[keys.form]`; `line` points errors at it.
public struct KeyRebinding: Hashable, Sendable {
    /// The table: `keys`, `keys.form`, `keys.picker`, …
    public var table: String
    /// The command's name (``Command/name``).
    public var command: String
    /// Key names as ``Key/init(name:)`` reads them; empty unbinds the command.
    public var keys: [String]
    public var line: Int?

    public init(table: String, command: String, keys: [String], line: Int? = nil) {
        self.table = table
        self.command = command
        self.keys = keys
        self.line = line
    }

    /// `keys.quit`, `keys.form.confirm`: the setting as the user wrote it.
    public var setting: String { "\(table).\(command)" }
}

/// Why a `[keys]` entry cannot be used: where, and what to write instead.
public struct KeymapError: Error, Hashable, Sendable {
    public var line: Int?
    /// The setting at fault (`keys.form.confirm`), or the table (`keys.forms`).
    public var setting: String
    public var message: String

    public init(line: Int?, setting: String, message: String) {
        self.line = line
        self.setting = setting
        self.message = message
    }
}

extension Keymap {
    /// The tables `config.toml` may have under `[keys]`.
    public static var configTables: [String] {
        var seen: [String] = []
        for table in KeyContext.allCases.compactMap(\.configTable) where !seen.contains(table) { seen.append(table) }
        return seen
    }

    /// This keymap with `entries` applied: each names a command and replaces its keys in that
    /// table's context. Refuses an unknown table, command or key name, a printable key where keys
    /// are typed, Ctrl-C (it always quits), and a key that would then run two commands in one context.
    public func rebinding(_ entries: [KeyRebinding]) throws(KeymapError) -> Keymap {
        var result = self
        var lines: [Int: Int] = [:]  // binding index -> line of the entry that rebound it
        for entry in entries {
            let contexts = KeyContext.allCases.filter { $0.configTable == entry.table }
            guard !contexts.isEmpty else {
                throw KeymapError(line: entry.line, setting: entry.table,
                                  message: "unknown table (known: \(Keymap.configTables.map { "[\($0)]" }.joined(separator: ", ")))")
            }
            guard let index = result.bindings.indices.first(where: {
                contexts.contains(result.bindings[$0].context) && result.bindings[$0].command.name == entry.command
            }) else {
                let known = result.bindings.filter { contexts.contains($0.context) }.map(\.command.name)
                throw KeymapError(line: entry.line, setting: entry.setting,
                                  message: "unknown command here (known in [\(entry.table)]: \(known.joined(separator: ", ")))")
            }
            let context = result.bindings[index].context
            var keys: [Key] = []
            for name in entry.keys {
                guard let key = Key(name: name), Keymap.isBindable(key) else {
                    throw KeymapError(line: entry.line, setting: entry.setting,
                                      message: "\"\(name)\" is not a key name (such as \"q\", \"Q\", \"Ctrl-R\", \"F2\", \"Enter\", \"Space\", \"PgDn\", \"Shift-Tab\")")
                }
                if context.typesCharacters, key.character != nil {
                    throw KeymapError(line: entry.line, setting: entry.setting,
                                      message: "\"\(name)\" is typed as text here, so it cannot run a command")
                }
                if context != .global, result.command(for: key, in: [.global]) != nil {
                    throw KeymapError(line: entry.line, setting: entry.setting,
                                      message: "\(key) always quits, so it cannot be bound to anything else")
                }
                if keys.contains(key) {
                    throw KeymapError(line: entry.line, setting: entry.setting, message: "\(key) is listed twice")
                }
                keys.append(key)
            }
            if result.bindings[index].defaultKeys == nil { result.bindings[index].defaultKeys = result.bindings[index].keys }
            result.bindings[index].keys = keys
            lines[index] = entry.line
            if result.bindings[index].defaultKeys == keys { result.bindings[index].defaultKeys = nil }
        }
        if let clash = result.conflicts.first(where: { $0.first.isRebound || $0.second.isRebound }) {
            let (rebound, other) = clash.second.isRebound ? (clash.second, clash.first) : (clash.first, clash.second)
            let line = result.bindings.firstIndex(of: rebound).flatMap { lines[$0] }
            let table = rebound.context.configTable ?? "keys"
            let what = other.isRebound ? "to \(other.command.name) too" : "to \(other.command.name) by default; rebind \(other.command.name) too, or choose another key"
            throw KeymapError(line: line, setting: "\(table).\(rebound.command.name)",
                              message: "\(clash.key) is bound twice in [\(table)]: already \(what)")
        }
        return result
    }

    /// Keys a terminal can send as a key press (not a resize, a click or an unknown code).
    static func isBindable(_ key: Key) -> Bool {
        switch key {
        case .resize, .mouse, .terminate, .unknown: false
        default: true
        }
    }
}
