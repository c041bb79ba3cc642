import PlanDomain

/// Years and spans of years. Years are written without group marks in every convention.
extension Figures {
    /// A span of years in prose and headings: "2026–2030" (an en dash).
    public static func yearRange(_ first: Int, _ last: Int) -> String { "\(first)–\(last)" }

    /// A span of years in a plain-text table cell or a message, ASCII only: "2026-2030".
    public static func yearSpan(_ first: Int, _ last: Int) -> String { "\(first)-\(last)" }

    /// A span of years in a narrow heading, the last year in two digits: "2026-30".
    public static func shortYearSpan(_ first: Int, _ last: Int) -> String { "\(first)-\(String(last).suffix(2))" }

    /// Years as runs, each run a span: [2029, 2032, 2033, 2034] -> "2029, 2032-2034".
    public static func yearRuns(_ years: [Int]) -> String {
        var runs: [(Int, Int)] = []
        for year in years.sorted() {
            if let last = runs.last, last.1 + 1 == year { runs[runs.count - 1].1 = year } else { runs.append((year, year)) }
        }
        return runs.map { $0.0 == $0.1 ? "\($0.0)" : yearSpan($0.0, $0.1) }.joined(separator: ", ")
    }

    /// Yearly values: "2026: 10, 2027: 12.5"; with a decimal comma the pairs are separated by "; "
    /// (2026: 10; 2027: 12,5) so the list reads back. Read by ``readYearValues(_:)``.
    public func yearValues(_ values: [YearValue]) -> String {
        values.map { "\($0.year): \(plain($0.value))" }.joined(separator: numbers.decimal == "," ? "; " : ", ")
    }

    /// Persons per population group: "GRP-1: 12,000; GRP-2: 300". Read by ``readGroupCounts(_:)``.
    public func groupCounts(_ counts: [GroupCount]) -> String {
        counts.map { "\($0.groupId): \(number($0.count))" }.joined(separator: "; ")
    }
}
