/// A plan file that cannot be read as a plan: it names the file, the place (line and column, and
/// the field path when the JSON is valid but a value is wrong) and the problem.
public struct PlanFileError: Error, CustomStringConvertible, Equatable, Sendable {
    public enum Problem: Equatable, Sendable {
        /// The file could not be read at all (missing, no permission).
        case unreadable(String)
        case empty
        /// A byte that is not UTF-8 (the file was saved in another encoding).
        case notUTF8
        /// Not valid JSON; the text says what was expected.
        case syntax(String)
        /// The JSON stops in the middle.
        case truncated
        /// The top level is not a JSON object; `found` says what it is.
        case notAnObject(found: String)
        case missingSchemaVersion
        /// `schemaVersion` is there but is not a version number.
        case invalidSchemaVersion(String)
        case newerSchema(found: Int, supported: Int)
        /// A value of the wrong type; `expected` and `found` in words ("a number", "text").
        case wrongType(expected: String, found: String?)
        /// A field the plan needs is missing.
        case missingField(String)
        /// A field is null where a value is needed.
        case nullValue(expected: String)
        /// A value of the right type that is still not acceptable (an unknown choice, a bad date).
        case invalidValue(String)
        /// An older file could not be brought up to date.
        case migrationFailed(from: Int, String)
        /// A field the plan does not have (a typo, or a file from another program); saving would
        /// silently drop it, so it is refused.
        case unknownField(String)
        /// A field name given twice in one object (the line of the first; the error's line is the second).
        case duplicateField(String, firstLine: Int)
        /// The file is in another Unicode encoding than UTF-8 ("UTF-16", "UTF-32").
        case notUTF8Encoding(String)
        /// The plan read from the file cannot be written back as JSON (the reason), so it could be
        /// neither checked for unknown fields nor saved.
        case notWritable(String)
    }

    /// The file, as the user named it.
    public var file: String
    public var problem: Problem
    /// The path of the field, as in `stocktake.schemes[3].expenditure`, when the JSON is valid.
    public var fieldPath: String?
    public var line: Int?
    public var column: Int?
    /// The text of the line named, to show under the message.
    public var lineText: String?

    public init(file: String, problem: Problem, fieldPath: String? = nil, line: Int? = nil,
                column: Int? = nil, lineText: String? = nil) {
        self.file = file
        self.problem = problem
        self.fieldPath = fieldPath
        self.line = line
        self.column = column
        self.lineText = lineText
    }

    public var description: String {
        var place = file
        if let line {
            place += ", line \(line)"
            if let column { place += ", column \(column)" }
        }
        var text = "\(place): \(problemText)"
        if let lineText, lineText.contains(where: { !$0.isWhitespace }) {
            text += "\n    \(lineText)"
            if let column, problem != .truncated {
                text += "\n    " + String(repeating: " ", count: max(0, column - 1)) + "^"
            }
        }
        return text
    }

    private var at: String { fieldPath.map { $0.isEmpty ? "" : "\($0): " } ?? "" }

    private var problemText: String {
        switch problem {
        case .unreadable(let reason):
            return "cannot read the file: \(reason)."
        case .empty:
            return "the file is empty; a plan file holds one JSON object. The last saved versions are in"
                + " the backups folder next to it."
        case .notUTF8:
            return "the file is not UTF-8 text (was it saved in another encoding?)."
        case .syntax(let message):
            return "not valid JSON: \(message)."
        case .truncated:
            return "not valid JSON: the file ends early (truncated?)"
                + (line.map { "; its last line is line \($0)" } ?? "") + "."
        case .notAnObject(let found):
            return "the file holds \(found), not a JSON object; a plan file is one object with a"
                + " \"schemaVersion\" field."
        case .missingSchemaVersion:
            return "there is no \"schemaVersion\" field, so this is not a Socle plan file (or it lost"
                + " its first lines)."
        case .invalidSchemaVersion(let found):
            return "\"schemaVersion\" must be a whole number, not \(found)."
        case .newerSchema(let found, let supported):
            return "written by a newer Socle (schema \(found)); this Socle reads up to schema"
                + " \(supported); update Socle to open it."
        case .wrongType(let expected, let found):
            return "\(at)expected \(expected)" + (found.map { ", found \($0)" } ?? "") + "."
        case .missingField(let key):
            return "\(at)the field \"\(key)\" is missing."
        case .nullValue(let expected):
            return "\(at)the value is null; expected \(expected)."
        case .invalidValue(let message):
            return "\(at)\(message)."
        case .migrationFailed(let from, let message):
            return "cannot bring this schema \(from) file up to date: \(at)\(message)."
        case .duplicateField(let key, let firstLine):
            return "\(at)the field \"\(key)\" appears twice in the same object (first on line \(firstLine)). "
                + "Programs disagree on which value counts and a save would drop one, so Socle refuses the file; "
                + "keep one of them."
        case .notUTF8Encoding(let encoding):
            return "the file is \(encoding) text; save it as UTF-8 (Socle reads plan files in UTF-8 only)."
        case .notWritable(let reason):
            return "the plan in it cannot be written back as JSON (\(reason)), so Socle could not save it; "
                + "correct the value named."
        case .unknownField(let key):
            return "\(at)unknown field \"\(key)\" (misspelt?). Socle would drop it on the next save, so it "
                + "refuses the file; correct or remove the field."
        }
    }
}
