import PlanDomain

/// What a CSV file can be imported as.
public enum ImportKind: String, CaseIterable, Sendable {
    case schemes, groups

    public var entityKind: EntityKind {
        switch self {
        case .schemes: .scheme
        case .groups: .group
        }
    }

    public init?(_ kind: EntityKind) {
        switch kind {
        case .scheme: self = .schemes
        case .group: self = .groups
        default: return nil
        }
    }
}

/// Something wrong with the file, a row or one cell of it.
public struct ImportProblem: Equatable, Sendable, CustomStringConvertible {
    /// The row as a spreadsheet numbers it: the header is row 1. Nil for the file as a whole.
    public var row: Int?
    /// The column's header, when the problem is in one cell.
    public var column: String?
    public var message: String

    public init(row: Int?, column: String?, _ message: String) {
        self.row = row
        self.column = column
        self.message = message
    }

    /// "row 4, column expenditure: "12,5" is not a number (use a point for decimals)".
    public var description: String {
        var place: [String] = []
        if let row { place.append("row \(row)") }
        if let column { place.append("column \(column)") }
        return place.isEmpty ? message : place.joined(separator: ", ") + ": " + message
    }
}

/// What one valid row does to the plan.
public struct ImportChange: Equatable, Sendable {
    public enum Action: String, Sendable { case insert, update, unchanged }

    public struct Field: Equatable, Sendable {
        public var column: String
        public var old: String
        public var new: String
    }

    public var row: Int
    public var action: Action
    public var id: EntityID
    public var name: String
    /// The columns whose value changes (for an update), or that are set (for an insert).
    public var fields: [Field]
    /// Set when the row named an id that is not in the plan, which was replaced by a fresh one.
    public var requestedId: EntityID?

    /// "row 3: adds SCH-12 "Fonds de solidarité"" / "row 4: changes SCH-3 ...: contributors 214000 → 220000".
    public var description: String {
        let what = name.isEmpty ? id : "\(id) \"\(name)\""
        switch action {
        case .insert:
            let note = requestedId.map { " (\($0) is not in the plan, so it gets a new id)" } ?? ""
            return "row \(row): adds \(what)\(note)"
        case .update:
            let list = fields.map { "\($0.column) \($0.old.isEmpty ? "(empty)" : $0.old) → \($0.new.isEmpty ? "(empty)" : $0.new)" }
            return "row \(row): changes \(what): " + list.joined(separator: "; ")
        case .unchanged:
            return "row \(row): \(what) unchanged"
        }
    }
}

/// The outcome of reading a CSV file against a plan: what each valid row would change, the
/// problems, and the one edit that applies the valid rows.
public struct ImportResult: Equatable, Sendable {
    public var kind: ImportKind
    public var changes: [ImportChange]
    public var problems: [ImportProblem]
    /// Inserts and updates of the valid rows, as one batch (undoable, journaled); nil when the
    /// valid rows change nothing.
    public var edit: Edit?
    /// True when the file as a whole cannot be imported (it is not a table: an unclosed quote, text
    /// after a closing quote, an unknown or repeated column); then nothing is, valid rows included.
    public var isRefused: Bool

    public init(kind: ImportKind, changes: [ImportChange], problems: [ImportProblem], edit: Edit?, isRefused: Bool = false) {
        self.kind = kind
        self.changes = changes
        self.problems = problems
        self.edit = edit
        self.isRefused = isRefused
    }

    /// True when every row is valid (and the file could be read as a table).
    public var isValid: Bool { problems.isEmpty }
    public var inserted: Int { changes.filter { $0.action == .insert }.count }
    public var updated: Int { changes.filter { $0.action == .update }.count }
    public var unchanged: Int { changes.filter { $0.action == .unchanged }.count }
    /// Rows left out because of a problem.
    public var invalidRows: [Int] {
        var seen: Set<Int> = []
        return problems.compactMap(\.row).filter { seen.insert($0).inserted }
    }

    /// "2 added, 3 changed, 6 unchanged; 1 row with problems".
    public var summary: String {
        if isRefused { return "The file cannot be imported as it is" }
        let noun = kind == .schemes ? "scheme" : "group"
        var parts = ["\(counted(inserted, noun)) added", "\(updated) changed", "\(unchanged) unchanged"]
        let bad = invalidRows.count
        if bad > 0 { parts.append("\(counted(bad, "row")) with problems") }
        if problems.contains(where: { $0.row == nil }) { parts.append("the file has problems") }
        return parts.joined(separator: ", ")
    }

    /// The report as lines: the summary, the problems, then the changes.
    public var lines: [String] {
        [summary] + problems.map(\.description) + changes.filter { $0.action != .unchanged }.map(\.description)
    }
}
