import Foundation

/// A CSV file that cannot be read as text.
public struct CSVFileError: Error, CustomStringConvertible, Equatable, Sendable {
    public var path: String
    public var reason: String
    public var description: String { "Could not read \(path): \(reason)." }
}

/// A CSV text as a header and records, numbered as a spreadsheet numbers its rows (the header is
/// row 1; a quoted field may hold line breaks, so a row may span several lines of the file).
///
/// The reading is strict where leniency would lose or merge data, and linear in the size of the
/// text: a double quote that opens a value must close it, and only a delimiter or a line end may
/// follow the closing quote (white space aside); otherwise the whole file is refused with the row
/// and column named. A double quote inside an unquoted value is kept as it is.
struct CSVTable {
    var header: [String]
    var rows: [(number: Int, fields: [String])]

    /// Where the text stops being CSV: the row (as above) and the column (from 1).
    struct SyntaxError: Error, Equatable {
        var row: Int
        var column: Int
        /// The header's name for the column, when the header row was read.
        var columnName: String?
        var message: String
    }

    /// Reads `text`, which may start with a byte-order mark. The delimiter is a comma, or a
    /// semicolon or tab when the header line has one of those and no comma (as spreadsheets in
    /// some locales write).
    init(_ text: String) throws {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let firstLine = bytes.prefix { $0 != Self.lf && $0 != Self.cr }
        var delimiter = UInt8(ascii: ",")
        if !firstLine.contains(UInt8(ascii: ",")) {
            if firstLine.contains(UInt8(ascii: ";")) {
                delimiter = UInt8(ascii: ";")
            } else if firstLine.contains(UInt8(ascii: "\t")) {
                delimiter = UInt8(ascii: "\t")
            }
        }
        let records = try Self.records(bytes, delimiter: delimiter)
        guard let first = records.first, first.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw CellProblem("the file is empty: it needs a header row naming the columns")
        }
        header = first
        rows = records.dropFirst().enumerated().map { (number: $0.offset + 2, fields: $0.element) }
    }

    private static let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

    /// The records of `bytes` (RFC 4180, with LF or CR line ends accepted too).
    static func records(_ bytes: [UInt8], delimiter: UInt8) throws(SyntaxError) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var index = 0
        let count = bytes.count
        func isSpace(_ byte: UInt8) -> Bool { (byte == 0x20 || byte == 0x09) && byte != delimiter }
        var fieldStart = 0
        func failure(_ message: String) -> SyntaxError {
            // Rows and lines differ once a quoted value holds a line break: name the line too.
            let line = bytes[..<fieldStart].reduce(1) { $1 == lf ? $0 + 1 : $0 }
            let message = line == records.count + 1 ? message : message + " (the value starts on line \(line) of the file)"
            let column = record.count + 1
            let name = records.first.flatMap { column <= $0.count ? $0[column - 1].trimmingCharacters(in: .whitespaces) : nil }
            return SyntaxError(row: records.count + 1, column: column, columnName: name?.isEmpty == false ? name : nil,
                               message: message)
        }
        while index < count {
            fieldStart = index
            field.removeAll(keepingCapacity: true)
            if bytes[index] == quote {
                index += 1
                var closed = false
                while index < count {
                    let byte = bytes[index]
                    index += 1
                    if byte == quote {
                        if index < count, bytes[index] == quote {
                            field.append(quote)
                            index += 1
                        } else {
                            closed = true
                            break
                        }
                    } else {
                        field.append(byte)
                    }
                }
                guard closed else {
                    throw failure("the double quote that opens this "
                        + "value is never closed, so the rest of the file would be read into it (a missing or stray \")")
                }
                while index < count, isSpace(bytes[index]) { index += 1 }
                if index < count, bytes[index] != delimiter, bytes[index] != cr, bytes[index] != lf {
                    let after = bytes[index...].prefix { $0 != delimiter && $0 != cr && $0 != lf }.prefix(20)
                    throw failure("text after the closing double "
                        + "quote (\(String(decoding: after, as: UTF8.self))); a double quote inside a quoted value is "
                        + "written twice (\"\")")
                }
            } else {
                while index < count, bytes[index] != delimiter, bytes[index] != cr, bytes[index] != lf {
                    field.append(bytes[index])
                    index += 1
                }
            }
            record.append(String(decoding: field, as: UTF8.self))
            if index == count { break }
            if bytes[index] == delimiter {
                index += 1
                if index == count { record.append("") }
                continue
            }
            index += bytes[index] == cr && index + 1 < count && bytes[index + 1] == lf ? 2 : 1
            records.append(record)
            record = []
        }
        if !record.isEmpty { records.append(record) }
        return records
    }
}

extension CSVImport {
    /// The largest CSV file an import reads: 50 MB, some 300,000 rows of schemes with every column.
    public static let sizeLimit = 50_000_000

    /// The text of the CSV file at `path` ("~/" is the home folder): UTF-8, with or without a
    /// byte-order mark, or UTF-16 with one; at most `sizeLimit` bytes. Never writes.
    public static func read(path: String) throws -> String {
        var full = path
        if full == "~" || full.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
            full = home + full.dropFirst()
        }
        let data: Data
        do {
            guard let status = try FileSystem.status(full) else {
                throw CSVFileError(path: path, reason: "there is no such file")
            }
            if status.kind == .directory { throw CSVFileError(path: path, reason: "it is a folder, not a file") }
            if status.size > sizeLimit { throw FileSystem.TooLarge(limit: sizeLimit) }
            data = try FileSystem.readFile(full, limit: sizeLimit)
        } catch let error as CSVFileError {
            throw error
        } catch let error as FileSystem.TooLarge {
            throw CSVFileError(path: path, reason: "it is larger than \(error.limit / 1_000_000) MB, the most an import "
                + "reads (is it the right file? split a larger table into several files)")
        } catch PlanStoreError.io(_, _, let code) {
            throw CSVFileError(path: path, reason: PlanStoreError.text(errno: code))
        }
        let bytes = [UInt8](data.prefix(3))
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]),
           let text = String(data: data, encoding: .utf16) {
            return text
        }
        var utf8 = data
        if bytes == [0xEF, 0xBB, 0xBF] { utf8 = data.dropFirst(3) }
        guard let text = String(data: utf8, encoding: .utf8) else {
            throw CSVFileError(path: path, reason: "it is not UTF-8 text (save it as \"CSV UTF-8\")")
        }
        return text
    }
}
