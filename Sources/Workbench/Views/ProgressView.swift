import PlanDomain
import PlanFormat

/// Monitoring's progress on the reporting day: each indicator's latest value against the target for
/// its period, a status by the plan's tolerance, a sparkline of its values and what is overdue
/// (`m`: each measure's activities and spending against its costing instead).
enum ProgressView {
    @dynamicMemberLookup
    struct Model: PanelModel {
        let context: PanelContext
        /// Every indicator, measure and open recommendation on the monitoring day (from the cache).
        let report: ProgressReport

        init(_ state: AppState) {
            context = PanelContext(state)
            report = state.progressReport
        }
    }

    static func draw(_ frame: inout Frame, model: Model, area: Rect) {
        let report = model.report
        guard !model.plan.monitoring.indicators.isEmpty else {
            frame.canvas.putWrapped("No indicators yet: add them on the Indicators tab, and their values on the Values "
                                    + "tab; their progress shows here.", x: area.x + 1, y: area.y, role: .muted,
                                    width: area.width - 2)
            return
        }
        let byMeasure = model.list.mode % 2 == 1
        let source = model.plan.monitoring.settings.asOf == nil ? "today" : "the plan's cut-off"
        let summary = byMeasure
            ? "Measures on \(report.asOf.iso) (\(source)): activities done and late, spending against the costing."
            : "On \(report.asOf.iso) (\(source)): " + summaryCounts(report) + "."
        let bad = (report.counts["offTrack"] ?? 0) + (report.counts["overdue"] ?? 0) > 0
        // The line under the summary is blank: a narrow terminal reads the summary on two lines, not cut.
        frame.canvas.putWrapped(summary, x: area.x + 1, y: area.y, role: bad && !byMeasure ? .warning : .muted,
                                width: area.width - 2, maxLines: 2)
        let table = byMeasure ? measureTable(report, figures: model.figures)
            : indicatorTable(report, figures: model.figures, glyphs: frame.canvas.glyphs)
        let detailHeight = byMeasure ? 0 : max(0, min(4, area.height - 2 - (table.rows.count + 1) - 1))
        table.draw(&frame, context: model.context, area: Rect(x: area.x, y: area.y + 2, width: area.width,
                                                              height: area.height - 2 - detailHeight))
        guard detailHeight >= 3, model.list.selected < report.indicators.count else { return }
        let indicator = report.indicators[model.list.selected]
        let foot = area.maxY - detailHeight
        frame.canvas.hline(x: area.x, y: foot, length: area.width, role: .border)
        frame.canvas.putWrapped(detail(indicator, figures: model.figures), x: area.x + 1, y: foot + 1, role: .muted,
                                width: area.width - 2, maxLines: detailHeight - 1)
    }

    static func summaryCounts(_ report: ProgressReport) -> String {
        var parts = [counted(report.indicators.count, "indicator")]
        for status in ProgressStatus.allCases {
            if let count = report.counts[status.rawValue], count > 0 { parts.append("\(count) \(status.label)") }
        }
        if let overdue = report.counts["overdue"], overdue > 0 { parts.append("\(overdue) overdue") }
        return parts.joined(separator: ", ")
    }

    static func role(_ status: ProgressStatus) -> Role? {
        switch status {
        case .onTrack: .ok
        case .atRisk: .warning
        case .offTrack: .error
        case .noData, .noTarget: .muted
        }
    }

    static func indicatorTable(_ report: ProgressReport, figures: Figures, glyphs: Glyphs) -> PanelTable {
        typealias C = PanelTable.Column
        let columns = [C(title: "Id", width: 6), C(title: "Indicator", width: 16, flexible: true),
                       C(title: "Period", width: 7, priority: 2), C(title: "Actual", width: 8, right: true),
                       C(title: "Target", width: 8, right: true), C(title: "Status", width: 9),
                       C(title: "Trend", width: 12, priority: 2), C(title: "Overdue", width: 7, priority: 3),
                       C(title: "Unit", width: 12, priority: 4)]
        let rows = report.indicators.map { item -> [PanelTable.Cell] in
            let latest = item.latest
            return [.init(item.id), .init(item.name), .init(latest?.period.label ?? ""),
                    .init(latest.map { figures.number($0.value, decimals: 1) } ?? ""),
                    .init(latest?.target.map { figures.number($0, decimals: 1) } ?? ""),
                    .init(item.status.label, role(item.status)),
                    .init(Sparkline.text(item.points.map(\.value), glyphs: glyphs, width: 12)),
                    .init(item.overdue?.label ?? "", item.overdue == nil ? nil : .warning),
                    .init(item.unit)]
        }
        return PanelTable(columns: columns, rows: rows)
    }

    static func measureTable(_ report: ProgressReport, figures: Figures) -> PanelTable {
        typealias C = PanelTable.Column
        let columns = [C(title: "Id", width: 6), C(title: "Measure", width: 16, flexible: true),
                       C(title: "Done", width: 6, right: true), C(title: "Late", width: 4, right: true),
                       C(title: "Progress", width: 8, right: true), C(title: "Year", width: 4, priority: 2),
                       C(title: "Executed", width: 8, right: true, priority: 2),
                       C(title: "Indicators", width: 12, flexible: true, priority: 3)]
        let rows = report.measures.map { measure -> [PanelTable.Cell] in
            let last = measure.execution.last
            let rate = last?.ratePercent
            return [.init(measure.id), .init(measure.name), .init("\(measure.done)/\(measure.activities)"),
                    .init(String(measure.late), measure.late > 0 ? .warning : nil),
                    .init(figures.percent(measure.progressPercent, decimals: 0)),
                    .init(last.map { String($0.year) } ?? ""),
                    .init(rate.map { figures.percent($0, decimals: 0) } ?? "",
                          rate.map { $0 < 70 || $0 > 110 ? .warning : .ok }),
                    .init(measure.indicatorIds.joined(separator: " "))]
        }
        return PanelTable(columns: columns, rows: rows)
    }

    /// The selected indicator's values, period by period, with their status.
    static func detail(_ item: IndicatorProgress, figures: Figures) -> String {
        let values = item.points.suffix(8).map { point in
            "\(point.period.label) \(figures.number(point.value, decimals: 1))"
                + (point.target.map { "/\(figures.number($0, decimals: 1))" } ?? "")
        }
        var text = "\(item.id) \(item.name): " + (values.isEmpty ? "no value yet" : values.joined(separator: ", "))
        text += "; \(item.direction.label.lowercased()), tolerance \(figures.number(item.tolerancePercent, decimals: 1))%"
        if let next = item.nextTarget { text += "; next target \(figures.number(next.value, decimals: 1)) in \(next.year)" }
        if let overdue = item.overdue { text += "; \(overdue.label) overdue" }
        return text + "."
    }
}
