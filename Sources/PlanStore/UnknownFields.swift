import Foundation
import PlanDomain

/// Finds fields in a plan file that the plan model does not have. JSONDecoder ignores them, so
/// without this check a misspelt field would load quietly and vanish on the next save.
enum UnknownFields {
    /// Throws `duplicateField` or `unknownField` for `data`, the file `plan` was decoded from, as
    /// `checkByReencoding` would, without encoding the plan: one pass over the file compares its
    /// field names with the plan's `KeyShape`. Only a file that holds something to report takes
    /// the slower path that finds which field to name first. A plan whose shape cannot be taken
    /// (its encoding throws) goes the re-encoding way, which refuses it as not writable.
    static func check(_ data: Data, against plan: Plan, file: String) throws(PlanFileError) {
        guard let shape = try? KeyShape.of(plan) else {
            return try checkByReencoding(data, against: plan, file: file)
        }
        let walk = data.withUnsafeBytes { FieldWalk.run($0, shape: shape) }
        if walk.clean { return }
        let bytes = [UInt8](data)
        try checkDuplicates(bytes, file: file)
        guard let path = walk.unknown.min(by: precedes) else { return }
        throw unknownField(path, file: file, in: bytes)
    }

    /// True when `a` comes before `b` in the order `first(in:known:path:)` walks a document:
    /// field names sorted, list items in order.
    static func precedes(_ a: [JSONScanner.Step], _ b: [JSONScanner.Step]) -> Bool {
        for (x, y) in zip(a, b) where x != y {
            switch (x, y) {
            case (.key(let p), .key(let q)): return p < q
            case (.index(let p), .index(let q)): return p < q
            case (.index, .key): return true
            case (.key, .index): return false
            }
        }
        return a.count < b.count
    }

    /// Throws `unknownField` for the first field of `data` that re-encoding `plan` does not produce.
    /// `locateIn` is the text to find the line in (the original file when `data` was migrated).
    /// Opening a current-schema file uses `check` instead, which answers the same without the encode.
    static func checkByReencoding(_ data: Data, against plan: Plan, file: String,
                                  locateIn bytes: [UInt8]? = nil) throws(PlanFileError) {
        let encoded: Data
        do {
            encoded = try PlanCodec.encode(plan, file: file)
        } catch {
            // The check compares the file with the plan written back; a plan that cannot be written
            // back could not be saved either, so the file is refused, not passed unchecked.
            let reason = if case .cannotEncode(_, let detail) = error { detail } else { "\(error)" }
            throw PlanFileError(file: file, problem: .notWritable(reason))
        }
        // A file as Socle writes it cannot hold a field Socle does not know: skip the slow walk.
        if encoded == data { return }
        try checkDuplicates(bytes ?? [UInt8](data), file: file)
        let given: Any, known: Any
        do {
            given = try JSONSerialization.jsonObject(with: data)
            known = try JSONSerialization.jsonObject(with: encoded)
        } catch {
            throw PlanFileError(file: file, problem: .syntax("\(error.localizedDescription)"))
        }
        guard let path = first(in: given, known: known, path: []) else { return }
        throw unknownField(path, file: file, in: bytes ?? [UInt8](data))
    }

    /// The `unknownField` error for the field at `path`, with its line in `text`.
    private static func unknownField(_ path: [JSONScanner.Step], file: String, in text: [UInt8]) -> PlanFileError {
        let name: String = if case .key(let name) = path.last { name } else { "" }
        let parent = Array(path.dropLast())
        var error = PlanFileError(file: file, problem: .unknownField(name),
                                  fieldPath: DecodingFailure.pathText(parent))
        if let offset = JSONScanner.offset(of: path, in: text) {
            let position = TextPosition(offset: offset, in: text)
            (error.line, error.column, error.lineText) = (position.line, position.column, position.shownLine)
        }
        return error
    }

    /// Throws `duplicateField` for the first field name given twice in one object. JSON readers
    /// disagree on which value counts (Foundation keeps the first, Python and jq the last), and a
    /// save would drop one, so the file is refused.
    static func checkDuplicates(_ bytes: [UInt8], file: String) throws(PlanFileError) {
        guard let duplicate = JSONScanner.firstDuplicateKey(in: bytes),
              case .key(let name) = duplicate.path.last else { return }
        let first = TextPosition(offset: duplicate.firstOffset, in: bytes)
        let second = TextPosition(offset: duplicate.offset, in: bytes)
        throw PlanFileError(file: file, problem: .duplicateField(name, firstLine: first.line),
                            fieldPath: DecodingFailure.pathText(Array(duplicate.path.dropLast())),
                            line: second.line, column: second.column, lineText: second.shownLine)
    }

    /// The path of the first key in `given` that `known` lacks (nulls count as absent values).
    static func first(in given: Any, known: Any, path: [JSONScanner.Step]) -> [JSONScanner.Step]? {
        if let object = given as? [String: Any] {
            let expected = known as? [String: Any] ?? [:]
            for key in object.keys.sorted() {
                let value = object[key]!
                guard let counterpart = expected[key] else {
                    if value is NSNull { continue }
                    return path + [.key(key)]
                }
                if let found = first(in: value, known: counterpart, path: path + [.key(key)]) { return found }
            }
        } else if let array = given as? [Any], let expected = known as? [Any] {
            for (index, pair) in zip(array, expected).enumerated() {
                if let found = first(in: pair.0, known: pair.1, path: path + [.index(index)]) { return found }
            }
        }
        return nil
    }
}
