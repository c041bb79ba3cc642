import PlanDomain

/// A form: one line per field (label, value, and the reason when it is refused), Save and Cancel.
enum FormView {
    static func draw(_ frame: inout Frame, form: FormState, state: AppState, layout: Layout) {
        let rect = layout.form
        let inside = OverlayView.dialog(&frame.canvas, rect, title: form.title + (state.isReadOnly ? " (read-only)" : ""))
        let labelWidth = min(form.spec.fields.map { DisplayWidth.of($0.label) }.max() ?? 10, inside.width / 3)
        let valueX = inside.x + labelWidth + 3
        let valueWidth = inside.maxX - valueX - 1
        let lines = layoutLines(form, width: valueWidth - 2, mark: String(frame.canvas.glyphs.arrowUp))
        let height = inside.height - 3
        let focusLine = lines.firstIndex { $0.field == form.focused && $0.error == nil } ?? 0
        let top = max(0, min(focusLine - height / 2, lines.count - height))
        for (offset, line) in lines.dropFirst(top).prefix(height).enumerated() {
            let y = inside.y + offset
            let index = line.field
            let field = form.spec.fields[index]
            let focused = index == form.focused
            if let error = line.error {
                frame.canvas.put(error, x: valueX, y: y, role: .fieldError, maxWidth: valueWidth)
                continue
            }
            let label = DisplayWidth.pad(field.label, to: labelWidth, ellipsis: frame.canvas.glyphs.ellipsis)
            if focused { frame.canvas.put(String(frame.canvas.glyphs.arrowRight), x: inside.x, y: y, role: .fieldFocus) }
            frame.canvas.put(label, x: inside.x + 1, y: y, role: focused ? .fieldFocus : .fieldLabel,
                             attributes: focused ? .bold : [])
            let role: Role = form.errors[index] != nil ? .fieldError : (focused ? .fieldFocus : .fieldValue)
            frame.canvas.fill(Rect(x: valueX, y: y, width: valueWidth, height: 1), role: focused ? .fieldFocus : .dialog)
            if focused, let input = form.inputs[index], form.picker == nil {
                let shown = InputLine.visible(input, width: valueWidth)
                frame.canvas.put(shown.text, x: valueX, y: y, role: role, maxWidth: valueWidth)
                if !state.isReadOnly { frame.canvas.cursor = Point(x: valueX + shown.cursor, y: y) }
            } else {
                var text = form.inputs[index]?.text ?? FieldListView.describe(field, subject: form.subject, plan: state.plan, numbers: form.numbers)
                if field.kind.isPicked { text = text.isEmpty ? "(choose)" : text }
                frame.canvas.put(text.replacingNewlines, x: valueX, y: y, role: role, maxWidth: valueWidth - 2)
                if field.kind.isPicked, valueWidth > 4 {
                    frame.canvas.put(String(frame.canvas.glyphs.arrowDown), x: valueX + valueWidth - 1, y: y, role: .muted)
                }
            }
            frame.regions.append(HitRegion(rect: Rect(x: inside.x, y: y, width: inside.width, height: 1),
                                           target: .formField(index)))
        }
        drawButtons(&frame.canvas, form: form, inside: inside)
        if let picker = form.picker {
            PickerView.draw(&frame.canvas, picker: picker, layout: layout)
        }
    }

    /// One line per field, and under a refused field its reason, wrapped.
    private static func layoutLines(_ form: FormState, width: Int, mark: String) -> [(field: Int, error: String?)] {
        var lines: [(Int, String?)] = []
        for index in 0..<form.fieldCount {
            lines.append((index, nil))
            if let error = form.errors[index] {
                for (number, line) in TextWrap.lines(error, width: max(10, width)).enumerated() {
                    lines.append((index, (number == 0 ? mark + " " : "  ") + line))
                }
            }
        }
        return lines
    }

    private static func drawButtons(_ canvas: inout Canvas, form: FormState, inside: Rect) {
        let y = inside.maxY - 2
        canvas.hline(x: inside.x, y: y, length: inside.width, role: .dialogBorder)
        var x = inside.x + 1
        for (index, label) in [(form.saveButton, "[ Save ]"), (form.cancelButton, "[ Cancel ]")] {
            let focused = form.focused == index
            x += canvas.put(label, x: x, y: y + 1, role: focused ? .fieldFocus : .dialog, attributes: focused ? .bold : [])
            x += 2
        }
        let help: String
        if form.focused < form.fieldCount {
            let field = form.spec.fields[form.focused]
            let how = field.kind.isPicked ? "Enter picks" : "type, Tab next"
            help = field.help.isEmpty ? "\(how) · Ctrl-S saves · Esc cancels" : "\(field.help) · Ctrl-S saves"
        } else {
            help = "Enter presses the button · Esc cancels"
        }
        canvas.put(help, x: x + 1, y: y + 1, role: .hint, maxWidth: inside.maxX - x - 2)
    }
}

/// The list a picked field chooses from.
enum PickerView {
    static func draw(_ canvas: inout Canvas, picker: PickerState, layout: Layout) {
        let options = picker.visible
        let height = min(max(options.count, 1) + 5, layout.rows - 6)
        let rect = layout.dialog(width: 56, height: height)
        let inside = OverlayView.dialog(&canvas, rect, title: picker.title)
        var x = inside.x + 1
        x += canvas.put("Filter: ", x: x, y: inside.y, role: .fieldLabel)
        let shown = InputLine.visible(picker.filter, width: inside.maxX - x - 1)
        canvas.put(shown.text, x: x, y: inside.y, role: .fieldFocus, maxWidth: inside.maxX - x - 1)
        canvas.cursor = Point(x: x + shown.cursor, y: inside.y)
        let rows = inside.height - 3
        var list = picker.list
        list.clamp(count: options.count, visible: rows)
        for row in 0..<rows {
            let index = list.scroll + row
            guard index < options.count else { break }
            let option = options[index]
            let y = inside.y + 1 + row
            let selected = index == list.selected
            let role: Role = selected ? .tableSelected : .dialog
            canvas.fill(Rect(x: inside.x, y: y, width: inside.width, height: 1), role: role)
            let mark = picker.multiple ? (picker.checked.contains(option.value) ? "[x] " : "[ ] ") : ""
            canvas.put(mark + option.label, x: inside.x + 1, y: y, role: role, maxWidth: inside.width - 2)
        }
        let help = picker.multiple ? "Space ticks · Enter keeps the ticks · Esc cancels" : "Enter chooses · Esc cancels"
        canvas.put(help, x: inside.x + 1, y: inside.maxY - 1, role: .hint, maxWidth: inside.width - 2)
    }
}
