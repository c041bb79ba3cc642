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
            switch state.keymap.command(for: key, in: [.confirm]) {
            case .down: scrolled(scroll + 1)
            case .up: scrolled(scroll - 1)
            case .pageDown: scrolled(scroll + page)
            case .pageUp: scrolled(scroll - page)
            case .confirm:
                return confirmDelete(&state, kind: kind, id: id)
            case .cancel:
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
            state.overlay = HelpView.scrolled(scroll, by: state.keymap.command(for: key, in: [.help]), layout: layout(state),
                                              lines: HelpView.lines(state.keymap)).map { .help(scroll: $0) }
            return []
        case .findings(var list):
            let findings = state.findings
            let page = FindingsView.listRows(layout(state))
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
                if finding.rule == .mergeConflict { openConflictChooser(&state, finding: list.selected, of: findings) }
                return []
            case .cancel:
                state.overlay = nil
                return []
            default:
                break
            }
            list.clamp(count: findings.count, visible: page)
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
                editText(&input, key, state.keymap)
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
