import PlanDomain
import PlanFormat

/// What a typed field expects, in words: shown under the focused field before anything is typed.
/// The phrases are PlanFormat's ``FieldFormat``, the same the parse errors use: one source for both.
extension FieldKind {
    public func format(_ numbers: NumberConvention) -> String? {
        let figures = Figures(numbers)
        return switch self {
        case .text, .flag, .choice, .multiChoice, .reference, .references: nil
        case .number(let unit, let optional):
            "a number\(unit.isEmpty ? "" : " (\(unit))"), like \(FieldFormat.numberExamples(figures))"
                + (optional ? "; empty if unknown" : "")
        case .percent(let optional):
            "a percentage from 0 to 100, like \(FieldFormat.percentExample(figures))" + (optional ? "; empty if unknown" : "")
        case .year(let optional): FieldFormat.year + (optional ? "; empty if unknown" : "")
        case .days: FieldFormat.days
        case .date: FieldFormat.date + "; empty if none"
        case .yearValues(let unit): FieldFormat.yearValues(figures) + (unit.isEmpty ? "" : " (\(unit))")
        case .groupCounts: FieldFormat.groupCounts(figures)
        case .dependencies: FieldFormat.dependencies
        }
    }
}
