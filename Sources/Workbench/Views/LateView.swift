import PlanDomain

/// What is late against the schedule on today's date: most days late first, with why, status,
/// progress and when it should have finished.
enum LateView {
    static func draw(_ frame: inout Frame, state: AppState, area: Rect) {
        let late = state.lateRows
        let activities = state.plan.actionPlan.activities
        let summary = late.isEmpty
            ? "Nothing is late on \(state.today.iso): every activity is on or ahead of its early dates."
            : "\(counted(late.count, "activity", "activities")) late on \(state.today.iso), "
                + "against the schedule's early dates."
        frame.canvas.putFitted(summary, x: area.x + 1, y: area.y, role: late.isEmpty ? .ok : .warning,
                         maxWidth: area.width - 2)
        typealias C = PanelTable.Column
        let columns = [C(title: "Id", width: 6), C(title: "Activity", width: 14, flexible: true),
                       C(title: "Days", width: 5, right: true),
                       C(title: "Why", width: 14, flexible: true), C(title: "Status", width: 11, priority: 2),
                       C(title: "Done", width: 5, right: true), C(title: "Due", width: 10, priority: 2),
                       C(title: "Responsible", width: 11, priority: 3)]
        let rows = late.map { item -> [PanelTable.Cell] in
            let entry = state.schedule[item.activityId]
            let activity = entry.map { activities[$0.index] }
            return [.init(item.activityId), .init(activity?.name ?? ""),
                    .init(String(item.daysLate), item.daysLate > 0 ? .warning : nil),
                    .init(item.reasons.map(\.label).joined(separator: ", ")),
                    .init(activity?.status.label ?? "", activity?.status == .delayed ? .warning : nil),
                    .init(PanelView.percent(activity?.progressPercent ?? 0, state.numbers)),
                    .init(entry?.earlyFinish.iso ?? ""), .init(state.plan.shortName(activity?.responsibleId))]
        }
        PanelTable(columns: columns, rows: rows).draw(&frame, state: state, area: area.inset(top: 2))
    }
}
