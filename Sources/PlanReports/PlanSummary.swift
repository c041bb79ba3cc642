import PlanDomain
import PlanFormat
import TerminalDrawing

/// The plain-text summary `socle show` prints: the plan, then each stage with what is done and
/// missing, its records and its tables. Plan text is made safe for a terminal by the caller.
///
/// What a stage's tabs hold comes from `contents` (the workbench's `StageContents.blocks`), so the
/// summary shows the same fields and columns as the screens without this target knowing them.
public enum PlanSummary {
    /// What one stage's tabs show, given its stage, the text width and the number convention.
    public typealias Contents = (Stage, Plan, Int, NumberConvention) -> [SummaryBlock]

    /// The summary with numbers in `numbers` (by default the plan's number format, else 1,234.5).
    public static func render(_ plan: Plan, stage: Stage? = nil, width: Int = 100, numbers: NumberConvention? = nil,
                              contents: Contents) -> String {
        let numbers = numbers ?? plan.meta.numberFormat ?? .commaPoint
        var out: [String] = []
        let meta = plan.meta
        out.append("\(meta.title)")
        out.append("\(meta.country.name) (\(meta.country.code)) · currency \(meta.currency) · base year \(meta.baseYear)"
            + " · horizon " + Figures.yearRange(meta.firstYear, meta.lastYear))
        if !meta.authors.isEmpty { out.append("Authors: " + meta.authors.joined(separator: ", ")) }
        let findings = plan.validate(numbers: numbers)
        let counts = Severity.allCases.map { severity in findings.filter { $0.severity == severity }.count }
        out.append("Checks: \(counted(counts[0], "error")), \(counted(counts[1], "warning")), \(counted(counts[2], "hint"))"
            + " (socle check lists them)")
        for current in Stage.allCases where stage == nil || stage == current {
            out.append("")
            out += section(plan, current, blocks: contents(current, plan, width - 4, numbers))
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func section(_ plan: Plan, _ stage: Stage, blocks: [SummaryBlock]) -> [String] {
        let progress = plan.progress(stage)
        var out = ["\(stage.rawValue) \(stage.title.uppercased()) — \(progress.done.count) of \(progress.items.count) done",
                   "  \(stage.guidingQuestion)"]
        for item in progress.missing { out.append("  missing: \(item.label)") }
        for block in blocks {
            switch block {
            case .record(let title, let fields):
                out.append("")
                out.append("  \(title)")
                let labelWidth = fields.map { DisplayWidth.of($0.label) }.max() ?? 10
                for field in fields where !field.value.isEmpty {
                    out.append("    " + DisplayWidth.pad(field.label, to: labelWidth) + "  " + field.value)
                }
            case .table(let title, let count, let lines):
                out.append("")
                out.append("  \(title) (\(count))")
                out += lines.map { "    " + $0 }
            }
        }
        return out
    }
}

/// One tab of a stage as text: a record's fields, or a table already laid out in lines.
public enum SummaryBlock: Equatable, Sendable {
    case record(title: String, fields: [SummaryField])
    /// A table: its title, how many rows it has, and its lines (titles first) at the width asked for.
    case table(title: String, count: Int, lines: [String])
}

/// A field of a record as a label and the text of its value ("" when it has none).
public struct SummaryField: Equatable, Sendable {
    public var label: String
    public var value: String

    public init(label: String, value: String) {
        self.label = label
        self.value = value
    }
}
