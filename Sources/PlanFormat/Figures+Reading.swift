import Foundation
import PlanDomain

/// Typed text back into figures: what ``Figures`` writes reads back to the same value, in every
/// convention; the locale-neutral forms are read where unambiguous; `k`, `M` and `bn` multiply.
/// Errors say what was expected in the words the form's hint uses (``FieldFormat``).
extension Figures {
    /// A number in the convention: "12,500", "12.5", "1.2M"; in 1 234,5 also "12 500" and "12,5".
    public func readNumber(_ text: String) -> Result<Double, FieldError> {
        numbers.parse(text).mapError { problem in
            switch problem {
            case .decimalComma:
                .invalid("write decimals with a point (12.5); commas only separate thousands (numbers: \(numbers.sample))")
            case .notANumber: .invalid("\"\(text)\" is not a number (numbers are written \(numbers.sample))")
            }
        }
    }

    /// A percentage from 0 to 100, with or without "%".
    public func readPercent(_ text: String) -> Result<Double, FieldError> {
        let bare = text.hasSuffix("%") ? String(text.dropLast()) : text
        return readNumber(bare).flatMap { value in
            value < 0 || value > 100 ? .failure(.invalid("a percentage goes from 0 to 100")) : .success(value)
        }
    }

    /// A year of four digits within the years a plan may span.
    public static func readYear(_ text: String) -> Result<Int, FieldError> {
        guard text.count == 4, let year = Int(text), PlanYears.isValid(year) else {
            return .failure(.invalid("write " + FieldFormat.year))
        }
        return .success(year)
    }

    /// What ``yearValues(_:)`` writes, and "2026: 10.5, 2027: 12" in any convention; sorted by year.
    public func readYearValues(_ text: String) -> Result<[YearValue], FieldError> {
        var values: [YearValue] = []
        let entries = text.split(separator: ";").flatMap { $0.split(separator: "\n") }
        let pairs = entries.count > 1 ? entries : text.split(separator: ",", omittingEmptySubsequences: true)
            .reduce(into: [Substring]()) { list, piece in
                if piece.contains(":") || list.isEmpty { list.append(piece) } else {
                    list[list.count - 1] = Substring(list[list.count - 1] + "," + piece)
                }
            }
        for pair in pairs {
            let sides = pair.split(separator: ":", maxSplits: 1)
            guard sides.count == 2,
                  let year = Int(sides[0].trimmingCharacters(in: .whitespaces)), PlanYears.isValid(year) else {
                return .failure(.invalid("write " + FieldFormat.yearValues(self)))
            }
            switch readNumber(sides[1].trimmingCharacters(in: CharacterSet(charactersIn: " %"))) {
            case .success(let value): values.append(YearValue(year: year, value: value))
            case .failure(let error): return .failure(error)
            }
        }
        return .success(values.sorted { $0.year < $1.year })
    }

    /// What ``groupCounts(_:)`` writes: "GRP-1: 12,000; GRP-2: 300".
    public func readGroupCounts(_ text: String) -> Result<[GroupCount], FieldError> {
        var counts: [GroupCount] = []
        for entry in text.split(separator: ";") where !entry.trimmingCharacters(in: .whitespaces).isEmpty {
            let sides = entry.split(separator: ":", maxSplits: 1)
            let id = sides.first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard sides.count == 2, !id.isEmpty else {
                return .failure(.invalid("write " + FieldFormat.groupCounts(self)))
            }
            switch readNumber(sides[1].trimmingCharacters(in: .whitespaces)) {
            case .success(let value): counts.append(GroupCount(groupId: id, count: value))
            case .failure(let error): return .failure(error)
            }
        }
        return .success(counts)
    }
}

/// Why typed text does not read as a value.
public enum FieldError: Error, Equatable, Sendable, CustomStringConvertible {
    case required
    case invalid(String)

    public var description: String {
        switch self {
        case .required: "this field needs a value"
        case .invalid(let reason): reason
        }
    }
}

/// What a typed value should look like, in words: the form's hint under a field and the parse
/// errors use the same phrases. Examples of numbers are written in the convention, so a French user
/// reads "like 12 500, 12,5 or 1,2M" and types what the hint shows.
public enum FieldFormat {
    public static let year = "a year of four digits, like 2027"
    public static let days = "a number of days, weeks, months (30 days) or years, like 45d, 6w, 6m or 1y"
    public static let date = "a date as YYYY-MM-DD, like 2027-03-15"
    public static let dependencies = "predecessors separated by ';', each an id, SS or FS, and a lag, like ACT-3; ACT-4 SS +5d"

    /// "12,500, 12.5 or 1.2M" in the convention.
    public static func numberExamples(_ figures: Figures) -> String {
        "\(figures.number(12_500)), \(figures.number(12.5)) or \(figures.number(1.2))M"
    }

    public static func percentExample(_ figures: Figures) -> String { figures.number(12.5) }

    public static func yearValues(_ figures: Figures) -> String {
        "year: value pairs, like " + figures.yearValues([YearValue(year: 2026, value: 10), YearValue(year: 2027, value: 12.5)])
    }

    public static func groupCounts(_ figures: Figures) -> String {
        "group: persons pairs separated by ';', like GRP-1: \(figures.number(12_000)); GRP-2: 300"
    }
}
