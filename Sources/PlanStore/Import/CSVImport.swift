import PlanDomain

/// Imports the scheme inventory or the population groups from CSV files, as spreadsheets write
/// them. Pure: text and plan in, a report and one edit out (`read(path:)` reads the file).
///
/// - The first row names the columns (`columns(_:)`), in any order and case; columns left out keep
///   their values. `id` is optional.
/// - A row updates the entity with its id; without an id, the one with exactly its name (any
///   case); otherwise it adds a new entity with the next free id (an id not in the plan is
///   replaced by a fresh one).
/// - Choices are read by value or label in any case; references by id or name (a stakeholder
///   also by acronym); lists are separated by semicolons; numbers take a point for decimals.
/// - Every valid row is checked with the plan's validation: a row that brings a new error is
///   invalid. The edit holds the valid rows; callers apply it only when `isValid`, unless told to
///   skip invalid rows.
public enum CSVImport {
    /// The header names of an import and what each holds, `id` first.
    public static func columns(_ kind: ImportKind) -> [(name: String, help: String)] {
        let idColumn = (name: "id", help: "the id of the \(kind.entityKind.label) to update; empty to add one")
        switch kind {
        case .schemes: return [idColumn] + ImportColumn<Scheme>.all.map { ($0.name, $0.help) }
        case .groups: return [idColumn] + ImportColumn<PopulationGroup>.all.map { ($0.name, $0.help) }
        }
    }

    public static func run(_ kind: ImportKind, csv text: String, into plan: Plan) -> ImportResult {
        switch kind {
        case .schemes: Importer(kind: kind, columns: ImportColumn<Scheme>.all).run(text, plan)
        case .groups: Importer(kind: kind, columns: ImportColumn<PopulationGroup>.all).run(text, plan)
        }
    }
}

/// One import of entities of type `E`.
struct Importer<E: PlanEntity> {
    let kind: ImportKind
    let columns: [ImportColumn<E>]

    /// A row read into an entity: the entity as it would be, and the one it replaces.
    struct Row {
        var number: Int
        var entity: E
        var old: E?
        var requestedId: EntityID?
        var present: [Int]
    }

    func run(_ text: String, _ plan: Plan) -> ImportResult {
        var problems: [ImportProblem] = []
        let table: CSVTable
        do {
            table = try CSVTable(text)
        } catch let error as CSVTable.SyntaxError {
            let column = error.columnName ?? "\(error.column)"
            return ImportResult(kind: kind, changes: [], problems: [ImportProblem(row: error.row, column: column, error.message)],
                                edit: nil, isRefused: true)
        } catch {
            let message = (error as? CellProblem)?.message ?? "it cannot be read as CSV (\(error))"
            return ImportResult(kind: kind, changes: [], problems: [ImportProblem(row: nil, column: nil, message)], edit: nil,
                                isRefused: true)
        }
        // Header: which CSV position holds which column.
        var positions: [Int: Int] = [:]
        var idPosition: Int?
        for (position, raw) in table.header.enumerated() {
            let name = Self.normalized(raw)
            if name.isEmpty { continue }
            if name == "id" {
                if idPosition == nil { idPosition = position } else {
                    problems.append(ImportProblem(row: 1, column: raw, "this column appears twice"))
                }
                continue
            }
            guard let index = columns.firstIndex(where: { $0.name == name }) else {
                let names = CSVImport.columns(kind).map(\.name).joined(separator: ", ")
                problems.append(ImportProblem(row: 1, column: raw, "not a column of the \(kind.rawValue) import (the columns are \(names))"))
                continue
            }
            if positions.values.contains(index) {
                problems.append(ImportProblem(row: 1, column: raw, "this column appears twice"))
            } else {
                positions[position] = index
            }
        }
        guard problems.isEmpty else {
            return ImportResult(kind: kind, changes: [], problems: problems, edit: nil, isRefused: true)
        }

        var rows: [Row] = []
        var claimed: [EntityID: Int] = [:]
        // Lookups by id and by name, the first entity winning as a search from the start would.
        let existing = plan[keyPath: E.keyPath]
        let byID = Dictionary(existing.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let byName = Dictionary(existing.map { (ImportCell.fold($0.title), $0) }, uniquingKeysWith: { first, _ in first })
        let nameIndex = columns.firstIndex { $0.name == "name" }
        let namePosition = positions.first { $0.value == nameIndex }?.key
        // Values the rows must have: up to the last named column (unnamed columns at the end may be left out).
        let needed = (table.header.lastIndex { !ImportCell.trimmed($0).isEmpty } ?? -1) + 1
        let sortedPositions = positions.sorted(by: { $0.key < $1.key })
        for (number, fields) in table.rows {
            if fields.allSatisfy({ ImportCell.trimmed($0).isEmpty }) { continue }
            if fields.count > table.header.count {
                problems.append(ImportProblem(row: number, column: nil,
                    "it has \(counted(fields.count, "value")) but the header names \(counted(table.header.count, "column")) (a stray comma, or a value that needs quotes?)"))
                continue
            }
            if fields.count < needed {
                let missing = ImportCell.trimmed(table.header[fields.count])
                problems.append(ImportProblem(row: number, column: missing.isEmpty ? "\(fields.count + 1)" : missing,
                    "the row ends after \(counted(fields.count, "value")) but the header names \(counted(needed, "column")) "
                    + "(a missing comma, or a line break inside a value that needs quotes?)"))
                continue
            }
            func field(_ position: Int) -> String { position < fields.count ? fields[position] : "" }
            let id = idPosition.map { ImportCell.trimmed(field($0)) } ?? ""
            let name = namePosition.map { ImportCell.fold(field($0)) } ?? ""
            var old = id.isEmpty ? nil : byID[id]
            if old == nil, id.isEmpty, !name.isEmpty { old = byName[name] }
            if let old, let earlier = claimed[old.id] {
                problems.append(ImportProblem(row: number, column: nil, "it is the same \(kind.entityKind.label) as row \(earlier) (\(old.id))"))
                continue
            }
            var entity = old ?? E(id: "")
            var cellProblems: [ImportProblem] = []
            for (position, index) in sortedPositions {
                do {
                    try columns[index].read(&entity, field(position), plan)
                } catch {
                    let message = (error as? CellProblem)?.message ?? "\(error)"
                    cellProblems.append(ImportProblem(row: number, column: columns[index].name, message))
                }
            }
            if old == nil, entity.title.trimmingCharacters(in: .whitespaces).isEmpty {
                cellProblems.append(ImportProblem(row: number, column: "name", "a new \(kind.entityKind.label) needs a name"))
            }
            guard cellProblems.isEmpty else {
                problems += cellProblems
                continue
            }
            if let old { claimed[old.id] = number }
            rows.append(Row(number: number, entity: entity, old: old, requestedId: old == nil && !id.isEmpty ? id : nil,
                            present: positions.values.sorted()))
        }
        return validated(rows, problems: problems, plan: plan)
    }

    /// Builds the edit, applies it to a copy and validates it; rows that bring new errors are left
    /// out and the rest tried again.
    private func validated(_ candidates: [Row], problems: [ImportProblem], plan: Plan) -> ImportResult {
        var problems = problems
        var rows = candidates
        let before = Set(plan.validate().errors.map(Self.key))
        while true {
            let built = build(rows, plan: plan)
            guard let edit = built.edit, let after = try? plan.applying(edit) else {
                return ImportResult(kind: kind, changes: built.changes, problems: Self.sorted(problems), edit: built.edit)
            }
            let fresh = after.validate().errors.filter { !before.contains(Self.key($0)) }
            if fresh.isEmpty {
                return ImportResult(kind: kind, changes: built.changes, problems: Self.sorted(problems), edit: edit)
            }
            var bad: Set<Int> = []
            for finding in fresh {
                let row = finding.location.kind == kind.entityKind
                    ? built.rowOf[finding.location.id ?? ""] : nil
                let named = columns.filter { $0.field == finding.location.field }.map(\.name)
                let column = named.count > 1 ? "\(named.first!) to \(named.last!)" : named.first
                problems.append(ImportProblem(row: row, column: column, finding.message))
                if let row { bad.insert(row) }
            }
            if bad.isEmpty {
                return ImportResult(kind: kind, changes: built.changes, problems: Self.sorted(problems), edit: nil)
            }
            rows.removeAll { bad.contains($0.number) }
        }
    }

    /// The changes and the one batch edit for `rows`, new entities numbered after the plan's.
    private func build(_ rows: [Row], plan: Plan) -> (changes: [ImportChange], edit: Edit?, rowOf: [EntityID: Int]) {
        let prefix = kind.entityKind.idPrefix + "-"
        var next = Int(plan.nextID(for: kind.entityKind).dropFirst(prefix.count)) ?? 1
        var changes: [ImportChange] = []
        var edits: [Edit] = []
        var rowOf: [EntityID: Int] = [:]
        for row in rows {
            var entity = row.entity
            if let old = row.old {
                let fields = row.present.compactMap { index -> ImportChange.Field? in
                    let (was, now) = (columns[index].show(old, plan), columns[index].show(entity, plan))
                    return was == now ? nil : ImportChange.Field(column: columns[index].name, old: was, new: now)
                }
                changes.append(ImportChange(row: row.number, action: fields.isEmpty ? .unchanged : .update, id: old.id,
                                            name: entity.title, fields: fields))
                if !fields.isEmpty { edits.append(.update(entity)) }
            } else {
                entity.id = prefix + String(next)
                next += 1
                let fields = row.present.compactMap { index -> ImportChange.Field? in
                    let now = columns[index].show(entity, plan)
                    return now.isEmpty ? nil : ImportChange.Field(column: columns[index].name, old: "", new: now)
                }
                changes.append(ImportChange(row: row.number, action: .insert, id: entity.id, name: entity.title,
                                            fields: fields, requestedId: row.requestedId))
                edits.append(.insert(entity))
            }
            rowOf[entity.id] = row.number
        }
        return (changes, edits.isEmpty ? nil : .batch(edits), rowOf)
    }

    /// Header names compare in lower case, with spaces and hyphens read as underscores.
    static func normalized(_ header: String) -> String {
        ImportCell.trimmed(header).lowercased().replacingOccurrences(of: " ", with: "_")
            .replacingOccurrences(of: "-", with: "_")
    }

    private static func key(_ finding: Finding) -> String {
        "\(finding.rule)|\(finding.location)"
    }

    /// Problems by row, the file's first, keeping the order within a row.
    private static func sorted(_ problems: [ImportProblem]) -> [ImportProblem] {
        problems.enumerated().sorted { ($0.element.row ?? 0, $0.offset) < ($1.element.row ?? 0, $1.offset) }.map(\.element)
    }
}
