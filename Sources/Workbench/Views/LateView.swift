import PlanDomain
import PlanFormat

/// What is late against the schedule on the plan's reporting cut-off (else today's date), as the
/// rules and `socle progress` judge it: most days late first, with why, status, progress and when it
/// should have finished.
enum LateView {
    @dynamicMemberLookup
    struct Model: PanelModel {
        let context: PanelContext
        /// The late activities, most days late first.
        let late: [Lateness]
        /// The day they are late on (``AppState/lateDay``).
        let day: Day

        init(_ state: AppState) {
            context = PanelContext(state)
            late = state.lateRows
            day = state.lateDay
        }
    }

    static func draw(_ frame: inout Frame, model: Model, area: Rect) {
        let late = model.late
        let on = "on \(model.day.iso)" + (model.plan.monitoring.settings.asOf == nil ? "" : " (the plan's cut-off)")
        let activities = model.plan.actionPlan.activities
        guard !activities.isEmpty else {
            frame.canvas.putWrapped("No activities yet: add them on the Activities tab; those behind their schedule "
                                    + "show here.", x: area.x + 1, y: area.y, role: .muted, width: area.width - 2)
            return
        }
        let summary = late.isEmpty
            ? "Nothing is late \(on): every activity is on or ahead of its early dates."
            : "\(counted(late.count, "activity")) late \(on), against the schedule's early dates."
        // The line under the summary is blank: a narrow terminal reads the summary on two lines, not cut.
        frame.canvas.putWrapped(summary, x: area.x + 1, y: area.y, role: late.isEmpty ? .ok : .warning,
                                width: area.width - 2, maxLines: 2)
        typealias C = PanelTable.Column
        let columns = [C(title: "Id", width: 6), C(title: "Activity", width: 14, flexible: true),
                       C(title: "Days", width: 5, right: true),
                       C(title: "Why", width: 14, flexible: true), C(title: "Status", width: 11, priority: 2),
                       C(title: "Done", width: 5, right: true), C(title: "Due", width: 10, priority: 2),
                       C(title: "Responsible", width: 11, priority: 3)]
        let rows = late.map { item -> [PanelTable.Cell] in
            let entry = model.schedule[item.activityId]
            let activity = entry.map { activities[$0.index] }
            return [.init(item.activityId), .init(activity?.name ?? ""),
                    .init(String(item.daysLate), item.daysLate > 0 ? .warning : nil),
                    .init(item.reasons.map(\.label).joined(separator: ", ")),
                    .init(activity?.status.label ?? "", activity?.status == .delayed ? .warning : nil),
                    .init(model.figures.percent(activity?.progressPercent ?? 0)),
                    .init(entry?.earlyFinish.iso ?? ""), .init(model.plan.shortName(activity?.responsibleId))]
        }
        // Below the table, where there is room, the selected row in full: its name and why it is late
        // are what the table cuts first on a narrow terminal.
        let detailHeight = max(0, min(5, area.height - 2 - (rows.count + 1) - 1))
        PanelTable(columns: columns, rows: rows)
            .draw(&frame, context: model.context, area: Rect(x: area.x, y: area.y + 2, width: area.width,
                                                   height: area.height - 2 - detailHeight))
        guard detailHeight >= 3, model.list.selected < late.count else { return }
        let item = late[model.list.selected]
        let activity = model.schedule[item.activityId].map { activities[$0.index] }
        let foot = area.maxY - detailHeight
        frame.canvas.hline(x: area.x, y: foot, length: area.width, role: .border)
        let text = "\(item.activityId) \(activity?.name ?? ""): "
            + counted(item.daysLate, "day") + " late; " + item.reasons.map(\.label).joined(separator: ", ") + "."
        frame.canvas.putWrapped(text, x: area.x + 1, y: foot + 1, role: .muted, width: area.width - 2,
                                maxLines: detailHeight - 1)
    }
}
