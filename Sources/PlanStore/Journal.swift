import Foundation
import PlanDomain
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One line of `journal.jsonl`: who made which edit, when.
public struct JournalEntry: Codable, Equatable, Sendable {
    public var time: Date
    public var user: String
    public var host: String
    /// `Edit.summary`, so the journal reads without decoding edits.
    public var summary: String
    public var edit: Edit

    public init(time: Date, user: String, host: String, edit: Edit) {
        self.time = Date(timeIntervalSince1970: time.timeIntervalSince1970.rounded(.down))
        self.user = user
        self.host = host
        self.summary = edit.summary
        self.edit = edit
    }
}

/// What reading a journal found: the entries, and the lines it had to skip.
public struct JournalContents: Equatable, Sendable {
    public struct SkippedLine: Equatable, Sendable, CustomStringConvertible {
        public var line: Int
        /// True for a last line cut short by a crash while it was written.
        public var torn: Bool
        public var reason: String

        public var description: String {
            torn ? "line \(line) was cut short (the session stopped while writing it); skipped"
                 : "line \(line) is not a journal entry (\(reason)); skipped"
        }
    }

    public var entries: [JournalEntry]
    public var skipped: [SkippedLine]
}

/// `journal.jsonl`: one JSON object per line, appended and flushed to disk for every saved edit.
enum Journal {
    static let fileName = "journal.jsonl"

    static func line(for entry: JournalEntry) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var data = try encoder.encode(entry)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Appends `entry` as one line. A torn last line left by a crash is closed first, so the
    /// new entry never joins it.
    static func append(_ entry: JournalEntry, to path: String) throws {
        var data: Data
        do {
            data = try line(for: entry)
        } catch {
            throw PlanStoreError.cannotEncode(path: path, detail: "the edit cannot be written as JSON: \(error)")
        }
        let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw FileSystem.failure("open for appending", path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileSystem.failure("examine", path) }
        if info.st_size > 0 {
            var last: UInt8 = 0
            guard pread(fd, &last, 1, off_t(info.st_size - 1)) == 1 else {
                throw FileSystem.failure("read the end of", path)
            }
            if last != UInt8(ascii: "\n") { data.insert(UInt8(ascii: "\n"), at: 0) }
        }
        try FileSystem.writeAll(fd, data, path: path)
        try FileSystem.flush(fd, path: path)
        if info.st_size == 0 { try FileSystem.syncDirectory((path as NSString).deletingLastPathComponent) }
    }

    /// Reads every entry; lines that are not entries (a torn last line, damage) are skipped and
    /// listed. A missing journal is an empty one.
    static func read(_ path: String) throws -> JournalContents {
        let data: Data
        do {
            data = try FileSystem.readFile(path)
        } catch PlanStoreError.io(_, _, ENOENT) {
            return JournalContents(entries: [], skipped: [])
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        var contents = JournalContents(entries: [], skipped: [])
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
            do {
                contents.entries.append(try decoder.decode(JournalEntry.self, from: Data(line)))
            } catch {
                let torn = index == lines.count - 1
                contents.skipped.append(.init(line: index + 1, torn: torn, reason: reason(error)))
            }
        }
        return contents
    }

    private static func reason(_ error: Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .dataCorrupted: return "not valid JSON"
        case .keyNotFound(let key, _): return "no \"\(key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "a wrong value at \(DecodingFailure.pathText(DecodingFailure.steps(context.codingPath)))"
        @unknown default: return "\(error)"
        }
    }
}
