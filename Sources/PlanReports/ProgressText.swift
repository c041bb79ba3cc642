import PlanDomain
import PlanFormat
import TerminalDrawing

/// What `socle progress` prints: every indicator against its target on the day, then every
/// measure's activities and spending, the open recommendations and the open risks.
public enum ProgressText {
    public static func render(_ report: ProgressReport, plan: Plan, numbers: NumberConvention) -> [String] {
        let figures = Figures(numbers)
        func number(_ value: Double?) -> String { value.map { figures.number($0, decimals: 1) } ?? "–" }
        var out = ["Progress of \(plan.meta.title) on \(report.asOf.iso)"
            + (plan.monitoring.settings.asOf == report.asOf ? " (the plan's reporting cut-off)" : ""),
                   "Tolerance \(number(report.tolerancePercent))% of the target; values are due "
                    + "\(counted(plan.monitoring.settings.graceDays, "day")) after their period.", ""]
        out.append("INDICATORS")
        let rows = report.indicators.map { item -> [String] in
            [item.id, item.name, item.latest?.period.label ?? "–", number(item.latest?.value), number(item.latest?.target),
             item.status.label, item.improving.map { $0 ? "better" : "worse" } ?? "", item.overdue.map { "\($0.label) overdue" } ?? ""]
        }
        out += TextTable.lines(header: ["Id", "Indicator", "Period", "Actual", "Target", "Status", "Trend", "Overdue"],
                               rows: rows, right: [3, 4], flexible: 1, width: 120)
        let counts = ProgressStatus.allCases.compactMap { status in
            report.counts[status.rawValue].map { "\($0) \(status.label)" }
        } + (report.counts["overdue"].map { $0 > 0 ? ["\($0) overdue"] : [] } ?? [])
        out.append(counts.joined(separator: ", "))
        out.append("")
        out.append("MEASURES")
        out += TextTable.lines(header: ["Id", "Measure", "Activities done", "Late", "Progress", "Spent (last year)", "Executed"],
                               rows: report.measures.map { m in
                                   let last = m.execution.last
                                   return [m.id, m.name, "\(m.done) of \(m.activities)", String(m.late),
                                           figures.percent(m.progressPercent, decimals: 0),
                                           last.map { "\(figures.count($0.spent)) (\($0.year))" } ?? "–",
                                           last?.ratePercent.map { figures.percent($0, decimals: 0) } ?? "–"]
                               }, right: [3, 4, 5, 6], flexible: 1, width: 120)
        let unfinished = report.activities.filter { $0.status != .done && $0.status != .cancelled }
        let late = unfinished.filter { $0.daysLate != nil }
        out.append("Activities: \(report.activities.count - unfinished.count) finished, \(unfinished.count) not, "
            + "\(late.count) late on \(report.asOf.iso).")
        if !report.recommendations.isEmpty {
            out.append("")
            out.append("OPEN RECOMMENDATIONS")
            for r in report.recommendations {
                out.append("\(r.id) \(r.response.label.lowercased()), \(r.followUp.label.lowercased())"
                    + (r.dueDate.map { ", due \($0.iso)" } ?? "") + (r.overdue ? " (overdue)" : "") + ": \(r.text)")
            }
        }
        if !report.risks.isEmpty {
            out.append("")
            out.append("OPEN RISKS")
            for risk in report.risks {
                out.append("\(risk.id) \(risk.likelihood.label.lowercased()) likelihood, \(risk.impact.label.lowercased()) impact, "
                    + "\(risk.status.label.lowercased()): \(risk.risk)")
            }
        }
        return out
    }
}

/// What `socle trace` prints: the thread per gap and per measure, then the holes.
public enum TraceText {
    public static func render(_ trace: Trace, plan: Plan) -> [String] {
        var out = ["Trace of \(plan.meta.title): gap -> measure -> activities -> indicators -> findings -> recommendations", ""]
        out.append("GAPS")
        for gap in trace.gaps {
            out.append("\(gap.gapId) -> " + (gap.measureIds.isEmpty ? "no measure" : gap.measureIds.joined(separator: " ")))
        }
        out.append("")
        out.append("MEASURES")
        func list(_ ids: [EntityID]) -> String { ids.isEmpty ? "none" : ids.joined(separator: " ") }
        for m in trace.measures {
            out.append("\(m.measureId) \(m.name)")
            out.append("  activities: \(list(m.activityIds))")
            out.append("  indicators: \(list(m.indicatorIds))")
            out.append("  findings: \(list(m.findingIds)); recommendations: \(list(m.recommendationIds))")
        }
        out.append("")
        out.append(trace.holes.isEmpty ? "No holes." : "HOLES (\(trace.holes.count))")
        for hole in trace.holes { out.append("\(hole.rule.rawValue) \(hole.kind.label) \(hole.id): \(hole.message)") }
        return out
    }
}

/// Plain text tables for the CLI reports: columns padded to their widest cell, the flexible one cut
/// so a row fits `width`.
enum TextTable {
    static func lines(header: [String], rows: [[String]], right: Set<Int>, flexible: Int, width: Int) -> [String] {
        var widths = header.indices.map { column in
            ([header[column]] + rows.map { $0[column] }).map(DisplayWidth.of).max() ?? 0
        }
        let total = widths.reduce(0, +) + 2 * (widths.count - 1)
        if total > width { widths[flexible] = max(12, widths[flexible] - (total - width)) }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                DisplayWidth.pad(cell, to: widths[column], alignment: right.contains(column) ? .right : .left, ellipsis: "…")
            }.joined(separator: "  ").trimmingTrailingSpaces
        }
        return [line(header)] + rows.map(line)
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
