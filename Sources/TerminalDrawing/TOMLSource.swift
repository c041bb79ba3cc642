import Foundation
import TOMLKit

/// A TOML settings file being read: its text, for pointing errors at lines, and its parsed table.
package struct TOMLSource {
    package let file: String
    package let lines: [Substring]

    package init(text: String, file: String) {
        self.file = file
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// A TOML syntax error: its message, line and column (1-based), as TOMLKit reports them.
    package struct SyntaxError: Error {
        package let message: String
        package let line: Int
        package let column: Int
    }

    /// Parses the text, turning TOMLKit's error into ``SyntaxError``.
    package func parse() throws(SyntaxError) -> TOMLTable {
        do {
            return try TOMLTable(string: lines.joined(separator: "\n"))
        } catch let error as TOMLParseError {
            throw SyntaxError(message: error.description, line: error.source.begin.line, column: error.source.begin.column)
        } catch {
            throw SyntaxError(message: "\(error)", line: 1, column: 1)
        }
    }

    /// The 1-based line where `key` is defined, found by scanning the text: as a quoted key
    /// (`"rail.active" =`), a bare or dotted key (`theme =`), or a table header (`[roles.title]`).
    /// With `field`, the line of that field inside the key's table when it spans several lines.
    /// Falls back to the last dotted part of `key` as a bare key. With `section`, the search starts
    /// at that table's header (`[roles]`), so a key of the same name elsewhere is not taken.
    package func line(ofKey key: String, field: String? = nil, section: String? = nil) -> Int? {
        let start = section.flatMap { name in
            lines.firstIndex { $0.trimmingLeadingSpaces.hasPrefix("[\(name)]") || $0.trimmingLeadingSpaces.hasPrefix("[\(name).") }
        } ?? 0
        guard let found = firstLine(from: start, where: { Self.defines($0, key: key) })
            ?? firstLine(from: start, where: { Self.isHeader($0, naming: key) })
            ?? key.split(separator: ".").last.flatMap({ last in firstLine(from: start, where: { Self.defines($0, key: String(last)) }) })
        else { return nil }
        guard let field, lines[found - 1].trimmingLeadingSpaces.hasPrefix("[") else { return found }
        var index = found
        while index < lines.count, !lines[index].trimmingLeadingSpaces.hasPrefix("[") {
            if Self.defines(lines[index], key: field) { return index + 1 }
            index += 1
        }
        return found
    }

    private func firstLine(from start: Int, where matches: (Substring) -> Bool) -> Int? {
        lines[start...].firstIndex(where: matches).map { $0 + 1 }
    }

    /// Whether `line` starts a `key = value` pair (or `key = {`) for `key`, quoted or bare.
    private static func defines(_ line: Substring, key: String) -> Bool {
        let text = line.trimmingLeadingSpaces
        for spelled in ["\"\(key)\"", "'\(key)'", key] where text.hasPrefix(spelled) {
            let rest = text.dropFirst(spelled.count).trimmingLeadingSpaces
            if rest.hasPrefix("=") { return true }
        }
        return false
    }

    /// Whether `line` is a table header whose last part is `key` (`[roles."rail.active"]`, `[roles.title]`).
    private static func isHeader(_ line: Substring, naming key: String) -> Bool {
        let text = line.trimmingLeadingSpaces
        guard text.hasPrefix("["), let close = text.firstIndex(of: "]") else { return false }
        let inside = text[text.index(after: text.startIndex)..<close].replacingOccurrences(of: " ", with: "")
        return inside.hasSuffix(".\"\(key)\"") || inside.hasSuffix(".'\(key)'") || inside.hasSuffix(".\(key)") || inside == key
    }
}

extension Substring {
    var trimmingLeadingSpaces: Substring { drop { $0 == " " || $0 == "\t" } }
}

extension TOMLValueConvertible {
    /// The TOML type name for error messages ("string", "integer", "table", ...).
    package var typeName: String {
        switch type {
        case .table: return "table"
        case .array: return "array"
        case .string: return "string"
        case .int: return "integer"
        case .double: return "number"
        case .bool: return "boolean"
        case .date, .time, .dateTime: return "date/time"
        }
    }
}
