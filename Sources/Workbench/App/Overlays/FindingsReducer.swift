import PlanDomain

/// The findings list: move, Enter goes to the finding's place (a merge conflict opens its chooser), Esc closes.
enum FindingsReducer: OverlayReducer {
    static var scope: OverlayCase<ListState> {
        OverlayCase(Overlay.findings) { if case .findings(let list) = $0 { list } else { nil } }
    }

    static func reduce(_ state: inout AppState, _ list: inout ListState, _ key: Key) -> [Effect] {
        let findings = state.findings
        let page = FindingsView.listRows(Reducer.layout(state))
        switch state.keymap.command(for: key, in: [.findings]) {
        case .up: list.selected -= 1
        case .down: list.selected += 1
        case .pageUp: list.selected -= page
        case .pageDown: list.selected += page
        case .top: list.selected = 0
        case .bottom: list.selected = findings.count - 1
        case .open:
            state.overlay = nil
            guard list.selected < findings.count else { return [] }
            let finding = findings[list.selected]
            state.go(to: finding.location)
            if finding.rule == .mergeConflict { Reducer.openConflictChooser(&state, finding: list.selected, of: findings) }
            return []
        case .cancel:
            state.overlay = nil
            return []
        default:
            break
        }
        list.clamp(count: findings.count, visible: page)
        return []
    }
}
