import PlanDomain

/// A form field's picker (a choice, or entities of the plan, with a typed filter): the form's child
/// reducer, working on the form that holds it. ↑ ↓ PgUp PgDn move, Space ticks in a multiple choice,
/// Enter chooses, Esc closes the picker; other keys type into the filter. The "+ New …" line opens a
/// form for a new item over this one.
enum PickerReducer {
    static func reduce(_ state: inout AppState, _ form: inout FormState, _ key: Key) -> [Effect] {
        guard var picker = form.picker else { return [] }
        let field = form.spec.fields[form.focused]
        let visible = picker.visible
        // Choose, tick and close come from the keymap's list bindings; the rest moves or filters.
        let command = state.keymap.command(for: key, in: [.picker])
        let onNew = picker.list.selected < visible.count && visible[picker.list.selected].value == PickerState.newItem
        if onNew, command == .confirm || (command == .toggle && picker.multiple) {
            guard !state.isReadOnly else { return [] }
            switch field.kind {
            case .reference(let kind), .references(let kind): openNested(&state, &form, kind: kind, picker: picker)
            default: break
            }
            return []
        }
        let page = PickerView.listRows(options: visible.count, layout: Reducer.layout(state))
        switch command {
        case .cancel:
            form.picker = nil
            return []
        case .up: picker.list.selected -= 1
        case .down: picker.list.selected += 1
        case .pageUp: picker.list.selected -= page
        case .pageDown: picker.list.selected += page
        case .top: picker.list.selected = 0
        case .bottom: picker.list.selected = visible.count - 1
        case .toggle where picker.multiple:
            if picker.list.selected < visible.count {
                let value = visible[picker.list.selected].value
                if picker.checked.contains(value) { picker.checked.remove(value) } else { picker.checked.insert(value) }
            }
        case .confirm:
            let chosen: FieldValue
            let ordered = picker.options.map(\.value).filter { $0 != PickerState.newItem && picker.checked.contains($0) }
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
            form.changed = true
            return []
        default:
            Reducer.editText(&picker.filter, key, state.keymap)
            picker.list.selected = 0
        }
        picker.list.clamp(count: picker.visible.count,
                          visible: PickerView.listRows(options: picker.visible.count, layout: Reducer.layout(state)))
        form.picker = picker
        return []
    }

    static func picker(for field: FormField, value: FieldValue, plan: Plan) -> PickerState {
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
        if optional { options.insert(PickerState.Option(value: "", label: PickerState.noValue), at: 0) }
        if case .reference(let kind) = field.kind {
            options.append(PickerState.Option(value: PickerState.newItem, label: "+ New \(kind.label)…"))
        } else if case .references(let kind) = field.kind {
            options.append(PickerState.Option(value: PickerState.newItem, label: "+ New \(kind.label)…"))
        }
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

    /// A picker's "New …" line: a form for a new item of the referenced kind, opened over this one;
    /// saving it inserts the item through the one edit path and links it to the field.
    private static func openNested(_ state: inout AppState, _ form: inout FormState, kind: EntityKind,
                                   picker: PickerState) {
        var parent = form
        parent.picker = nil
        let field = form.spec.fields[form.focused]
        if case .references = field.kind {
            let ordered = picker.options.map(\.value).filter(picker.checked.contains)
            parent.subject = field.setting(.references(ordered), in: parent.subject)
            parent.changed = true
        }
        let entity = kind.type.init(id: state.plan.nextID(for: kind))
        var child = FormState.entity(entity, isNew: true, numbers: form.numbers)
        child.returnTo = [parent]
        child.linkField = form.focused
        // What was typed in the picker's filter names the new item.
        let typed = picker.filter.text.trimmingCharacters(in: .whitespaces)
        if !typed.isEmpty, let name = child.spec.fields.indices.first(where: {
            if case .text = child.spec.fields[$0].kind { true } else { false }
        }) {
            child.inputs[name] = TextInput(typed)
            child.focused = name
            child.editsInPlace = true
            child.changed = true
        }
        form = child
    }
}
