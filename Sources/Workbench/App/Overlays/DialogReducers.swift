import PlanDomain

/// "Delete …?": y deletes, n or Esc keeps it; ↑ ↓ PgUp PgDn scroll the references that would break.
enum DeleteReducer: OverlayReducer {
    struct Local {
        var kind: EntityKind
        var id: EntityID
        var title: String
        var dependents: [String]
        var scroll: Int
    }

    static var scope: OverlayCase<Local> {
        OverlayCase({ .confirmDelete(kind: $0.kind, id: $0.id, title: $0.title, dependents: $0.dependents, scroll: $0.scroll) }) {
            if case .confirmDelete(let kind, let id, let title, let dependents, let scroll) = $0 {
                Local(kind: kind, id: id, title: title, dependents: dependents, scroll: scroll)
            } else { nil }
        }
    }

    static func reduce(_ state: inout AppState, _ local: inout Local, _ key: Key) -> [Effect] {
        let page = max(1, DeleteView.listRows(local.dependents.count, Reducer.layout(state)))
        let last = max(0, local.dependents.count - page)
        func scrolled(_ to: Int) { local.scroll = max(0, min(last, to)) }
        switch state.keymap.command(for: key, in: [.confirm]) {
        case .down: scrolled(local.scroll + 1)
        case .up: scrolled(local.scroll - 1)
        case .pageDown: scrolled(local.scroll + page)
        case .pageUp: scrolled(local.scroll - page)
        case .confirm:
            return Reducer.confirmDelete(&state, kind: local.kind, id: local.id)
        case .cancel:
            state.overlay = nil
            state.notice = Notice("Kept.")
        default:
            break
        }
        return []
    }
}

/// Something the user must read before working: any key closes it.
enum MessageReducer: OverlayReducer {
    static var scope: OverlayCase<(title: String, text: String)> {
        OverlayCase({ .message(title: $0.title, text: $0.text) }) { if case .message(let title, let text) = $0 { (title, text) } else { nil } }
    }

    static func reduce(_ state: inout AppState, _ local: inout (title: String, text: String), _ key: Key) -> [Effect] {
        state.overlay = nil
        return []
    }
}

/// The help screen: the keys scroll it, Esc closes it.
enum HelpReducer: OverlayReducer {
    static var scope: OverlayCase<Int> {
        OverlayCase(Overlay.help(scroll:)) { if case .help(let scroll) = $0 { scroll } else { nil } }
    }

    static func reduce(_ state: inout AppState, _ scroll: inout Int, _ key: Key) -> [Effect] {
        guard let next = HelpView.scrolled(scroll, by: state.keymap.command(for: key, in: [.help]),
                                           layout: Reducer.layout(state), lines: HelpView.lines(state.keymap)) else {
            state.overlay = nil
            return []
        }
        scroll = next
        return []
    }
}
