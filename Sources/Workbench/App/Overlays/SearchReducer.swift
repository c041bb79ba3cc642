import PlanDomain

/// `/` in a table: the filter typed on the status line, applied as it is typed; Enter keeps it, Esc clears it.
enum SearchReducer: OverlayReducer {
    static var scope: OverlayCase<TextInput> {
        OverlayCase(Overlay.search) { if case .search(let input) = $0 { input } else { nil } }
    }

    static func reduce(_ state: inout AppState, _ input: inout TextInput, _ key: Key) -> [Effect] {
        switch state.keymap.command(for: key, in: [.prompt]) {
        case .confirm:
            state.overlay = nil
            let count = state.rowCount
            state.notice = Notice(input.text.isEmpty ? "Showing every row." : "\(counted(count, "row")) \(count == 1 ? "matches" : "match") \"\(input.text)\"; \(state.keymap.label(.search, in: .main)) changes the search, \(state.keymap.label(.cancel, in: .prompt)) in it clears it.")
            return []
        case .cancel:
            input = TextInput()
            state.overlay = nil
        default:
            Reducer.editText(&input, key, state.keymap)
        }
        var list = state.list
        list.filter = input.text
        list.selected = 0
        list.clamp(count: 0, visible: 1)
        state.list = list
        Reducer.clampList(&state)
        return []
    }
}
