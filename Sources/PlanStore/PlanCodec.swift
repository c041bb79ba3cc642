import Foundation
import PlanDomain

/// Reads and writes the plan.json document.
///
/// Output: pretty-printed UTF-8 JSON, keys sorted by code point, `/` not escaped, exactly one
/// final newline, so the file is stable and diffs well in git. Whole numbers are written as
/// JSONEncoder writes them (`3`, not `3.0`).
///
/// Input: a current-schema file decodes in one pass. Anything else (an older schema, an error)
/// takes a slower path that migrates or finds the place and the cause of the problem.
public enum PlanCodec {
    public struct Decoded: Equatable, Sendable {
        public var plan: Plan
        /// The schema the file was written in, when it was older and has been migrated in memory.
        public var migratedFrom: Int?
    }

    /// The plan as file content, in the current schema. `file` names the file in errors.
    public static func encode(_ plan: Plan, file: String = "plan.json") throws(PlanStoreError) -> Data {
        var current = plan
        current.schemaVersion = Plan.currentSchemaVersion
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data: Data
        do {
            data = try encoder.encode(current)
        } catch let EncodingError.invalidValue(value, context) {
            let path = DecodingFailure.pathText(DecodingFailure.steps(context.codingPath))
            throw .cannotEncode(path: file, detail: "\(path) holds \(value), which JSON cannot store")
        } catch {
            throw .cannotEncode(path: file, detail: "\(error)")
        }
        while data.last == UInt8(ascii: "\n") { data.removeLast() }
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Decodes plan file content. `file` names the file in errors.
    /// Only UTF-8 is read (with or without a byte-order mark): a UTF-16 or UTF-32 file is refused
    /// by every reader alike, naming its encoding.
    public static func decode(_ data: Data, file: String) throws(PlanFileError) -> Decoded {
        if let encoding = otherUnicodeEncoding(data) {
            throw PlanFileError(file: file, problem: .notUTF8Encoding(encoding))
        }
        // The usual case, a current file without problems, without the whole document's map (see
        // ChunkedPlanDecoder); anything else is decoded whole, as before, for its messages.
        if let plan = ChunkedPlanDecoder.decode(data), plan.schemaVersion == Plan.currentSchemaVersion {
            try UnknownFields.check(data, against: plan, file: file)
            return Decoded(plan: plan, migratedFrom: nil)
        }
        return try decodeWhole(data, file: file)
    }

    /// `decode` without the chunked decoding: the whole document through JSONDecoder's map.
    static func decodeWhole(_ data: Data, file: String) throws(PlanFileError) -> Decoded {
        if let encoding = otherUnicodeEncoding(data) {
            throw PlanFileError(file: file, problem: .notUTF8Encoding(encoding))
        }
        let failure: DecodingError?
        var decoded: Plan?
        do {
            decoded = try JSONDecoder().decode(Plan.self, from: data)
            failure = nil
        } catch let error as DecodingError {
            failure = error
        } catch {
            failure = nil
        }
        if let plan = decoded, plan.schemaVersion == Plan.currentSchemaVersion {
            try UnknownFields.check(data, against: plan, file: file)
            return Decoded(plan: plan, migratedFrom: nil)
        }
        return try decodeSlowly(data, file: file, fastPathError: failure)
    }

    private static func decodeSlowly(_ data: Data, file: String,
                                     fastPathError: DecodingError?) throws(PlanFileError) -> Decoded {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        func error(_ problem: PlanFileError.Problem, at offset: Int) -> PlanFileError {
            let position = TextPosition(offset: offset, in: bytes)
            return PlanFileError(file: file, problem: problem, line: position.line, column: position.column,
                                 lineText: position.shownLine)
        }
        guard let start = bytes.firstIndex(where: { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }) else {
            throw PlanFileError(file: file, problem: .empty)
        }
        if let offset = firstInvalidUTF8(in: bytes) { throw error(.notUTF8, at: offset) }

        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed)
        } catch let foundation {
            guard let syntax = JSONScanner.firstError(in: bytes) else {
                throw PlanFileError(file: file, problem: .syntax("\(foundation.localizedDescription)"))
            }
            guard syntax.endOfInput else { throw error(.syntax(syntax.message), at: syntax.offset) }
            let last = TextPosition.lastLine(of: bytes)
            throw PlanFileError(file: file, problem: .truncated, line: last.line, lineText: last.shownLine)
        }
        guard var document = object as? [String: Any] else {
            throw PlanFileError(file: file, problem: .notAnObject(found: DecodingFailure.foundWords(bytes[start])))
        }

        let version = try schemaVersion(bytes, file: file)
        if version > Plan.currentSchemaVersion {
            throw PlanFileError(file: file, problem: .newerSchema(found: version,
                                                                   supported: Plan.currentSchemaVersion))
        }
        if version == Plan.currentSchemaVersion {
            guard let fastPathError else {
                throw PlanFileError(file: file, problem: .invalidValue("the plan cannot be decoded"))
            }
            throw DecodingFailure.fileError(fastPathError, file: file, bytes: bytes)
        }

        do {
            try Migrations.migrate(&document, from: version)
        } catch let failure {
            var problem = PlanFileError(file: file, problem: .migrationFailed(from: version, failure.message),
                                        fieldPath: failure.fieldPath)
            let steps = failure.fieldPath.split(separator: ".").map { JSONScanner.Step.key(String($0)) }
            if let offset = JSONScanner.offset(of: steps, in: bytes) {
                let position = TextPosition(offset: offset, in: bytes)
                (problem.line, problem.column, problem.lineText) = (position.line, position.column,
                                                                     position.shownLine)
            }
            throw problem
        }
        do {
            let migrated = try JSONSerialization.data(withJSONObject: document)
            let plan = try JSONDecoder().decode(Plan.self, from: migrated)
            try UnknownFields.checkByReencoding(migrated, against: plan, file: file, locateIn: bytes)
            return Decoded(plan: plan, migratedFrom: version)
        } catch let failure as PlanFileError {
            throw failure
        } catch let failure as DecodingError {
            // Field paths are the same before and after migration; lines are looked up in the file.
            throw DecodingFailure.fileError(failure, file: file, bytes: bytes)
        } catch let other {
            throw PlanFileError(file: file, problem: .migrationFailed(from: version, "\(other)"))
        }
    }

    /// "UTF-16" or "UTF-32" when `data` is in that encoding, told by its byte-order mark or, without
    /// one, by the zero bytes around the first character (a JSON text starts with an ASCII character).
    static func otherUnicodeEncoding(_ data: Data) -> String? {
        let head = [UInt8](data.prefix(4)) + [UInt8](repeating: 0xAA, count: max(0, 4 - data.count))
        switch (head[0], head[1], head[2], head[3]) {
        case (0x00, 0x00, 0xFE, 0xFF), (0xFF, 0xFE, 0x00, 0x00): return "UTF-32"
        case (0xFE, 0xFF, _, _), (0xFF, 0xFE, _, _): return "UTF-16"
        case (0x00, 0x00, 0x00, let byte) where byte != 0, (let byte, 0x00, 0x00, 0x00) where byte != 0: return "UTF-32"
        case (0x00, let byte, _, _) where byte != 0, (let byte, 0x00, _, _) where byte != 0: return "UTF-16"
        default: return nil
        }
    }

    private struct Header: Decodable {
        var schemaVersion: Int
    }

    private static func schemaVersion(_ bytes: [UInt8], file: String) throws(PlanFileError) -> Int {
        do {
            return try JSONDecoder().decode(Header.self, from: Data(bytes)).schemaVersion
        } catch DecodingError.keyNotFound {
            throw PlanFileError(file: file, problem: .missingSchemaVersion)
        } catch {
            var problem = PlanFileError(file: file, problem: .invalidSchemaVersion("that"),
                                        fieldPath: "schemaVersion")
            if let offset = JSONScanner.offset(of: [.key("schemaVersion")], in: bytes) {
                let position = TextPosition(offset: offset, in: bytes)
                let token = bytes[offset...].prefix { !",}\n\r".utf8.contains($0) }.prefix(40)
                problem.problem = .invalidSchemaVersion(String(decoding: token, as: UTF8.self))
                (problem.line, problem.column, problem.lineText) = (position.line, position.column,
                                                                     position.shownLine)
            }
            throw problem
        }
    }
}
