import PlanDomain

extension Reducer {
    static func formKey(_ state: inout AppState, _ form: inout FormState, _ key: Key) -> [Effect] {
        if form.picker != nil { return pickerKey(&state, &form, key) }
        let typed = form.focused < form.fieldCount && form.inputs[form.focused] != nil
        if typed, case .char(let character) = key {
            guard !state.isReadOnly else {
                state.notice = Notice("Read-only: \(readOnlyReason(state)).", .warning)
                return []
            }
            form.inputs[form.focused]?.insert(character)
            return []
        }
        if let command = Keymap.command(for: key, in: [.form]) {
            switch command {
            case .nextField, .previousField:
                form.commitInput(form.focused)
                let count = form.fieldCount + 2
                form.focused = (form.focused + (command == .nextField ? 1 : count - 1)) % count
            case .cancel:
                state.overlay = nil
                state.notice = Notice("Closed without saving.")
                return []
            case .confirm:
                return submit(&state, &form)
            case .toggle:
                return activate(&state, &form, key: key)
            default:
                break
            }
            return []
        }
        if key == .char(" ") && !typed { return activate(&state, &form, key: key) }
        if typed, var input = form.inputs[form.focused] {
            if state.isReadOnly, key != .left, key != .right, key != .home, key != .end { return [] }
            editText(&input, key)
            form.inputs[form.focused] = input
        }
        return []
    }

    /// Text editing keys shared by form fields, pickers and search.
    static func editText(_ input: inout TextInput, _ key: Key) {
        switch key {
        case .char(let character): input.insert(character)
        case .backspace: input.backspace()
        case .delete: input.deleteForward()
        case .left: input.left()
        case .right: input.right()
        case .home, .ctrl("a"): input.home()
        case .end, .ctrl("e"): input.end()
        case .ctrl("w"): input.deleteWordBackward()
        case .ctrl("u"): input.deleteToStart()
        case .ctrl("k"): input.deleteToEnd()
        default: break
        }
    }

    /// Enter or Space on the focused field or button.
    private static func activate(_ state: inout AppState, _ form: inout FormState, key: Key) -> [Effect] {
        if form.focused == form.saveButton { return submit(&state, &form) }
        if form.focused == form.cancelButton {
            state.overlay = nil
            state.notice = Notice("Closed without saving.")
            return []
        }
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
            return []
        }
        form.picker = picker(for: field, value: field.value(of: form.subject), plan: state.plan)
        return []
    }

    private static func picker(for field: FormField, value: FieldValue, plan: Plan) -> PickerState {
        var options: [PickerState.Option] = []
        var multiple = false
        var optional = false
        switch field.kind {
        case .choice(let list, let canBeEmpty):
            options = list.map { PickerState.Option(value: $0.value, label: $0.label) }
            optional = canBeEmpty
        case .multiChoice(let list):
            options = list.map { PickerState.Option(value: $0.value, label: $0.label) }
            multiple = true
        case .reference(let kind), .references(let kind):
            options = plan.entities(kind).map { entity in
                PickerState.Option(value: entity.id, label: entity.title.isEmpty ? entity.id : "\(entity.id)  \(entity.title)")
            }
            if case .references = field.kind { multiple = true } else { optional = true }
        default:
            break
        }
        if optional { options.insert(PickerState.Option(value: "", label: "(none)"), at: 0) }
        var checked: Set<String> = []
        var current: String?
        switch value {
        case .choice(let raw): current = raw ?? ""
        case .reference(let id): current = id ?? ""
        case .choices(let raws): checked = Set(raws)
        case .references(let ids): checked = Set(ids)
        default: break
        }
        var state = PickerState(title: field.label, options: options, multiple: multiple, checked: checked)
        if let current, let index = options.firstIndex(where: { $0.value == current }) { state.list.selected = index }
        return state
    }

    private static func pickerKey(_ state: inout AppState, _ form: inout FormState, _ key: Key) -> [Effect] {
        guard var picker = form.picker else { return [] }
        let field = form.spec.fields[form.focused]
        let visible = picker.visible
        // Choose, tick and close come from the keymap's list bindings; the rest moves or filters.
        let command = Keymap.command(for: key, in: [.list])
        switch (command, key) {
        case (.cancel?, _):
            form.picker = nil
            return []
        case (_, .up): picker.list.selected -= 1
        case (_, .down): picker.list.selected += 1
        case (_, .pageUp): picker.list.selected -= 10
        case (_, .pageDown): picker.list.selected += 10
        case (.toggle?, _) where picker.multiple:
            if picker.list.selected < visible.count {
                let value = visible[picker.list.selected].value
                if picker.checked.contains(value) { picker.checked.remove(value) } else { picker.checked.insert(value) }
            }
        case (.confirm?, _):
            let chosen: FieldValue
            let ordered = picker.options.map(\.value).filter(picker.checked.contains)
            switch field.kind {
            case .multiChoice: chosen = .choices(ordered)
            case .references: chosen = .references(ordered)
            case .reference:
                guard picker.list.selected < visible.count else { return [] }
                let value = visible[picker.list.selected].value
                chosen = .reference(value.isEmpty ? nil : value)
            default:
                guard picker.list.selected < visible.count else { return [] }
                let value = visible[picker.list.selected].value
                chosen = .choice(value.isEmpty ? nil : value)
            }
            form.subject = field.setting(chosen, in: form.subject)
            form.errors[form.focused] = nil
            form.picker = nil
            return []
        default:
            editText(&picker.filter, key)
            picker.list.selected = 0
        }
        picker.list.clamp(count: picker.visible.count, visible: 12)
        form.picker = picker
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
        switch form.target {
        case .entity(let kind, let isNew):
            let entity = form.subject as! any PlanEntity
            scope = (kind, entity.id)
            if isNew {
                edit = .insert(AnyEntity(entity), index: nil)
            } else {
                edit = state.plan.entity(kind, id: entity.id).map { AnyEntity($0) } == AnyEntity(entity)
                    ? nil : .update(AnyEntity(entity))
            }
        case .record:
            scope = (nil, nil)
            edit = state.plan.recordEdit(to: form.subject as! Plan)
        }
        guard let edit else {
            state.overlay = nil
            state.notice = Notice("Nothing changed.")
            return []
        }
        guard let after = try? state.plan.applying(edit) else {
            return commit(&state, edit)
        }
        let before = Set(state.findings)
        let fresh = after.validate(numbers: state.numbers).filter { finding in
            finding.severity == .error && !before.contains(finding)
                && (scope.kind == nil ? finding.location.kind == nil : finding.location.kind == scope.kind
                    && finding.location.id == scope.id)
        }
        if !fresh.isEmpty {
            for finding in fresh {
                let index = form.spec.fields.firstIndex { $0.key == finding.location.field } ?? form.focused
                form.errors[min(index, form.fieldCount - 1)] = finding.message
            }
            if let first = form.errors.keys.min() { form.focused = first }
            state.notice = Notice("Not saved: \(fresh[0].message)", .error)
            return []
        }
        state.overlay = nil
        let effects = commit(&state, edit)
        if case .entity(let kind, true) = form.target, let index = state.rows(of: kind, list: state.list)
            .firstIndex(where: { $0.id == scope.id }) {
            var list = state.list
            list.selected = index
            list.clamp(count: state.rowCount, visible: layout(state).listHeight)
            state.list = list
        }
        return effects
    }

    static func readOnlyReason(_ state: AppState) -> String {
        if case .readOnly(let reason) = state.access { return reason }
        return ""
    }
}
