import CSV
import Foundation

/// A CSV file that cannot be read as text.
public struct CSVFileError: Error, CustomStringConvertible, Equatable, Sendable {
    public var path: String
    public var reason: String
    public var description: String { "Could not read \(path): \(reason)." }
}

/// A CSV text as a header and records, numbered as a spreadsheet numbers its rows (the header is
/// row 1; a quoted field may hold line breaks, so a row may span several lines of the file).
struct CSVTable {
    var header: [String]
    var rows: [(number: Int, fields: [String])]

    /// Reads `text`, which may start with a byte-order mark. The delimiter is a comma, or a
    /// semicolon or tab when the header line has one of those and no comma (as spreadsheets in
    /// some locales write).
    init(_ text: String) throws {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        let firstLine = body.prefix { $0 != "\n" && $0 != "\r" }
        var delimiter: UnicodeScalar = ","
        if !firstLine.contains(",") {
            if firstLine.contains(";") { delimiter = ";" } else if firstLine.contains("\t") { delimiter = "\t" }
        }
        let reader = try CSVReader(string: String(body), hasHeaderRow: false, delimiter: delimiter)
        var records: [[String]] = []
        while let record = reader.next() { records.append(record) }
        guard let first = records.first, first.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw CellProblem("the file is empty: it needs a header row naming the columns")
        }
        header = first
        rows = records.dropFirst().enumerated().map { (number: $0.offset + 2, fields: $0.element) }
    }
}

extension CSVImport {
    /// The text of the CSV file at `path` ("~/" is the home folder): UTF-8, with or without a
    /// byte-order mark, or UTF-16 with one. Never writes.
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
            data = try FileSystem.readFile(full)
        } catch let error as CSVFileError {
            throw error
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
