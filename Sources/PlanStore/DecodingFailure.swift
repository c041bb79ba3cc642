import Foundation

/// Turns Foundation's `DecodingError` into a `PlanFileError` a person can act on: the field path,
/// what was expected and found, in words, and the line where that field is.
enum DecodingFailure {
    static func fileError(_ error: DecodingError, file: String, bytes: [UInt8]) -> PlanFileError {
        switch error {
        case .typeMismatch(let type, let context):
            return located(.wrongType(expected: words(for: type), found: nil), context.codingPath,
                           file: file, bytes: bytes, describeFound: true)
        case .valueNotFound(let type, let context):
            return located(.nullValue(expected: words(for: type)), context.codingPath, file: file, bytes: bytes)
        case .keyNotFound(let key, let context):
            return located(.missingField(key.stringValue), context.codingPath, file: file, bytes: bytes)
        case .dataCorrupted(let context):
            return located(.invalidValue(plain(context.debugDescription)), context.codingPath,
                           file: file, bytes: bytes)
        @unknown default:
            return PlanFileError(file: file, problem: .invalidValue("\(error)"))
        }
    }

    static func steps(_ codingPath: [any CodingKey]) -> [JSONScanner.Step] {
        codingPath.map { key in key.intValue.map { .index($0) } ?? .key(key.stringValue) }
    }

    /// `stocktake.schemes[3].expenditure`
    static func pathText(_ steps: [JSONScanner.Step]) -> String {
        var text = ""
        for step in steps {
            switch step {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    private static func located(_ problem: PlanFileError.Problem, _ codingPath: [any CodingKey],
                                file: String, bytes: [UInt8], describeFound: Bool = false) -> PlanFileError {
        let steps = steps(codingPath)
        var error = PlanFileError(file: file, problem: problem, fieldPath: pathText(steps))
        guard let offset = JSONScanner.offset(of: steps, in: bytes) else { return error }
        let position = TextPosition(offset: offset, in: bytes)
        error.line = position.line
        error.column = position.column
        error.lineText = position.shownLine
        if describeFound, case .wrongType(let expected, _) = problem {
            error.problem = .wrongType(expected: expected, found: foundWords(bytes[offset]))
        }
        return error
    }

    static func words(for type: Any.Type) -> String {
        switch type {
        case is Double.Type, is Float.Type: return "a number"
        case is Int.Type, is Int64.Type, is Int32.Type, is UInt.Type: return "a whole number"
        case is String.Type: return "text in double quotes"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Dictionary") { return "an object { ... }" }
            if name.hasPrefix("Array") { return "a list [ ... ]" }
            return name
        }
    }

    /// What the value starting with `byte` is, in words.
    static func foundWords(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "\""): return "text"
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "["): return "a list"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return "true or false"
        case UInt8(ascii: "n"): return "null"
        default: return "a number"
        }
    }

    /// Foundation's wording of an unknown enum value, made readable.
    private static func plain(_ description: String) -> String {
        let marker = "from invalid String value "
        if let range = description.range(of: marker) {
            return "\"\(description[range.upperBound...])\" is not one of the allowed values"
        }
        var text = description
        while text.last == "." { text.removeLast() }
        return text
    }
}
