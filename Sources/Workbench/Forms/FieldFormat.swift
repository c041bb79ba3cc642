import PlanDomain

/// What a typed field expects, in words: shown under the focused field before anything is typed,
/// and the same words are used in the error when typed text does not read. One source for both.
/// Examples of numbers are written in the form's ``NumberConvention``, so a French user reads
/// "like 12 500, 12,5 or 1,2M" and types what the hint shows.
extension FieldKind {
    public func format(_ numbers: NumberConvention) -> String? {
        switch self {
        case .text, .flag, .choice, .multiChoice, .reference, .references: nil
        case .number(let unit, let optional):
            "a number\(unit.isEmpty ? "" : " (\(unit))"), like \(FieldFormat.numberExamples(numbers))"
                + (optional ? "; empty if unknown" : "")
        case .percent(let optional):
            "a percentage from 0 to 100, like \(numbers.format(12.5))" + (optional ? "; empty if unknown" : "")
        case .year(let optional): FieldFormat.year + (optional ? "; empty if unknown" : "")
        case .days: FieldFormat.days
        case .date: FieldFormat.date + "; empty if none"
        case .yearValues(let unit): FieldFormat.yearValues(numbers) + (unit.isEmpty ? "" : " (\(unit))")
        case .groupCounts: FieldFormat.groupCounts(numbers)
        case .dependencies: FieldFormat.dependencies
        }
    }
}

/// The format phrases shared by the hint and the parse errors.
enum FieldFormat {
    static let year = "a year of four digits, like 2027"
    static let days = "a number of days, weeks, months (30 days) or years, like 45d, 6w, 6m or 1y"
    static let date = "a date as YYYY-MM-DD, like 2027-03-15"
    static let dependencies = "predecessors separated by ';', each an id, SS or FS, and a lag, like ACT-3; ACT-4 SS +5d"

    /// "12,500, 12.5 or 1.2M" in the convention.
    static func numberExamples(_ numbers: NumberConvention) -> String {
        "\(numbers.format(12_500)), \(numbers.format(12.5)) or \(numbers.format(1.2))M"
    }

    static func yearValues(_ numbers: NumberConvention) -> String {
        "year: value pairs, like " + FieldText.formatYearValues([YearValue(year: 2026, value: 10), YearValue(year: 2027, value: 12.5)], numbers)
    }

    static func groupCounts(_ numbers: NumberConvention) -> String {
        "group: persons pairs separated by ';', like GRP-1: \(numbers.format(12_000)); GRP-2: 300"
    }
}
