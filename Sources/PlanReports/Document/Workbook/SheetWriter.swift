import Foundation
import PlanDomain

/// One worksheet of an XLSX workbook being written: numbers as numbers, dates as dates, text as
/// inline strings, formulas with the value they give (so readers that do not calculate still see
/// it; Excel and LibreOffice recalculate on opening).
struct SheetWriter {
    enum Style: Int {
        case plain = 0, bold = 1, date = 2, whole = 3, decimal = 4, boldWhole = 5, header = 6, title = 7, percent = 8,
             input = 9, inputDecimal = 10, boldDecimal = 11
    }

    var name: String
    private(set) var rows: [Int: String] = [:]
    private(set) var widths: [Int: Double] = [:]
    private(set) var frozen: (rows: Int, columns: Int)?

    init(name: String) { self.name = name }

    mutating func text(_ row: Int, _ column: Int, _ value: String, _ style: Style = .plain) {
        put(row, "<c r=\"\(Self.ref(row, column))\" s=\"\(style.rawValue)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(Self.escape(value))</t></is></c>")
    }

    mutating func number(_ row: Int, _ column: Int, _ value: Double, _ style: Style = .whole) {
        guard value.isFinite else { return text(row, column, "", style) }
        put(row, "<c r=\"\(Self.ref(row, column))\" s=\"\(style.rawValue)\"><v>\(Self.number(value))</v></c>")
    }

    mutating func formula(_ row: Int, _ column: Int, _ formula: String, cached: Double?, _ style: Style = .whole) {
        let value = cached.flatMap { $0.isFinite ? "<v>\(Self.number($0))</v>" : nil } ?? ""
        put(row, "<c r=\"\(Self.ref(row, column))\" s=\"\(style.rawValue)\"><f>\(Self.escape(formula))</f>\(value)</c>")
    }

    /// A date, stored as Excel's day serial number with a date format.
    mutating func date(_ row: Int, _ column: Int, _ day: Day?) {
        guard let day else { return text(row, column, "") }
        number(row, column, Double(day.dayNumber - Self.excelEpochDayNumber), .date)
    }

    mutating func width(_ column: Int, _ characters: Double) { widths[column] = characters }
    mutating func freeze(rows: Int, columns: Int) { frozen = (rows, columns) }

    /// Row 4 of a sheet laid out by year: `first`, "Unit", then each year in `column(year)`; the
    /// columns' widths, and the header frozen with the two label columns.
    mutating func yearHeader(_ first: String, unit: String, years: [Int], column: (Int) -> Int, yearWidth: Double) {
        text(4, 1, first, .header)
        text(4, 2, unit, .header)
        for year in years { number(4, column(year), Double(year), .header) }
        width(1, 46)
        width(2, 16)
        for year in years { width(column(year), yearWidth) }
        freeze(rows: 4, columns: 2)
    }

    /// The Day number (PlanDomain's) of 1899-12-30, day 0 of Excel's 1900 date system.
    static let excelEpochDayNumber = Day(year: 1899, month: 12, day: 30)!.dayNumber

    private mutating func put(_ row: Int, _ cell: String) { rows[row, default: ""] += cell }

    var xml: String {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        if let frozen {
            let cell = Self.ref(frozen.rows + 1, frozen.columns + 1)
            text += "<sheetViews><sheetView workbookViewId=\"0\"><pane xSplit=\"\(frozen.columns)\" ySplit=\"\(frozen.rows)\" "
                + "topLeftCell=\"\(cell)\" activePane=\"bottomRight\" state=\"frozen\"/></sheetView></sheetViews>"
        }
        if !widths.isEmpty {
            text += "<cols>" + widths.keys.sorted().map { column in
                "<col min=\"\(column)\" max=\"\(column)\" width=\"\(widths[column]!)\" customWidth=\"1\"/>"
            }.joined() + "</cols>"
        }
        text += "<sheetData>"
        for row in rows.keys.sorted() { text += "<row r=\"\(row)\">\(rows[row]!)</row>" }
        return text + "</sheetData></worksheet>"
    }

    /// "B7" for row 7, column 2.
    static func ref(_ row: Int, _ column: Int) -> String { columnName(column) + String(row) }

    /// An absolute reference to another sheet's cell: 'Assumptions'!$B$7.
    static func ref(sheet: String, _ row: Int, _ column: Int) -> String {
        "'\(sheet.replacingOccurrences(of: "'", with: "''"))'!$\(columnName(column))$\(row)"
    }

    static func columnName(_ column: Int) -> String {
        var number = column, name = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }

    /// Shortest exact text of a Double, as XML and Excel read it.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }

    static func escape(_ text: String) -> String { SVGCanvas.escape(DocumentContext.clean(text)) }
}
