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
            state.notice = Notice("Exports are made from the action plan (stage 3): press 3, then x.", .warning)
            return
        }
        state.overlay = .export(ListState())
    }

    static func exportKey(_ state: inout AppState, _ list: ListState, _ key: Key) -> [Effect] {
        var list = list
        let kinds = ExportKind.allCases
        switch key {
        case .up, .char("k"): list.selected -= 1
        case .down, .char("j"): list.selected += 1
        case .enter:
            state.overlay = nil
            guard list.selected < kinds.count else { return [] }
            return [.export(kinds[list.selected], replacing: false)]
        case .escape, .char("q"), .char("x"):
            state.overlay = nil
            return []
        default:
            break
        }
        list.clamp(count: kinds.count, visible: kinds.count)
        state.overlay = .export(list)
        return []
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

    /// The export's file exists: y replaces it, n or Esc keeps it.
    static func confirmExportKey(_ state: inout AppState, _ kind: ExportKind, _ key: Key) -> [Effect] {
        switch key {
        case .char("y"), .char("Y"):
            state.overlay = nil
            return [.export(kind, replacing: true)]
        case .char("n"), .char("N"), .escape, .char("q"):
            state.overlay = nil
            state.notice = Notice("Kept \(PlanFolder.exportsFolderName)/\(kind.fileName) as it was.")
        default:
            break
        }
        return []
    }
}
