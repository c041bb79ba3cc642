import TOMLKit

/// A theme file as written: its own roles, before inheritance.
struct ThemeFile: Sendable {
    var displayName: String?
    var inherits: String?
    var specs: [Role: StyleSpec] = [:]
}

/// Reads theme files (TOML). Every problem becomes a ``ThemeError`` naming file, line and role;
/// when a file has several, the first by line is reported.
enum ThemeParser {
    static let topLevelKeys: Set<String> = ["name", "inherits", "description", "palette", "roles"]

    static func parse(_ text: String, file: String) throws(ThemeError) -> ThemeFile {
        let source = TOMLSource(text: text, file: file)
        let table: TOMLTable
        do {
            table = try source.parse()
        } catch {
            throw ThemeError(file: file, line: error.line, column: error.column, problem: .syntax(error.message))
        }
        var reader = Reader(source: source)
        var theme = ThemeFile()
        for key in table.keys where !topLevelKeys.contains(key) {
            reader.fail(line: source.line(ofKey: key), role: nil, .unknownKey(key))
        }
        theme.displayName = reader.string(table["name"], key: "name")
        theme.inherits = reader.string(table["inherits"], key: "inherits")
        _ = reader.string(table["description"], key: "description")
        if let palette = table["palette"] {
            if let entries = palette.table {
                reader.readPalette(entries)
            } else {
                reader.fail(line: source.line(ofKey: "palette"), role: nil,
                            .wrongType(key: "palette", expected: "a table of colours", found: palette.typeName))
            }
        }
        if let roles = table["roles"] {
            if let entries = roles.table {
                reader.readRoles(entries.entries, prefix: "")
            } else {
                reader.fail(line: source.line(ofKey: "roles"), role: nil,
                            .wrongType(key: "roles", expected: "a table of roles", found: roles.typeName))
            }
        }
        if let first = reader.errors.min(by: { ($0.line ?? Int.max) < ($1.line ?? Int.max) }) { throw first }
        theme.specs = reader.specs
        return theme
    }

    /// Walks the parsed tables, collecting specs and errors.
    private struct Reader {
        let source: TOMLSource
        var palette: [String: Color] = [:]
        var specs: [Role: StyleSpec] = [:]
        var errors: [ThemeError] = []

        init(source: TOMLSource) { self.source = source }

        mutating func fail(line: Int?, role: String?, _ problem: ThemeError.Problem) {
            errors.append(ThemeError(file: source.file, line: line, role: role, problem: problem))
        }

        mutating func string(_ value: TOMLValueConvertible?, key: String) -> String? {
            guard let value else { return nil }
            if let text = value.string { return text }
            fail(line: source.line(ofKey: key), role: nil, .wrongType(key: key, expected: "a string", found: value.typeName))
            return nil
        }

        mutating func readPalette(_ entries: TOMLTable) {
            for key in entries.keys {
                guard let value = entries[key] else { continue }
                let line = source.line(ofKey: key, section: "palette")
                guard let text = value.string else {
                    fail(line: line, role: nil, .wrongType(key: "palette \(key)", expected: "a colour string", found: value.typeName))
                    continue
                }
                if let color = Color(parsing: text) { palette[key] = color } else { fail(line: line, role: nil, .unknownColor(text)) }
            }
        }

        /// Reads `[roles]`. A role is a table of style fields or a plain colour string (its fg).
        /// Dotted keys TOML turned into nested tables (`rail.active = {...}` unquoted) are followed.
        mutating func readRoles(_ entries: [(key: String, value: TOMLValueConvertible)], prefix: String) {
            for (key, value) in entries {
                let name = prefix.isEmpty ? key : "\(prefix).\(key)"
                let line = source.line(ofKey: name, section: "roles")
                if let text = value.string {
                    guard let role = knownRole(name, line: line) else { continue }
                    if let color = color(text, line: line, role: name) { specs[role] = StyleSpec(fg: color) }
                } else if let table = value.table {
                    let fields = table.keys.filter { StyleField.names.contains($0) }
                    for nested in table.keys where !fields.contains(nested) {
                        if table[nested]?.table != nil { continue }
                        fail(line: source.line(ofKey: name, field: nested, section: "roles"), role: name, .unknownKey(nested))
                    }
                    if !fields.isEmpty || table.isEmpty, let role = knownRole(name, line: line) {
                        specs[role] = readStyle(table, role: name)
                    }
                    let children = table.entries.filter { !fields.contains($0.key) && $0.value.table != nil }
                    if !children.isEmpty { readRoles(children, prefix: name) }
                } else {
                    fail(line: line, role: name, .wrongType(key: name, expected: "a table like { fg = \"red\", bold = true }",
                                                            found: value.typeName))
                }
            }
        }

        mutating func knownRole(_ name: String, line: Int?) -> Role? {
            if let role = Role(rawValue: name) { return role }
            fail(line: line, role: name, .unknownRole(suggestion: Self.nearestRole(to: name)))
            return nil
        }

        mutating func readStyle(_ table: TOMLTable, role: String) -> StyleSpec {
            var spec = StyleSpec()
            for key in table.keys {
                guard let value = table[key], let field = StyleField(rawValue: key) else { continue }
                let line = source.line(ofKey: role, field: key, section: "roles")
                switch field {
                case .fg, .bg:
                    var parsed: Color?
                    if let text = value.string {
                        parsed = color(text, line: line, role: role)
                    } else if let index = value.int, (0...255).contains(index) {
                        parsed = .indexed(UInt8(index))
                    } else {
                        fail(line: line, role: role, .wrongType(key: key, expected: "a colour string", found: value.typeName))
                    }
                    if field == .fg { spec.fg = parsed } else { spec.bg = parsed }
                default:
                    guard let flag = value.bool else {
                        fail(line: line, role: role, .wrongType(key: key, expected: "true or false", found: value.typeName))
                        continue
                    }
                    let attribute = TextAttributes.named.first { $0.key == key }!.attribute
                    if flag { spec.on.insert(attribute) } else { spec.off.insert(attribute) }
                }
            }
            return spec
        }

        mutating func color(_ text: String, line: Int?, role: String) -> Color? {
            if let named = palette[text] ?? Color(parsing: text) { return named }
            fail(line: line, role: role, .unknownColor(text))
            return nil
        }

        /// The known role closest to a misspelt one (edit distance at most 3).
        static func nearestRole(to name: String) -> String? {
            let scored = Role.allCases.map { ($0.rawValue, editDistance(Array(name.lowercased()), Array($0.rawValue))) }
            guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 3 else { return nil }
            return best.0
        }

        static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
            var previous = Array(0...b.count)
            for (i, ca) in a.enumerated() {
                var current = [i + 1]
                for (j, cb) in b.enumerated() {
                    current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1)))
                }
                previous = current
            }
            return previous[b.count]
        }
    }
}

extension TOMLTable {
    /// The table's keys with their values, in key order.
    var entries: [(key: String, value: TOMLValueConvertible)] {
        keys.compactMap { key in self[key].map { (key, $0) } }
    }
}

/// The fields a role's table may hold.
enum StyleField: String, CaseIterable {
    case fg, bg, bold, underline, reverse, dim, italic
    static let names = Set(allCases.map(\.rawValue))
}
