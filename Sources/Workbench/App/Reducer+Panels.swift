import PlanDomain
import PlanStore

extension Reducer {
    /// `z` on the Gantt chart: the next zoom, keeping the chart's left edge on the same date.
    static func zoomGantt(_ state: inout AppState) {
        let area = layout(state).body
        let before = GanttView.window(state, area: area)
        var list = state.list
        list.zoom += 1
        state.list = list
        let after = GanttView.window(state, area: area).zoom
        list.offset = GanttWindow.offset(showing: before.zoom.firstDay(of: before.first), zoom: after,
                                         start: state.schedule.start)
        state.list = list
        state.notice = Notice("Zoom: \(after.label).")
    }
}

extension Reducer {
    /// `x`: the export dialog, on the action plan's tabs.
    static func openExport(_ state: inout AppState) {
        guard state.stage == .actionPlan else {
            state.notice = Notice("Exports are made from the action plan (stage \(Stage.actionPlan.rawValue)): press \(state.keymap.label(.stage(.actionPlan), in: .main)), then \(state.keymap.label(.export, in: .main)).", .warning)
            return
        }
        state.overlay = .export(ListState())
    }

    static func exportKey(_ state: inout AppState, _ list: ListState, _ key: Key) -> [Effect] {
        var list = list
        let kinds = ExportKind.allCases
        switch state.keymap.command(for: key, in: [.export]) {
        case .up: list.selected -= 1
        case .down: list.selected += 1
        case .confirm:
            state.overlay = nil
            guard list.selected < kinds.count else { return [] }
            return [.export(kinds[list.selected], replacing: false)]
        case .cancel:
            state.overlay = nil
            return []
        default:
            break
        }
        list.clamp(count: kinds.count, visible: kinds.count)
        state.overlay = .export(list)
        return []
    }

    /// The export's file exists: y replaces it, n or Esc keeps it.
    static func confirmExportKey(_ state: inout AppState, _ kind: ExportKind, _ key: Key) -> [Effect] {
        switch state.keymap.command(for: key, in: [.confirm]) {
        case .confirm:
            state.overlay = nil
            return [.export(kind, replacing: true)]
        case .cancel:
            state.overlay = nil
            state.notice = Notice("Kept \(PlanFolder.exportsFolderName)/\(kind.fileName) as it was.")
        default:
            break
        }
        return []
    }
}
