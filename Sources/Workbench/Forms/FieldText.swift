import Foundation
import PlanDomain

/// Turns typed text into field values and back: locale-neutral numbers (a point for decimals,
/// commas, spaces or underscores between thousands, k / M / bn suffixes), percentages with or
/// without "%", years, ISO dates and durations in days or weeks.
public enum FieldText {
    public static func parse(_ text: String, as kind: FieldKind) -> Result<FieldValue, FieldError> {
        let trimmed = String(text.trimmingCharacters(in: .whitespaces))
        switch kind {
        case .text:
            return .success(.text(text))
        case .number(_, let optional):
            if trimmed.isEmpty { return optional ? .success(.number(nil)) : .failure(.required) }
            return number(trimmed).map { .number($0) }
        case .percent(let optional):
            if trimmed.isEmpty { return optional ? .success(.number(nil)) : .failure(.required) }
            let bare = trimmed.hasSuffix("%") ? String(trimmed.dropLast()) : trimmed
            return number(bare).flatMap { value in
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
            return yearValues(trimmed).map { .yearValues($0) }
        case .groupCounts:
            return groupCounts(trimmed).map { .groupCounts($0) }
        case .dependencies:
            return dependencies(trimmed).map { .dependencies($0) }
        case .flag, .choice, .multiChoice, .reference, .references:
            return .failure(.invalid("pick a value from the list"))
        }
    }

    /// The text a field shows for a value.
    public static func format(_ value: FieldValue, as kind: FieldKind) -> String {
        switch (value, kind) {
        case (.text(let text), _): return text
        case (.number(let number?), .percent): return plain(number) + "%"
        case (.number(let number?), _): return grouped(number)
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
        case (.groupCounts(let counts), _): return formatGroupCounts(counts)
        case (.dependencies(let list), _): return formatDependencies(list)
        case (.yearValues(let values), _):
            return values.map { "\($0.year): \(plain($0.value))" }.joined(separator: ", ")
        }
    }

    static func number(_ text: String) -> Result<Double, FieldError> {
        LocaleNeutralNumber.parse(text).mapError { problem in
            switch problem {
            case .decimalComma: .invalid("write decimals with a point (12.5); commas only separate thousands")
            case .notANumber: .invalid("\"\(text)\" is not a number")
            }
        }
    }

    static func days(_ text: String) -> Result<Int, FieldError> {
        guard !text.isEmpty else { return .failure(.required) }
        var body = text.lowercased()
        var factor = 1
        if body.hasSuffix("w") { factor = 7; body.removeLast() } else if body.hasSuffix("d") { body.removeLast() }
        guard let count = Int(body.trimmingCharacters(in: .whitespaces)), count >= 0 else {
            return .failure(.invalid("a duration is " + FieldFormat.days))
        }
        return .success(count * factor)
    }

    static func yearValues(_ text: String) -> Result<[YearValue], FieldError> {
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
                return .failure(.invalid("write " + FieldFormat.yearValues))
            }
            switch number(sides[1].trimmingCharacters(in: CharacterSet(charactersIn: " %"))) {
            case .success(let value): values.append(YearValue(year: year, value: value))
            case .failure(let error): return .failure(error)
            }
        }
        return .success(values.sorted { $0.year < $1.year })
    }

    /// "12500" as "12,500"; decimals kept up to four places.
    public static func grouped(_ value: Double) -> String {
        let text = plain(value)
        let negative = text.hasPrefix("-")
        let digits = negative ? String(text.dropFirst()) : text
        let parts = digits.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var result = ""
        while integer.count > 3 {
            result = "," + integer.suffix(3) + result
            integer = String(integer.dropLast(3))
        }
        result = integer + result
        if parts.count == 2 { result += "." + parts[1] }
        return (negative ? "-" : "") + result
    }

    /// A number without exponent, trailing zeros or more than four decimals.
    public static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
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
