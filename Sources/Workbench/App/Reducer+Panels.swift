import PlanDomain
import PlanStore

extension Reducer {
    /// `z` on the Gantt chart: the next zoom, keeping the chart's left edge on the same date.
    static func zoomGantt(_ state: inout AppState) {
        let area = layout(state).body
        let before = GanttView.window(state.schedule, list: state.list, area: area)
        var list = state.list
        list.zoom += 1
        state.list = list
        let after = GanttView.window(state.schedule, list: state.list, area: area).zoom
        list.offset = GanttWindow.offset(showing: before.zoom.firstDay(of: before.first), zoom: after,
                                         start: state.schedule.start)
        state.list = list
        state.notice = Notice("Zoom: \(after.label).")
    }
}

extension Reducer {
    /// `x`: the export dialog, on the action plan's tabs (its CSV and calendar files) and on the
    /// Document tab of stage 0 (the strategy document and the costing workbook).
    static func openExport(_ state: inout AppState) {
        guard exportKinds(state) != nil else {
            let x = state.keymap.label(.export, in: .main)
            state.notice = Notice("Exports are made from the action plan (stage \(Stage.actionPlan.rawValue)) and the Document "
                + "tab of stage \(Stage.foundations.rawValue): press \(state.keymap.label(.stage(.actionPlan), in: .main)) or "
                + "\(state.keymap.label(.stage(.foundations), in: .main)), then \(x).", .warning)
            return
        }
        state.overlay = .export(ListState())
    }

    /// What x offers where the user is; nil where it offers nothing.
    static func exportKinds(_ state: AppState) -> [ExportKind]? {
        if state.stage == .actionPlan { return ExportKind.actionPlan }
        if state.section == .record(.document) { return ExportKind.document }
        return nil
    }

    /// What an export did: where it went, or why not; an existing file asks first.
    static func exported(_ state: inout AppState, _ outcome: ExportOutcome) {
        switch outcome {
        case .written(let path): state.notice = Notice("Exported \(path).")
        case .exists(let kind): state.overlay = .confirmExport(kind)
        case .failed(let problem): state.notice = Notice("Not exported: \(problem)", .error)
        case .unavailable: state.notice = Notice("Exports need a plan folder to write to.", .warning)
        }
    }
}
