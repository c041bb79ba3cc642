import PlanDomain

extension Reducer {
    static func edit(_ state: inout AppState, _ command: Command) -> [Effect] {
        if command == .open, case .overview = state.section { return openProgressItem(&state) }
        if case .readOnly(let reason) = state.access {
            if command == .open { return openForm(&state, readOnly: true) }
            // What to do comes first, so an 80-column status line keeps it.
            state.notice = state.lockHolder == nil ? Notice("Read-only: \(reason). Nothing can be changed.", .warning)
                : Notice("Read-only (T takes over if it is stuck): \(reason).", .warning)
            return []
        }
        switch command {
        case .open: return openForm(&state, readOnly: false)
        case .add: return add(&state)
        case .delete: return askDelete(&state)
        case .undo: return undo(&state)
        case .redo: return redo(&state)
        case .importCSV: return askImport(&state)
        case .retrySave:
            guard case .failed = state.saveState, let pending = state.pendingEdit else {
                state.notice = Notice("Everything is saved.")
                return []
            }
            state.saveState = .saving
            return [.save(pending)]
        default: return []
        }
    }

    private static func openProgressItem(_ state: inout AppState) -> [Effect] {
        let items = state.progress[state.stage.rawValue].items
        guard state.list.selected < items.count else { return [] }
        state.go(to: items[state.list.selected].location)
        return []
    }

    private static func openForm(_ state: inout AppState, readOnly: Bool) -> [Effect] {
        switch state.section {
        case .table(let kind):
            guard let entity = state.selectedEntity else {
                state.notice = Notice("The list is empty; a adds the first \(kind.label).")
                return []
            }
            state.overlay = .form(FormState.entity(entity, isNew: false, numbers: state.numbers))
        case .record(let record):
            var form = FormState.record(record, of: state.plan, numbers: state.numbers)
            form.focused = min(state.list.selected, form.fieldCount - 1)
            state.overlay = .form(form)
        case .panel(let panel) where panel.isAnalysis:
            return openPanelItem(&state, panel, readOnly: readOnly)
        case .panel(let panel):
            if let entity = state.panelEntity(panel) {
                state.overlay = .form(FormState.entity(entity, isNew: false, numbers: state.numbers))
            } else if let notice = panel.openNotice {
                state.notice = Notice(notice)
            }
        case .overview:
            break
        }
        if readOnly {
            state.notice = Notice("Read-only: you can look but not change.", .warning)
        }
        return []
    }

    private static func add(_ state: inout AppState) -> [Effect] {
        guard case .table(let kind) = state.section else {
            state.notice = Notice(nothingToAdd(state.section, open: state.keymap.label(.open, in: .editing)), .warning)
            return []
        }
        let entity = kind.type.init(id: state.plan.nextID(for: kind))
        state.overlay = .form(FormState.entity(entity, isNew: true, numbers: state.numbers))
        return []
    }

    /// Why `a` adds nothing on a tab that is not a list, and what to do instead.
    static func nothingToAdd(_ section: Section, open: String) -> String {
        switch section {
        case .record: "Nothing to add here; \(open) edits these fields."
        case .overview: "Nothing to add on the overview; \(open) goes to the tab of the selected item."
        case .panel(let panel):
            "Nothing to add here. "
                + (panel.openNotice ?? "The \(panel.title) tab is computed from the plan; add items in the tabs it draws on.")
        case .table: ""
        }
    }

    private static func askDelete(_ state: inout AppState) -> [Effect] {
        guard case .table(let kind) = state.section, let entity = state.selectedEntity else {
            state.notice = Notice("Select an item in a list to delete it.", .warning)
            return []
        }
        let after = (try? state.plan.applying(.delete(kind, id: entity.id))).map { state.findings(of: $0) } ?? []
        let before = Set(state.findings.filter { $0.rule == .referenceMissing })
        let broken = after.filter { $0.rule == .referenceMissing && !before.contains($0) }
        state.overlay = .confirmDelete(kind: kind, id: entity.id, title: entity.title,
                                       dependents: broken.map { describe($0.location, in: state.plan) }, scroll: 0)
        return []
    }

    /// "ACT-12 Draft the law (predecessor)": what refers, by id and name, and through which field.
    static func describe(_ location: Location, in plan: Plan) -> String {
        var text: String
        if let kind = location.kind, let id = location.id {
            let title = plan.entity(kind, id: id)?.title ?? ""
            text = title.isEmpty || title == id ? "\(kind.label) \(id)" : "\(id) \(title)"
        } else if let kind = location.kind {
            text = kind.label
        } else {
            text = location.stage.title
        }
        if let field = location.field { text += " (\(field.key))" }
        return text
    }

    static func confirmDelete(_ state: inout AppState, kind: EntityKind, id: EntityID) -> [Effect] {
        state.overlay = nil
        return commit(&state, .delete(kind, id: id))
    }

    /// Applies a confirmed edit: the plan changes, the inverse goes on the undo stack, and the
    /// plan is saved at once.
    static func commit(_ state: inout AppState, _ edit: Edit) -> [Effect] {
        do {
            let inverse = try state.plan.apply(edit)
            state.undoStack.append(inverse)
            state.redoStack.removeAll()
            let effects = applied(&state, edit)
            state.notice = Notice(capitalized(edit.summary) + ".")
            return effects + [.save(state.pendingEdit ?? edit)]
        } catch {
            state.notice = Notice("Not applied: \(error.description).", .error)
            return []
        }
    }

    private static func undo(_ state: inout AppState) -> [Effect] {
        guard let inverse = state.undoStack.popLast() else {
            state.notice = Notice("Nothing to undo.")
            return []
        }
        let redoKey = state.keymap.label(.redo, in: .editing)
        return replay(&state, inverse, push: \.redoStack, restore: \.undoStack) { redo in
            "Undone: \(redo.summary). \(redoKey) redoes it."
        }
    }

    private static func redo(_ state: inout AppState) -> [Effect] {
        guard let edit = state.redoStack.popLast() else {
            state.notice = Notice("Nothing to redo.")
            return []
        }
        return replay(&state, edit, push: \.undoStack, restore: \.redoStack) { _ in "Redone: \(edit.summary)." }
    }

    /// Applies an edit taken from one history stack and pushes its inverse on the other; the
    /// change is saved like any other.
    private static func replay(_ state: inout AppState, _ edit: Edit, push: WritableKeyPath<AppState, [Edit]>,
                               restore: WritableKeyPath<AppState, [Edit]>, say: (Edit) -> String) -> [Effect] {
        do {
            let inverse = try state.plan.apply(edit)
            state[keyPath: push].append(inverse)
            let effects = applied(&state, edit)
            state.notice = Notice(say(inverse))
            return effects + [.save(state.pendingEdit ?? edit)]
        } catch {
            state[keyPath: restore].append(edit)
            state.notice = Notice("Cannot apply: \(error.description).", .error)
            return []
        }
    }

    /// After an edit was applied to the plan: it is pending until saved, and handed to the session
    /// first (in case what follows runs long and a signal comes); the findings, progress and
    /// schedule are recomputed once it is (`Action.recoveryPrepared`), before the save.
    private static func applied(_ state: inout AppState, _ edit: Edit) -> [Effect] {
        state.saveState = .saving
        state.unsavedEdits.append(edit)
        return state.unsaved.map { [.prepareRecovery($0)] } ?? []
    }

    static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
