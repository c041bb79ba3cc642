/// What a typed field expects, in words: shown under the focused field before anything is typed,
/// and the same words are used in the error when typed text does not read. One source for both.
extension FieldKind {
    public var format: String? {
        switch self {
        case .text, .flag, .choice, .multiChoice, .reference, .references: nil
        case .number(let unit, let optional):
            "a number\(unit.isEmpty ? "" : " (\(unit))"), like 12,500, 12.5 or 1.2M\(optional ? "; empty if unknown" : "")"
        case .percent(let optional): "a percentage from 0 to 100, like 12.5\(optional ? "; empty if unknown" : "")"
        case .year(let optional): FieldFormat.year + (optional ? "; empty if unknown" : "")
        case .days: FieldFormat.days
        case .date: FieldFormat.date + "; empty if none"
        case .yearValues(let unit): FieldFormat.yearValues + (unit.isEmpty ? "" : " (\(unit))")
        case .groupCounts: FieldFormat.groupCounts
        case .dependencies: FieldFormat.dependencies
        }
    }
}

/// The format phrases shared by the hint and the parse errors.
enum FieldFormat {
    static let year = "a year of four digits, like 2027"
    static let days = "a number of days or weeks, like 45d or 6w"
    static let date = "a date as YYYY-MM-DD, like 2027-03-15"
    static let yearValues = "year: value pairs, like 2026: 10, 2027: 12.5"
    static let groupCounts = "group: persons pairs separated by ';', like GRP-1: 12,000; GRP-2: 300"
    static let dependencies = "predecessors separated by ';', each an id, SS or FS, and a lag, like ACT-3; ACT-4 SS +5d"
}
