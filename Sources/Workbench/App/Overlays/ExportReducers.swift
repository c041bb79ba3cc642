import PlanDomain
import PlanStore

/// The export dialog (`x`): ↑ ↓ choose the document, Enter writes it, Esc closes.
enum ExportReducer: OverlayReducer {
    static var scope: OverlayCase<ListState> {
        OverlayCase(Overlay.export) { if case .export(let list) = $0 { list } else { nil } }
    }

    static func reduce(_ state: inout AppState, _ list: inout ListState, _ key: Key) -> [Effect] {
        let kinds = Reducer.exportKinds(state) ?? ExportKind.actionPlan
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
        return []
    }
}

/// The export's file exists: y replaces it, n or Esc keeps it.
enum ConfirmExportReducer: OverlayReducer {
    static var scope: OverlayCase<ExportKind> {
        OverlayCase(Overlay.confirmExport) { if case .confirmExport(let kind) = $0 { kind } else { nil } }
    }

    static func reduce(_ state: inout AppState, _ kind: inout ExportKind, _ key: Key) -> [Effect] {
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
