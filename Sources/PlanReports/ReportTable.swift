import PlanDomain
import PlanFormat
import TerminalDrawing

/// A computed table of figures already written for people: the workbench draws it in a panel,
/// `socle show` prints it as lines, and the strategy document sets it as a table, so all three
/// show the same columns and figures.
public struct ReportTable: Equatable, Sendable {
    public struct Column: Equatable, Sendable {
        public var title: String
        public var width: Int
        /// Figures: right-aligned.
        public var numeric: Bool
        /// 1 is always shown; higher numbers give way first when the width is short.
        public var priority: Int
        public init(_ title: String, width: Int, numeric: Bool = true, priority: Int = 1) {
            self.title = title
            self.width = width
            self.numeric = numeric
            self.priority = priority
        }
    }

    /// One line: its cells, and whether it stands out (a year with a gap, the total).
    public struct Row: Equatable, Sendable {
        public var cells: [String]
        public var flagged: Bool
        public var total: Bool
        public init(_ cells: [String], flagged: Bool = false, total: Bool = false) {
            self.cells = cells
            self.flagged = flagged
            self.total = total
        }
    }

    /// What the table shows and in which unit ("Timetable for commitment, XKB million").
    public var title: String
    public var columns: [Column]
    public var rows: [Row]
    /// Sentences under the table: what is missing, how figures are worked out.
    public var notes: [String]
    /// Why there is no table (no measures costed yet); the rows are then empty.
    public var empty: String?

    public init(title: String, columns: [Column], rows: [Row], notes: [String] = [], empty: String? = nil) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
        self.empty = empty
    }

    /// The columns that fit in `width` (two spaces between them), by priority, in display order.
    public func fitted(width: Int) -> [Int] {
        var chosen: Set<Int> = []
        var used = 0
        for priority in Set(columns.map(\.priority)).sorted() {
            for (index, column) in columns.enumerated() where column.priority == priority {
                let needed = column.width + (chosen.isEmpty ? 0 : 2)
                if used + needed <= width || index == 0 {
                    chosen.insert(index)
                    used += needed
                }
            }
        }
        return columns.indices.filter(chosen.contains)
    }

    /// The unit for a table whose largest amount is `largest`: billions (with two decimals, so the
    /// columns stay narrow) from ten billion, else as cost tables choose.
    public static func unit(for largest: Double) -> (unit: CostUnit, decimals: Int) {
        let unit = CostUnit.fitting(largest, largest: .billion)
        return (unit, unit == .billion ? 2 : 1)
    }

    /// The titles of the columns that do not fit in `width`.
    public func hidden(width: Int) -> [String] {
        let shown = Set(fitted(width: width))
        return columns.indices.filter { !shown.contains($0) }.map { columns[$0].title }
    }

    /// The table as aligned text lines, `width` columns at most: the header, then each row.
    public func lines(width: Int) -> [String] {
        guard empty == nil else { return [empty!] }
        let shown = fitted(width: width)
        func line(_ cells: [String]) -> String {
            shown.map { index in
                let column = columns[index]
                return DisplayWidth.pad(cells[index], to: column.width, alignment: column.numeric ? .right : .left)
            }.joined(separator: "  ").trimmingTrailingSpaces
        }
        return [line(columns.map(\.title))] + rows.map { line($0.cells) } + notes
    }
}
