import PlanDomain

/// Label: value lines of a record or entity, as the record tabs and the detail pane show them.
enum FieldListView {
    /// Draws the fields of `subject` from row `scroll`; returns the y of each drawn field.
    @discardableResult
    static func draw(_ canvas: inout Canvas, spec: FormSpec, subject: FormSubject, plan: Plan, numbers: NumberConvention,
                     area: Rect, selected: Int?, scroll: Int = 0) -> [Int: Int] {
        // Labels take a third of the width, or more when the values are short enough to leave it.
        // Each value described once (names of referenced entities are looked up in the plan).
        let values = spec.fields.map { describe($0, subject: subject, plan: plan, numbers: numbers) }
        let longestValue = values.map { DisplayWidth.of($0) }.max() ?? 0
        let labelWidth = min(spec.fields.map { DisplayWidth.of($0.label) }.max() ?? 10,
                             max(10, area.width / 3, area.width - 4 - max(1, longestValue)))
        var rows: [Int: Int] = [:]
        for (offset, index) in (scroll..<spec.fields.count).enumerated() {
            let y = area.y + offset
            guard y < area.maxY else { break }
            let field = spec.fields[index]
            let isSelected = index == selected
            let role: Role = isSelected ? .tableSelected : .normal
            canvas.fill(Rect(x: area.x, y: y, width: area.width, height: 1), role: role)
            let label = DisplayWidth.pad(field.label, to: labelWidth, ellipsis: canvas.glyphs.ellipsis)
            canvas.put(label, x: area.x + 1, y: y, role: isSelected ? role : .fieldLabel)
            let value = values[index]
            canvas.putFitted(value.isEmpty ? "—" : value, x: area.x + labelWidth + 3, y: y,
                       role: isSelected ? role : (value.isEmpty ? .muted : .fieldValue),
                       maxWidth: area.width - labelWidth - 4)
            rows[index] = y
        }
        return rows
    }

    /// A field's value for reading: references show the name of what they point to.
    static func describe(_ field: FormField, subject: FormSubject, plan: Plan, numbers: NumberConvention) -> String {
        let value = field.value(of: subject)
        switch (field.kind, value) {
        case (.reference(let kind), .reference(let id?)):
            return "\(plan.name(kind, id)) (\(id))"
        case (.references(let kind), .references(let ids)):
            return ids.map { plan.name(kind, $0) }.joined(separator: ", ")
        case (.number(let unit, _), .number(.some)):
            let text = FieldText.format(value, as: field.kind, numbers: numbers)
            return unit.isEmpty ? text : "\(text) \(unit)"
        default:
            return FieldText.format(value, as: field.kind, numbers: numbers).replacingNewlines
        }
    }
}

/// A record tab (plan details, mandate, economy, vision, timetable) as a list of fields.
enum RecordView {
    @dynamicMemberLookup
    struct Model: PanelModel {
        let context: PanelContext
        let form: RecordForm
        /// The key that opens the form, as the keymap names it.
        let openKey: String
        let isReadOnly: Bool

        init(_ state: AppState, form: RecordForm) {
            context = PanelContext(state)
            self.form = form
            openKey = state.keymap.label(.open, in: .editing)
            isReadOnly = state.isReadOnly
        }
    }

    static func draw(_ frame: inout Frame, model state: Model, layout: Layout) {
        var body = layout.body
        let form = state.form
        let list = state.list
        let spec = form.spec
        if form == .document, body.height > 8 {
            let used = drawDocumentSummary(&frame.canvas, plan: state.plan, area: body)
            body = Rect(x: body.x, y: body.y + used + 1, width: body.width, height: body.height - used - 1)
        }
        let rows = FieldListView.draw(&frame.canvas, spec: spec, subject: .plan(state.plan), plan: state.plan, numbers: state.figures.numbers,
                                      area: Rect(x: body.x, y: body.y, width: body.width, height: body.height - 2),
                                      selected: state.focused ? list.selected : nil, scroll: list.scroll)
        for (index, y) in rows {
            frame.regions.append(HitRegion(rect: Rect(x: body.x, y: y, width: body.width, height: 1), target: .row(index)))
        }
        if list.selected < spec.fields.count {
            let help = spec.fields[list.selected].help
            let open = state.openKey
            let how = state.isReadOnly ? "Read-only: \(open) shows these fields." : "\(open) edits these fields."
            frame.canvas.putFitted(help.isEmpty ? how : help, x: body.x + 1, y: body.maxY - 1,
                             role: .hint, maxWidth: body.width - 2)
        }
    }
}

extension RecordView {
    /// The Document tab's first lines: how many of the texts are written and which are still
    /// empty (at most two lines). Returns the lines used.
    static func drawDocumentSummary(_ canvas: inout Canvas, plan: Plan, area: Rect) -> Int {
        let empty = plan.emptyNarratives
        let total = NarrativeSection.allCases.count
        let text = empty.isEmpty
            ? "All \(total) texts of the document are written."
            : "\(total - empty.count) of \(total) texts written; empty: " + empty.map(\.label).joined(separator: ", ") + "."
        let lines = Array(TextWrap.lines(text, width: max(10, area.width - 2)).prefix(2))
        for (index, line) in lines.enumerated() {
            canvas.putFitted(line, x: area.x + 1, y: area.y + index, role: empty.isEmpty ? .normal : .warning,
                             maxWidth: area.width - 2)
        }
        return lines.count
    }
}

/// The selected entity's every field, beside the table on wide terminals.
enum DetailView {
    static func draw(_ canvas: inout Canvas, entity: any PlanEntity, kind: EntityKind, plan: Plan, numbers: NumberConvention,
                     area: Rect) {
        canvas.vline(x: area.x - 1, y: area.y, length: area.height, role: .border)
        let title = entity.title.isEmpty ? entity.id : "\(entity.id)  \(entity.title)"
        canvas.putFitted(title, x: area.x + 1, y: area.y, role: .heading, maxWidth: area.width - 2)
        FieldListView.draw(&canvas, spec: kind.form, subject: FormSubject(entity), plan: plan, numbers: numbers,
                           area: Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2),
                           selected: nil)
    }
}
