import TerminalDrawing
import TOMLKit
import Workbench

/// `config.toml`'s `[keys]` tables read into ``KeyRebinding``s, each with its line, and applied
/// to the standard keymap:
/// ```toml
/// [keys]
/// quit = "Q"                 # one key
/// down = ["j", "Down", "n"]  # several
/// [keys.form]
/// confirm = ["F2", "Ctrl-S"]
/// ```
enum KeysConfig {
    static func keymap(from value: TOMLValueConvertible, source: TOMLSource) throws(ConfigError) -> Keymap {
        do {
            return try Keymap.standard.rebinding(try entries(in: value, table: "keys", source: source))
        } catch {
            throw ConfigError(file: source.file, line: error.line, key: error.setting, message: error.message)
        }
    }

    /// The entries of `value` (the `[keys]` table), sub-tables (`[keys.form]`) read in turn.
    private static func entries(in value: TOMLValueConvertible, table: String, source: TOMLSource) throws(KeymapError) -> [KeyRebinding] {
        guard let entries = value.table else {
            throw KeymapError(line: source.line(ofKey: table), setting: table,
                              message: "should be a table ([\(table)] with lines such as quit = \"Q\"), not a \(value.typeName)")
        }
        var found: [KeyRebinding] = []
        for name in entries.keys {
            guard let entry = entries[name] else { continue }
            let line = Self.line(of: name, in: table, source: source)
            if entry.table != nil, table == "keys" {
                found += try Self.entries(in: entry, table: "\(table).\(name)", source: source)
                continue
            }
            let names: [String]
            if let one = entry.string {
                names = [one]
            } else if let array = entry.array, array.allSatisfy({ $0.string != nil }) {
                names = array.compactMap(\.string)
            } else {
                throw KeymapError(line: line, setting: "\(table).\(name)",
                                  message: "should be a key name in quotes or a list of them (\"Q\" or [\"q\", \"F10\"]), not a \(entry.typeName)")
            }
            found.append(KeyRebinding(table: table, command: name, keys: names, line: line))
        }
        return found.sorted { ($0.line ?? 0) < ($1.line ?? 0) }
    }

    /// The line of `name = …` in the table `[table]`, else of the dotted `table.name = …`.
    static func line(of name: String, in table: String, source: TOMLSource) -> Int? {
        let lines = source.lines
        func trimmed(_ line: Substring) -> Substring { line.drop { $0 == " " || $0 == "\t" } }
        func header(_ line: Substring) -> String? {
            let text = trimmed(line)
            guard text.hasPrefix("["), let close = text.firstIndex(of: "]") else { return nil }
            return String(text[text.index(after: text.startIndex)..<close]).replacingOccurrences(of: " ", with: "")
        }
        func defines(_ line: Substring) -> Bool {
            let text = trimmed(line)
            for spelled in ["\"\(name)\"", "'\(name)'", name] where text.hasPrefix(spelled) {
                if trimmed(text.dropFirst(spelled.count)).hasPrefix("=") { return true }
            }
            return false
        }
        if let start = lines.firstIndex(where: { header($0) == table }) {
            var index = start + 1
            while index < lines.count, header(lines[index]) == nil {
                if defines(lines[index]) { return index + 1 }
                index += 1
            }
        }
        return source.line(ofKey: "\(table).\(name)")
    }
}
