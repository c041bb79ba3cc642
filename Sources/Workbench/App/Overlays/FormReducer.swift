import PlanDomain

/// A form: typing into fields, Tab between them, Enter or Space on a field or button, Ctrl-S saves,
/// Esc closes (asking first when something changed), F1 shows the form's help. While its picker is
/// open, the keys go to ``PickerReducer``.
enum FormReducer: OverlayReducer {
    static var scope: OverlayCase<FormState> {
        OverlayCase(Overlay.form) { if case .form(let form) = $0 { form } else { nil } }
    }

    static func reduce(_ state: inout AppState, _ form: inout FormState, _ key: Key) -> [Effect] {
        if form.confirmingDiscard { return discardKey(&state, &form, key) }
        if form.picker != nil { return PickerReducer.reduce(&state, &form, key) }
        if let scroll = form.help {
            form.help = HelpView.scrolled(scroll, by: state.keymap.command(for: key, in: [.help]), layout: Reducer.layout(state),
                                          lines: HelpView.formLines(form, keys: state.keymap))
            return []
        }
        let typed = form.focused < form.fieldCount && form.inputs[form.focused] != nil
        if typed, case .char(let character) = key {
            guard !state.isReadOnly else {
                state.notice = Notice("Read-only: \(readOnlyReason(state)).", .warning)
                return []
            }
            // The first character typed into an untouched field replaces its value, as in a spreadsheet.
            if !form.editsInPlace { form.inputs[form.focused] = TextInput() }
            form.inputs[form.focused]?.insert(character)
            form.editsInPlace = true
            form.changed = true
            return []
        }
        if typed, form.spec.fields[form.focused].kind.isMultilineText, textAreaKey(&state, &form, key) { return [] }
        if let command = state.keymap.command(for: key, in: [.form]) {
            switch command {
            case .nextField, .previousField:
                form.commitInput(form.focused)
                let count = form.fieldCount + 2
                form.focused = (form.focused + (command == .nextField ? 1 : count - 1)) % count
            case .cancel:
                return close(&state, &form)
            case .confirm:
                return submit(&state, &form)
            case .toggle:
                return activate(&state, &form, key: key)
            case .help:
                form.help = 0
            default:
                break
            }
            return []
        }
        if typed, var input = form.inputs[form.focused] {
            let moves = state.keymap.command(for: key, in: [.text]).map(Reducer.movesCursor) ?? false
            if state.isReadOnly, !moves { return [] }
            Reducer.editText(&input, key, state.keymap)
            if input != form.inputs[form.focused] || moves { form.editsInPlace = true }
            if input.text != form.inputs[form.focused]?.text { form.changed = true }
            form.inputs[form.focused] = input
        }
        return []
    }

    /// In a multi-line text field, Enter starts a new line and ↑ ↓ move between the wrapped rows
    /// (past the first or last row they go to the previous or next field). True when handled.
    private static func textAreaKey(_ state: inout AppState, _ form: inout FormState, _ key: Key) -> Bool {
        guard var input = form.inputs[form.focused] else { return false }
        switch state.keymap.command(for: key, in: [.textArea]) {
        case .newLine:
            guard !state.isReadOnly else { return false }
            if !form.editsInPlace { input.end() }
            input.insert("\n")
            form.changed = true
        case let command? where command == .up || command == .down:
            let width = FormView.textAreaWidth(form, layout: Reducer.layout(state))
            guard let index = TextArea.moved(input, by: command == .up ? -1 : 1, width: width) else { return false }
            input.moveCursor(to: index)
        default:
            return false
        }
        form.inputs[form.focused] = input
        form.editsInPlace = true
        return true
    }

    /// Esc or Cancel: closes at once when nothing was changed, else asks first.
    private static func close(_ state: inout AppState, _ form: inout FormState) -> [Effect] {
        if form.changed && !state.isReadOnly {
            form.confirmingDiscard = true
            return []
        }
        leave(&state, &form, saying: "Closed without saving.")
        return []
    }

    /// Closes the form: back to the form it was opened from, if any, else to the stage.
    private static func leave(_ state: inout AppState, _ form: inout FormState, saying text: String) {
        if let parent = form.returnTo.first {
            form = parent
        } else {
            state.overlay = nil
        }
        state.notice = Notice(text)
    }

    /// After a nested form saved `id`: back to the form it came from, with `id` chosen in its field.
    static func returnLinking(_ state: inout AppState, _ form: inout FormState, id: EntityID) {
        guard var parent = form.returnTo.first else { return }
        let field = parent.spec.fields[form.linkField]
        switch field.value(of: parent.subject) {
        case .references(let ids): parent.subject = field.setting(.references(ids + [id]), in: parent.subject)
        default: parent.subject = field.setting(.reference(id), in: parent.subject)
        }
        parent.errors[form.linkField] = nil
        parent.changed = true
        parent.focused = form.linkField
        form = parent
        state.overlay = .form(form)
    }

    /// The answer to "discard the changes?": y discards, n or Esc goes back to the form.
    private static func discardKey(_ state: inout AppState, _ form: inout FormState, _ key: Key) -> [Effect] {
        switch state.keymap.command(for: key, in: [.discard]) {
        case .confirm:
            form.confirmingDiscard = false
            leave(&state, &form, saying: "Changes discarded; nothing saved.")
        case .cancel:
            form.confirmingDiscard = false
        default:
            break
        }
        return []
    }

    /// Enter or Space on the focused field or button.
    private static func activate(_ state: inout AppState, _ form: inout FormState, key: Key) -> [Effect] {
        if form.focused == form.saveButton { return submit(&state, &form) }
        if form.focused == form.cancelButton { return close(&state, &form) }
        let field = form.spec.fields[form.focused]
        guard field.kind.isPicked else {
            form.commitInput(form.focused)
            form.focused += 1
            return []
        }
        guard !state.isReadOnly else {
            state.notice = Notice("Read-only: \(readOnlyReason(state)).", .warning)
            return []
        }
        if case .flag = field.kind, case .flag(let on) = field.value(of: form.subject) {
            form.subject = field.setting(.flag(!on), in: form.subject)
            form.changed = true
            return []
        }
        form.picker = PickerReducer.picker(for: field, value: field.value(of: form.subject), plan: state.plan)
        return []
    }

    /// Parses every typed field; when all parse, applies the edit to a copy of the plan and refuses
    /// it if validation finds a new error in what the form edits.
    private static func submit(_ state: inout AppState, _ form: inout FormState) -> [Effect] {
        guard !state.isReadOnly else {
            state.notice = Notice("Read-only: \(readOnlyReason(state)).", .warning)
            return []
        }
        for index in form.inputs.keys { form.commitInput(index) }
        if let first = form.errors.keys.min() {
            form.focused = first
            state.notice = Notice("Not saved: \(form.spec.fields[first].label): \(form.errors[first]!).", .error)
            return []
        }
        let edit: Edit?
        let scope: (kind: EntityKind?, id: EntityID?)
        var conflicts: [PlanConflict] = []
        switch form.target {
        case .entity(let kind, let isNew):
            guard case .entity(var edited) = form.subject else { return [] }
            if isNew, state.plan.entity(kind, id: edited.id) != nil {
                // Another session added an item under this id since the form opened: the next one.
                var base = edited.base
                base.id = state.plan.nextID(for: kind)
                edited = AnyEntity(base)
                form.subject = .entity(edited)
            }
            // An approval step saved as approved records the version it approves (Plan.sealing).
            let entity = AnyEntity(state.plan.completing(edited.base))
            scope = (kind, entity.id)
            let current = state.plan.entity(kind, id: entity.id).map { AnyEntity($0) }
            if isNew {
                edit = .insert(entity, index: nil)
            } else if let current, case .entity(let original) = form.original, current != original, current != entity,
                      let base = try? state.plan.applying(.update(original)),
                      let ours = try? state.plan.applying(.update(entity)) {
                // Another session changed the item since the form opened: keep their fields too.
                (edit, conflicts) = Reducer.rebased(state, base: base, ours: ours)
            } else {
                edit = current == entity ? nil : .update(entity)
            }
        case .record:
            guard case .plan(let edited) = form.subject else { return [] }
            scope = (nil, nil)
            if case .plan(let original) = form.original, state.plan.recordEdit(to: original) != nil {
                // Another session changed the plan's records since the form opened.
                (edit, conflicts) = Reducer.rebased(state, base: original, ours: edited)
            } else {
                edit = state.plan.recordEdit(to: edited)
            }
        }
        defer {
            state.conflictQueue += conflicts
            Reducer.showNextConflict(&state)
        }
        guard let edit else {
            state.overlay = nil
            state.notice = Notice("Nothing changed.")
            return []
        }
        guard let after = try? state.plan.applying(edit) else {
            return Reducer.commit(&state, edit)
        }
        // Only errors can refuse the form: the others' texts are not written to compare them.
        let before = Set(state.findings.lazy.filter { $0.severity == .error })
        let fresh = state.findings(of: after).filter { finding in
            // A conflict with another session's change is not the form's to refuse: it is chosen next.
            finding.severity == .error && finding.rule != .mergeConflict && !before.contains(finding)
                && (scope.kind == nil ? finding.location.kind == nil : finding.location.kind == scope.kind
                    && finding.location.id == scope.id)
        }
        if !fresh.isEmpty {
            for finding in fresh {
                // A finding no field answers for is said on the status line only, never under a wrong field.
                if let index = form.spec.fieldIndex(forFinding: finding.location.field) {
                    form.errors[index] = finding.message
                }
            }
            if let first = form.errors.keys.min() { form.focused = first }
            state.notice = Notice("Not saved: \(fresh[0].message)", .error)
            return []
        }
        if !form.returnTo.isEmpty, let id = scope.id {
            let effects = Reducer.commit(&state, edit)
            guard state.plan.entity(scope.kind!, id: id) != nil else { return effects }
            returnLinking(&state, &form, id: id)
            state.notice = Notice("Added \(scope.kind!.label) \(id); chosen here.")
            return effects
        }
        state.overlay = nil
        let effects = Reducer.commit(&state, edit)
        // A new item is selected in its table; a panel (the heat map) keeps the cell it was added from.
        if case .entity(let kind, true) = form.target, state.section == .table(kind),
           let index = state.rows(of: kind, list: state.list)
            .firstIndex(where: { $0.id == scope.id }) {
            var list = state.list
            list.selected = index
            list.clamp(count: state.rowCount, visible: Reducer.layout(state).listHeight)
            state.list = list
        }
        return effects
    }

    static func readOnlyReason(_ state: AppState) -> String {
        if case .readOnly(let reason) = state.access { return reason }
        return ""
    }
}
