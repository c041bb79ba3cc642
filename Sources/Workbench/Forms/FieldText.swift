import Foundation
import PlanDomain

/// Turns typed text into field values and back: numbers in the plan's ``NumberConvention`` (what a
/// field shows can always be typed back; the locale-neutral forms are read where unambiguous; k / M /
/// bn suffixes), percentages with or without "%", years, ISO dates and durations in days, weeks,
/// months (30 days) or years (365 days).
public enum FieldText {
    public static func parse(_ text: String, as kind: FieldKind, numbers: NumberConvention) -> Result<FieldValue, FieldError> {
        let trimmed = String(text.trimmingCharacters(in: .whitespaces))
        switch kind {
        case .text:
            return .success(.text(text))
        case .number(_, let optional):
            if trimmed.isEmpty { return optional ? .success(.number(nil)) : .failure(.required) }
            return number(trimmed, numbers).map { .number($0) }
        case .percent(let optional):
            if trimmed.isEmpty { return optional ? .success(.number(nil)) : .failure(.required) }
            let bare = trimmed.hasSuffix("%") ? String(trimmed.dropLast()) : trimmed
            return number(bare, numbers).flatMap { value in
                value < 0 || value > 100 ? .failure(.invalid("a percentage goes from 0 to 100")) : .success(.number(value))
            }
        case .year(let optional):
            if trimmed.isEmpty { return optional ? .success(.integer(nil)) : .failure(.required) }
            guard trimmed.count == 4, let year = Int(trimmed), PlanYears.isValid(year) else {
                return .failure(.invalid("write " + FieldFormat.year))
            }
            return .success(.integer(year))
        case .days:
            return days(trimmed).map { .integer($0) }
        case .date:
            if trimmed.isEmpty { return .success(.day(nil)) }
            guard let day = Day(iso: trimmed) else {
                return .failure(.invalid("write " + FieldFormat.date))
            }
            return .success(.day(day))
        case .yearValues:
            return yearValues(trimmed, numbers).map { .yearValues($0) }
        case .groupCounts:
            return groupCounts(trimmed, numbers).map { .groupCounts($0) }
        case .dependencies:
            return dependencies(trimmed).map { .dependencies($0) }
        case .flag, .choice, .multiChoice, .reference, .references:
            return .failure(.invalid("pick a value from the list"))
        }
    }

    /// The text a field shows for a value.
    public static func format(_ value: FieldValue, as kind: FieldKind, numbers: NumberConvention) -> String {
        switch (value, kind) {
        case (.text(let text), _): return text
        case (.number(let number?), .percent): return numbers.plain(number) + "%"
        case (.number(let number?), _): return numbers.format(number)
        case (.number(nil), _), (.integer(nil), _), (.day(nil), _), (.reference(nil), _), (.choice(nil), _):
            return ""
        case (.integer(let days?), .days): return "\(days)d"
        case (.integer(let number?), _): return String(number)
        case (.day(let day?), _): return day.iso
        case (.flag(let on), _): return on ? "yes" : "no"
        case (.choice(let raw?), .choice(let options, _)): return options.first { $0.value == raw }?.label ?? raw
        case (.choice(let raw?), _): return raw
        case (.choices(let raws), .multiChoice(let options)):
            return raws.map { raw in options.first { $0.value == raw }?.label ?? raw }.joined(separator: ", ")
        case (.choices(let raws), _): return raws.joined(separator: ", ")
        case (.reference(let id?), _): return id
        case (.references(let ids), _): return ids.joined(separator: ", ")
        case (.groupCounts(let counts), _): return formatGroupCounts(counts, numbers)
        case (.dependencies(let list), _): return formatDependencies(list)
        case (.yearValues(let values), _):
            return formatYearValues(values, numbers)
        }
    }

    static func number(_ text: String, _ numbers: NumberConvention) -> Result<Double, FieldError> {
        numbers.parse(text).mapError { problem in
            switch problem {
            case .decimalComma:
                .invalid("write decimals with a point (12.5); commas only separate thousands (numbers: \(numbers.sample))")
            case .notANumber: .invalid("\"\(text)\" is not a number (numbers are written \(numbers.sample))")
            }
        }
    }

    /// Days in a month and in a year when a duration is typed in months or years: 6m is 180 days.
    public static let daysPerMonth = 30, daysPerYear = 365

    /// A whole number of days, weeks (w), months (m, 30 days) or years (y, 365 days); days (d) if no unit.
    static func days(_ text: String) -> Result<Int, FieldError> {
        guard !text.isEmpty else { return .failure(.required) }
        var body = text.lowercased()
        var factor = 1
        for (unit, days) in [("d", 1), ("w", 7), ("m", daysPerMonth), ("y", daysPerYear)] where body.hasSuffix(unit) {
            factor = days
            body.removeLast()
            break
        }
        guard let count = Int(body.trimmingCharacters(in: .whitespaces)), count >= 0, count <= 100_000 / factor else {
            return .failure(.invalid("a duration is " + FieldFormat.days))
        }
        return .success(count * factor)
    }

    /// "2026: 10, 2027: 12.5"; with a decimal comma the pairs are separated by "; " (2026: 10; 2027: 12,5).
    static func formatYearValues(_ values: [YearValue], _ numbers: NumberConvention) -> String {
        values.map { "\($0.year): \(numbers.plain($0.value))" }.joined(separator: numbers.decimal == "," ? "; " : ", ")
    }

    static func yearValues(_ text: String, _ numbers: NumberConvention) -> Result<[YearValue], FieldError> {
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
                return .failure(.invalid("write " + FieldFormat.yearValues(numbers)))
            }
            switch number(sides[1].trimmingCharacters(in: CharacterSet(charactersIn: " %")), numbers) {
            case .success(let value): values.append(YearValue(year: year, value: value))
            case .failure(let error): return .failure(error)
            }
        }
        return .success(values.sorted { $0.year < $1.year })
    }
}

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
