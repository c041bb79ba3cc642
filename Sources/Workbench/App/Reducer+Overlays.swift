import PlanDomain

extension Reducer {
    static func overlayKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard let overlay = state.overlay else { return [] }
        switch overlay {
        case .form(var form):
            let effects = formKey(&state, &form, key)
            if case .form = state.overlay { state.overlay = .form(form) }
            return effects
        case .confirmDelete(let kind, let id, let title, let dependents, let scroll):
            let page = max(1, DeleteView.listRows(dependents.count, layout(state)))
            let last = max(0, dependents.count - page)
            func scrolled(_ to: Int) { state.overlay = .confirmDelete(kind: kind, id: id, title: title,
                                                                       dependents: dependents, scroll: max(0, min(last, to))) }
            switch key {
            case .down, .char("j"): scrolled(scroll + 1)
            case .up, .char("k"): scrolled(scroll - 1)
            case .pageDown, .char(" "): scrolled(scroll + page)
            case .pageUp: scrolled(scroll - page)
            case .char("y"), .char("Y"):
                return confirmDelete(&state, kind: kind, id: id)
            case .char("n"), .char("N"), .escape, .char("q"):
                state.overlay = nil
                state.notice = Notice("Kept.")
            default:
                break
            }
            return []
        case .message:
            state.overlay = nil
            return []
        case .help(let scroll):
            state.overlay = HelpView.scrolled(scroll, by: key, layout: layout(state)).map { .help(scroll: $0) }
            return []
        case .findings(var list):
            let findings = state.findings
            switch key {
            case .up, .char("k"): list.selected -= 1
            case .down, .char("j"): list.selected += 1
            case .pageUp: list.selected -= 10
            case .pageDown: list.selected += 10
            case .enter:
                state.overlay = nil
                if list.selected < findings.count { state.go(to: findings[list.selected].location) }
                return []
            case .escape, .char("q"), .char("f"):
                state.overlay = nil
                return []
            default:
                break
            }
            list.clamp(count: findings.count, visible: FindingsView.listRows(layout(state)))
            state.overlay = .findings(list)
            return []
        case .importPath(let kind, let input):
            return importPathKey(&state, kind, input, key)
        case .importReview(let review):
            return importReviewKey(&state, review, key)
        case .export(let list):
            return exportKey(&state, list, key)
        case .choice(let dialog):
            return choiceKey(&state, dialog, key)
        case .confirmExport(let kind):
            return confirmExportKey(&state, kind, key)
        case .search(var input):
            switch key {
            case .enter:
                state.overlay = nil
                let count = state.rowCount
                state.notice = Notice(input.text.isEmpty ? "Showing every row." : "\(counted(count, "row")) \(count == 1 ? "matches" : "match") \"\(input.text)\"; / changes the search, Esc in it clears it.")
                return []
            case .escape:
                input = TextInput()
                state.overlay = nil
            default:
                editText(&input, key)
                state.overlay = .search(input)
            }
            var list = state.list
            list.filter = input.text
            list.selected = 0
            list.clamp(count: 0, visible: 1)
            state.list = list
            clampList(&state)
            return []
        }
    }
}
