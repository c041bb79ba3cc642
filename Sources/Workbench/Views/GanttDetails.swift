import PlanDomain
import PlanFormat

/// The foot of the Gantt chart: a rule with the zoom, grouping and today, then the selected row:
/// an activity's dates, float, criticality, status and progress, or a group's span.
enum GanttDetails {
    static func draw(_ canvas: inout Canvas, model: GanttView.Model, window: GanttWindow, area: Rect) {
        let rows = model.rows
        let grouping = model.grouping
        let width = area.width - 2
        canvas.hline(x: area.x, y: area.y, length: area.width, role: .border)
        // On the rule: the zoom and grouping always, then the finish and today where there is room.
        var parts = ["\(window.zoom.label), \(grouping.label)"]
        if let finish = model.schedule.finish { parts.append("finish \(finish.iso)") }
        parts.append("today \(model.today.iso)")
        while parts.count > 1, DisplayWidth.of(parts.joined(separator: " · ")) + 4 > area.width { parts.removeLast() }
        let info = " " + parts.joined(separator: " · ") + " "
        canvas.put(info, x: max(area.x, area.maxX - DisplayWidth.of(info) - 1), y: area.y, role: .muted)
        let selected = model.list.selected
        guard selected < rows.count else { return }
        var lines: [(String, Role, TextAttributes)] = []
        switch rows[selected] {
        case .group(let title, let members):
            let entries = members.compactMap { model.schedule[model.plan.actionPlan.activities[$0].id] }
            lines.append((title, .heading, .bold))
            if let from = entries.map(\.startDay).min(), let to = entries.map(\.finishDay).max() {
                lines.append(("\(counted(members.count, "activity")), \(Day(dayNumber: from).iso) → \(Day(dayNumber: to).iso), "
                    + "\(entries.filter(\.critical).count) critical", .normal, []))
            }
            let budget = members.reduce(0.0) { $0 + model.plan.actionPlan.activities[$1].budget }
            lines.append(("Budget \(model.figures.count(budget)) \(model.plan.meta.currency)", .muted, []))
        case .activity(let place):
            let activity = model.plan.actionPlan.activities[place]
            lines.append(("\(activity.id) \(activity.name.replacingNewlines)", .normal, .bold))
            if let entry = model.schedule[activity.id] {
                let days = entry.duration == 0 ? "milestone" : counted(entry.duration, "day")
                lines.append(("Early \(entry.earlyStart.iso) → \(entry.earlyFinish.iso) · late \(entry.lateStart.iso) → "
                    + "\(entry.lateFinish.iso) · \(days) · float \(entry.totalFloat)"
                    + (entry.critical ? " · CRITICAL" : ""), entry.critical ? .ganttCritical : .normal, []))
            } else {
                lines.append(("No dates: it is in or after a dependency cycle (f lists it).", .warning, []))
            }
            var status = "\(activity.status.label) · \(model.figures.percent(activity.progressPercent)) done"
            if let start = activity.actualStart { status += " · started \(start.iso)" }
            if let finish = activity.actualFinish { status += " · finished \(finish.iso)" }
            if let late = model.schedule.late.first(where: { $0.activityId == activity.id }) {
                status += " · late \(late.daysLate) d (\(late.reasons.map(\.label).joined(separator: ", ")))"
            }
            status += " · \(model.plan.shortName(activity.responsibleId))"
            lines.append((status, .muted, []))
        }
        for (offset, line) in lines.prefix(area.height - 1).enumerated() {
            canvas.put(line.0, x: area.x + 1, y: area.y + 1 + offset, role: line.1, attributes: line.2, maxWidth: width)
        }
    }
}
