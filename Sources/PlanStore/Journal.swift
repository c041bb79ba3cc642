import Foundation
import PlanDomain
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One line of `journal.jsonl`: who made which edit, when, and which plan.json it turned into
/// which.
///
/// Who: the account (`user`) on `host`, and the person's name (`author`) where known.
///
/// The line is the commit point of a save: it is flushed to disk before plan.json is replaced, and
/// `before` and `after` (see `PlanFingerprint`) let the next open tell whether the replacement
/// landed, finish it by applying `edit` again, or drop the line (see `PlanStore.open`). Lines
/// written before Socle recorded fingerprints have neither.
public struct JournalEntry: Codable, Equatable, Sendable {
    public var time: Date
    public var user: String
    public var host: String
    /// The person's name, where known (`git config user.name`, `SOCLE_AUTHOR`, the account's full
    /// name): `user` is the account, which several people may share or which says little in a git
    /// history. Lines written before Socle recorded it have none.
    public var author: String?
    /// `Edit.summary`, so the journal reads without decoding edits.
    public var summary: String
    public var edit: Edit
    /// The fingerprint of plan.json before the edit, and of the plan.json the edit makes.
    public var before: String?
    public var after: String?
    /// True when this line alone committed the edit and plan.json was rewritten later (see
    /// `PlanStore.commit` and `JournalCheckpoint`); such lines have no fingerprints.
    public var deferred: Bool?

    public init(time: Date, user: String, host: String, author: String? = nil, edit: Edit, before: String? = nil,
                after: String? = nil, deferred: Bool? = nil) {
        self.time = Date(timeIntervalSince1970: time.timeIntervalSince1970.rounded(.down))
        self.user = user
        self.host = host
        self.author = author
        self.summary = edit.summary
        self.edit = edit
        self.before = before
        self.after = after
        self.deferred = deferred
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

    /// Appends `entry` as one line and flushes it to disk; returns the offset where the line
    /// starts, for `truncate` to take it back. A torn last line left by a crash is closed first,
    /// so the new entry never joins it. When the write fails (a full disk), the part written is
    /// cut off again before the error is thrown, so no fragment stays. The error says which of the
    /// two happened: the line is not there, or it is there but the folder that got a new journal
    /// file could not be flushed (`syncFolder` flushes a folder; tests inject a fault there).
    @discardableResult
    static func append(_ entry: JournalEntry, to path: String,
                       syncFolder: (String) throws -> Void = FileSystem.syncDirectory) throws(AppendError) -> Int64 {
        let start: Int64
        do {
            start = try write(entry, to: path)
        } catch {
            throw .notAppended(error)
        }
        if start == 0 {
            do {
                try syncFolder((path as NSString).deletingLastPathComponent)
            } catch {
                throw .appendedFolderNotFlushed(start: start, error)
            }
        }
        return start
    }

    /// Why an append failed, and whether the line is in the journal.
    enum AppendError: Error {
        /// Nothing of the line stayed in the journal.
        case notAppended(any Error)
        /// The line is written and flushed at `start`, but the folder holding the journal file it
        /// created could not be flushed: the file may not survive a power cut until the folder is.
        case appendedFolderNotFlushed(start: Int64, any Error)
    }

    /// The line written and flushed; its start. On failure nothing of it stays.
    private static func write(_ entry: JournalEntry, to path: String) throws -> Int64 {
        let data: Data
        do {
            data = try line(for: entry)
        } catch {
            throw PlanStoreError.cannotEncode(path: path, detail: "the edit cannot be written as JSON: \(error)")
        }
        return try writeLine(data, to: path).start
    }

    /// Appends one line (ending in a newline) and flushes it, and the folder when the journal is
    /// new; returns where it starts and the journal's size after it. On failure nothing of it stays
    /// (unless only the folder flush failed).
    static func appendLine(_ line: Data, to path: String) throws -> (start: Int64, end: Int64) {
        let written = try writeLine(line, to: path)
        if written.start == 0 { try FileSystem.syncDirectory((path as NSString).deletingLastPathComponent) }
        return written
    }

    /// `line` written and flushed, after a newline when the journal ends in a torn line.
    private static func writeLine(_ line: Data, to path: String) throws -> (start: Int64, end: Int64) {
        var data = line
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
        do {
            try FileSystem.writeAll(fd, data, path: path)
            try FileSystem.flush(fd, path: path)
        } catch {
            _ = ftruncate(fd, info.st_size)
            _ = fsync(fd)
            throw error
        }
        return (Int64(info.st_size), Int64(info.st_size) + Int64(data.count))
    }

    /// The whole lines of the journal from the last backwards, each with the offset where it
    /// starts, until `body` returns false. A torn tail (no final newline) is not given. Reads
    /// 64 KiB at a time from the end, so stopping early costs little however long the journal.
    static func eachLineBackwards(_ path: String, _ body: (Int64, Data) throws -> Bool) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return }
            throw FileSystem.failure("read", path)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileSystem.failure("examine", path) }
        var start = Int64(info.st_size)
        // Bytes from `start` up to the end of the last whole line not yet given.
        var pending: [UInt8] = []
        var sawNewline = false
        while start > 0 {
            let count = Int(min(start, 1 << 16))
            var chunk = [UInt8](repeating: 0, count: count)
            let read = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(start) - off_t(count)) }
            guard read == count else { throw FileSystem.failure("read", path) }
            start -= Int64(count)
            pending = chunk + pending
            // Give every line that now starts inside the buffer (after a newline in it).
            while let newline = pending.lastIndex(of: UInt8(ascii: "\n")) {
                if !sawNewline {
                    sawNewline = true  // what follows the last newline is a torn tail (or nothing)
                    pending.removeSubrange(newline...)
                    continue
                }
                let line = Data(pending[(newline + 1)...])
                pending.removeSubrange((newline + 1)...)
                if !line.isEmpty, try !body(start + Int64(newline + 1), line) { return }
                pending.removeLast()
            }
        }
        if sawNewline, !pending.isEmpty { _ = try body(0, Data(pending)) }
    }

    /// Cuts the journal back to its first `size` bytes and flushes it: takes back a line whose
    /// save failed, or removes a torn tail.
    static func truncate(_ path: String, to size: Int64) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystem.failure("open for repair", path) }
        defer { close(fd) }
        guard ftruncate(fd, off_t(size)) == 0 else { throw FileSystem.failure("cut back", path) }
        try FileSystem.flush(fd, path: path)
    }

    /// The end of the journal: its size, its last whole line (and where it starts), and the
    /// start of a torn tail (bytes after the last newline) when there is one. Reads backwards
    /// from the end, so its cost does not grow with the journal's history.
    struct Tail {
        var size: Int64
        var lastLine: Data?
        var lastLineStart: Int64
        var tornFrom: Int64?
    }

    static func tail(_ path: String) throws -> Tail? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw FileSystem.failure("read", path)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileSystem.failure("examine", path) }
        let size = Int64(info.st_size)
        // Bytes from `start` to the end, read backwards a chunk at a time until they hold the
        // two last newlines (or the whole file).
        var start = size
        var chunks: [[UInt8]] = []
        var newlineCount = 0
        while start > 0 && newlineCount < 2 {
            let count = Int(min(start, 1 << 16))
            var chunk = [UInt8](repeating: 0, count: count)
            let read = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(start) - off_t(count)) }
            guard read == count else { throw FileSystem.failure("read", path) }
            newlineCount += chunk.lazy.filter { $0 == UInt8(ascii: "\n") }.count
            chunks.append(chunk)
            start -= Int64(count)
        }
        let bytes = Array(chunks.reversed().joined())
        let marks = Array(bytes.indices.lazy.filter { bytes[$0] == UInt8(ascii: "\n") }.suffix(2))
        var tail = Tail(size: size, lastLine: nil, lastLineStart: start, tornFrom: nil)
        let lastNewline = marks.last
        let tornStart = lastNewline.map { $0 + 1 } ?? 0
        if tornStart < bytes.count, !bytes[tornStart...].allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x0A }) {
            tail.tornFrom = start + Int64(tornStart)
        }
        if let lastNewline {
            let lineStart = marks.count == 2 ? marks[0] + 1 : 0
            tail.lastLine = Data(bytes[lineStart..<lastNewline])
            tail.lastLineStart = start + Int64(lineStart)
        }
        return tail
    }

    /// The entries of the whole lines from byte `offset` on, and where the last of them ends (a
    /// line being written, without its newline yet, is left for later). Lines that are not entries
    /// are skipped.
    static func entries(_ path: String, from offset: Int64) throws -> (entries: [JournalEntry], end: Int64) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return ([], 0) }
            throw FileSystem.failure("read", path)
        }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var position = off_t(offset)
        while true {
            let count = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, position) }
            guard count >= 0 else { throw FileSystem.failure("read", path) }
            if count == 0 { break }
            bytes += chunk[0..<count]
            position += off_t(count)
        }
        guard let lastNewline = bytes.lastIndex(of: UInt8(ascii: "\n")) else { return ([], offset) }
        let found = bytes[..<lastNewline].split(separator: UInt8(ascii: "\n")).compactMap { decodeEntry(Data($0)) }
        return (found, offset + Int64(lastNewline) + 1)
    }

    static func decodeEntry(_ line: Data) -> JournalEntry? {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(JournalEntry.self, from: line)
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
            } catch where JournalCheckpoint.decode(Data(line)) != nil {
                continue  // plan.json was rewritten here: not an edit
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
