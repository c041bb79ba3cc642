import Foundation
import PlanDomain
import PlanFormat

/// Turns typed text into field values and back, by the field's kind. Numbers, percentages, years,
/// durations and yearly values are read and written by PlanFormat's ``Figures`` (what a field shows
/// can always be typed back); dates, choices and references here.
public enum FieldText {
    public static func parse(_ text: String, as kind: FieldKind, numbers: NumberConvention) -> Result<FieldValue, FieldError> {
        let trimmed = String(text.trimmingCharacters(in: .whitespaces))
        let figures = Figures(numbers)
        switch kind {
        case .text:
            return .success(.text(text))
        case .number(_, let optional):
            if trimmed.isEmpty { return optional ? .success(.number(nil)) : .failure(.required) }
            return figures.readNumber(trimmed).map { .number($0) }
        case .percent(let optional):
            if trimmed.isEmpty { return optional ? .success(.number(nil)) : .failure(.required) }
            return figures.readPercent(trimmed).map { .number($0) }
        case .year(let optional):
            if trimmed.isEmpty { return optional ? .success(.integer(nil)) : .failure(.required) }
            return Figures.readYear(trimmed).map { .integer($0) }
        case .days:
            return Figures.readDuration(trimmed).map { .integer($0) }
        case .date:
            if trimmed.isEmpty { return .success(.day(nil)) }
            guard let day = Day(iso: trimmed) else {
                return .failure(.invalid("write " + FieldFormat.date))
            }
            return .success(.day(day))
        case .yearValues:
            return figures.readYearValues(trimmed).map { .yearValues($0) }
        case .groupCounts:
            return figures.readGroupCounts(trimmed).map { .groupCounts($0) }
        case .dependencies:
            return dependencies(trimmed).map { .dependencies($0) }
        case .flag, .choice, .multiChoice, .reference, .references:
            return .failure(.invalid("pick a value from the list"))
        }
    }

    /// The text a field shows for a value.
    public static func format(_ value: FieldValue, as kind: FieldKind, numbers: NumberConvention) -> String {
        let figures = Figures(numbers)
        switch (value, kind) {
        case (.text(let text), _): return text
        case (.number(let number?), .percent): return figures.editablePercent(number)
        case (.number(let number?), _): return figures.number(number)
        case (.number(nil), _), (.integer(nil), _), (.day(nil), _), (.reference(nil), _), (.choice(nil), _):
            return ""
        case (.integer(let days?), .days): return Figures.duration(days)
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
        case (.groupCounts(let counts), _): return figures.groupCounts(counts)
        case (.dependencies(let list), _): return formatDependencies(list)
        case (.yearValues(let values), _): return figures.yearValues(values)
        }
    }
}
