import PlanDomain

/// A form: one line per field (label, value, and the reason when it is refused), Save and Cancel.
enum FormView {
    /// What a form draws besides its own state: the plan (to name what references point to), the keys,
    /// whether the session is read-only, and the notice when it is too long for the status line.
    struct Model {
        var plan: Plan
        var keymap: Keymap
        var isReadOnly: Bool
        var notice: Notice?

        init(_ state: AppState, layout: Layout) {
            plan = state.plan
            keymap = state.keymap
            isReadOnly = state.isReadOnly
            notice = StatusView.showsNoticeInForm(StatusView.Model(state), layout) ? state.notice : nil
        }
    }

    /// Draws the form within the layout's form rect, then its picker or question over it.
    static func draw(_ frame: inout Frame, form: FormState, model state: Model, layout: Layout) {
        frame.clipped(to: layout.form) { drawFields(&$0, form: form, state: state, layout: layout) }
        if let picker = form.picker {
            PickerView.draw(&frame.canvas, picker: picker, layout: layout, keys: state.keymap)
        }
        if form.confirmingDiscard { drawDiscard(&frame.canvas, layout: layout, keys: state.keymap) }
        if let scroll = form.help {
            HelpView.draw(&frame.canvas, scroll: scroll, layout: layout, keys: state.keymap,
                          lines: HelpView.formLines(form, keys: state.keymap), title: HelpView.formTitle(form, keys: state.keymap))
        }
    }

    private static func drawFields(_ frame: inout Frame, form: FormState, state: Model, layout: Layout) {
        let rect = layout.form
        let inside = OverlayView.dialog(&frame.canvas, rect, title: form.title + (state.isReadOnly ? " (read-only)" : ""))
        let labelWidth = labelWidth(form, inside: inside)
        let valueX = inside.x + labelWidth + 3
        let valueWidth = inside.maxX - valueX - 1
        let height0 = inside.height - 3
        let area = textArea(form, width: valueWidth, height: height0)
        let lines = layoutLines(form, width: valueWidth - 2, mark: String(frame.canvas.glyphs.arrowUp), areaRows: area?.shown ?? 0)
        // A notice too long for the status line (a read-only reason, a refusal) is written here in
        // full, wrapped, above the buttons; the fields scroll in what is left.
        let notice = state.notice
        let noticeLines = notice.map { TextWrap.lines($0.text, width: inside.width - 2) }?
            .prefix(max(1, (inside.height - 4) / 2)) ?? []
        let height = max(0, height0 - noticeLines.count)
        let focusLine = (lines.firstIndex { $0.field == form.focused && $0.note == nil } ?? 0) + (area?.cursorRow ?? 0)
        let top = max(0, min(focusLine - height / 2, lines.count - height))
        for (offset, line) in lines.dropFirst(top).prefix(height).enumerated() {
            let y = inside.y + offset
            let index = line.field
            let field = form.spec.fields[index]
            let focused = index == form.focused
            if let note = line.note {
                if note.row != nil, let area {
                    drawAreaRow(&frame.canvas, area: area, row: note.row!, x: valueX, y: y, width: valueWidth,
                                readOnly: state.isReadOnly)
                    continue
                }
                frame.canvas.put(note.text, x: valueX, y: y, role: note.isError ? .fieldError : .hint, maxWidth: valueWidth)
                continue
            }
            let label = DisplayWidth.pad(field.label, to: labelWidth, ellipsis: frame.canvas.glyphs.ellipsis)
            if focused { frame.canvas.put(String(frame.canvas.glyphs.arrowRight), x: inside.x, y: y, role: .fieldFocus) }
            frame.canvas.put(label, x: inside.x + 1, y: y, role: focused ? .fieldFocus : .fieldLabel,
                             attributes: focused ? .bold : [])
            let role: Role = form.errors[index] != nil ? .fieldError : (focused ? .fieldFocus : .fieldValue)
            frame.canvas.fill(Rect(x: valueX, y: y, width: valueWidth, height: 1), role: focused ? .fieldFocus : .dialog)
            if focused, let area {
                drawAreaRow(&frame.canvas, area: area, row: 0, x: valueX, y: y, width: valueWidth, readOnly: state.isReadOnly)
            } else if focused, let input = form.inputs[index], form.picker == nil {
                let shown = InputLine.visible(input, width: valueWidth)
                // An untouched value shows selected: the first character typed replaces it.
                let untouched = !form.editsInPlace && !input.text.isEmpty && !state.isReadOnly
                // Underlined too, so the mark survives a theme whose selection and focus look alike (mono).
                frame.canvas.put(shown.text, x: valueX, y: y, role: untouched ? .selection : role,
                                 attributes: untouched ? .underline : [], maxWidth: valueWidth)
                if !state.isReadOnly { frame.canvas.cursor = Point(x: valueX + shown.cursor, y: y) }
            } else {
                var text = form.inputs[index]?.text
                    ?? FieldListView.describe(field, subject: form.subject, plan: state.plan, numbers: form.numbers)
                // The same words as the picker's empty line, so "no value" reads one way everywhere.
                if field.kind.isPicked { text = text.isEmpty ? PickerState.noValue : text }
                frame.canvas.putFitted(text.replacingNewlines, x: valueX, y: y, role: role, maxWidth: valueWidth - 2)
                if field.kind.isPicked, valueWidth > 4 {
                    frame.canvas.put(String(frame.canvas.glyphs.arrowDown), x: valueX + valueWidth - 1, y: y, role: .muted)
                }
            }
            frame.regions.append(HitRegion(rect: Rect(x: inside.x, y: y, width: inside.width, height: 1),
                                           target: .formField(index)))
        }
        if let notice {
            for (offset, line) in noticeLines.enumerated() {
                frame.canvas.put(line, x: inside.x + 1, y: inside.y + height + offset, role: noticeRole(notice),
                                 maxWidth: inside.width - 2)
            }
        }
        drawButtons(&frame.canvas, form: form, inside: inside, readOnly: state.isReadOnly, keys: state.keymap)
        if form.picker == nil {
            drawMore(&frame.canvas, above: lines.prefix(top).filter { $0.note == nil }.count,
                     below: lines.dropFirst(top + height).filter { $0.note == nil }.count, inside: inside)
        }
    }

    private static func drawDiscard(_ canvas: inout Canvas, layout: Layout, keys: Keymap) {
        let rect = layout.dialog(width: 52, height: 6)
        let inside = OverlayView.dialog(&canvas, rect, title: "Discard the changes?")
        canvas.put("This form has changes that are not saved.", x: inside.x + 1, y: inside.y, role: .dialog,
                   maxWidth: inside.width - 2)
        var x = inside.x + 1
        let y = inside.maxY - 1
        x += OverlayView.putAnswer(&canvas, keys.keys(.confirm, in: .discard), " discards them   ", x: x, y: y)
        OverlayView.putAnswer(&canvas, keys.keys(.cancel, in: .discard), " keeps editing", x: x, y: y, alternatives: 2,
                              maxWidth: inside.maxX - x - 1)
    }

    /// A notice's colour inside the dialog: the status line's roles are for its own background.
    private static func noticeRole(_ notice: Notice) -> Role {
        switch notice.tone {
        case .info: .dialog
        case .warning: .warning
        case .error: .fieldError
        }
    }

    struct Note {
        var text: String
        var isError: Bool
        /// For the rows of a multi-line field being edited: which shown row (from 1) this line holds.
        var row: Int?
        init(text: String, isError: Bool, row: Int? = nil) {
            self.text = text
            self.isError = isError
            self.row = row
        }
    }

    /// The width of the labels: a third of the form, more for a long label while the values keep
    /// 32 columns.
    static func labelWidth(_ form: FormState, inside: Rect) -> Int {
        min(form.spec.fields.map { DisplayWidth.of($0.label) }.max() ?? 10, max(inside.width / 3, inside.width - 4 - 32))
    }

    /// The width the focused multi-line field wraps its text at, for the reducer's ↑ ↓.
    static func textAreaWidth(_ form: FormState, layout: Layout) -> Int {
        let inside = Rect(x: layout.form.x + 1, y: layout.form.y + 1, width: layout.form.width - 2, height: layout.form.height - 2)
        let valueX = inside.x + labelWidth(form, inside: inside) + 3
        return inside.maxX - valueX - 2
    }

    /// The multi-line field being edited, laid out: its rows, which of them show, and the cursor.
    struct Area {
        var characters: [Character]
        var rows: [Range<Int>]
        var first: Int
        var shown: Int
        var cursorRow: Int
        var cursorColumn: Int
    }

    static func textArea(_ form: FormState, width: Int, height: Int) -> Area? {
        guard form.focused < form.fieldCount, form.picker == nil, form.spec.fields[form.focused].kind.isMultilineText,
              let input = form.inputs[form.focused] else { return nil }
        let characters = input.characters
        let rows = TextArea.rows(characters, width: width - 1)
        let shown = min(max(rows.count, 3), TextArea.maxRows, max(3, height / 2))
        let (row, column) = TextArea.position(of: input.cursor, in: characters, rows: rows)
        // The rows around the cursor: from the top, scrolled just enough to show the cursor's row.
        let first = min(max(0, row - shown + 1), max(0, rows.count - shown))
        return Area(characters: characters, rows: rows, first: first, shown: shown, cursorRow: row - first, cursorColumn: column)
    }

    private static func drawAreaRow(_ canvas: inout Canvas, area: Area, row: Int, x: Int, y: Int, width: Int, readOnly: Bool) {
        canvas.fill(Rect(x: x, y: y, width: width, height: 1), role: .fieldFocus)
        let index = area.first + row
        if index < area.rows.count {
            canvas.put(String(area.characters[area.rows[index]]), x: x, y: y, role: .fieldFocus, maxWidth: width)
        }
        if row == 0, area.first > 0 { canvas.put(String(canvas.glyphs.arrowUp), x: x + width - 1, y: y, role: .muted) }
        if row == area.shown - 1, area.first + area.shown < area.rows.count {
            canvas.put(String(canvas.glyphs.arrowDown), x: x + width - 1, y: y, role: .muted)
        }
        if row == area.cursorRow, !readOnly { canvas.cursor = Point(x: x + area.cursorColumn, y: y) }
    }

    /// One line per field; under a refused field its reason, and under the focused field the
    /// format it expects, both wrapped. A multi-line field being edited takes `areaRows` lines.
    private static func layoutLines(_ form: FormState, width: Int, mark: String, areaRows: Int = 0) -> [(field: Int, note: Note?)] {
        var lines: [(Int, Note?)] = []
        for index in 0..<form.fieldCount {
            lines.append((index, nil))
            if index == form.focused, areaRows > 1 {
                for row in 1..<areaRows { lines.append((index, Note(text: "", isError: false, row: row))) }
            }
            if let error = form.errors[index] {
                for (number, line) in TextWrap.lines(error, width: max(10, width)).enumerated() {
                    lines.append((index, Note(text: (number == 0 ? mark + " " : "  ") + line, isError: true)))
                }
            } else if index == form.focused {
                // What the field is for, and the format it expects, before anything goes wrong.
                let field = form.spec.fields[index]
                let notes = [field.help.isEmpty ? nil : field.help, field.kind.format(form.numbers).map { "Format: " + $0 }]
                for note in notes.compactMap({ $0 }) {
                    for line in TextWrap.lines(note, width: max(10, width)) {
                        lines.append((index, Note(text: line, isError: false)))
                    }
                }
            }
        }
        return lines
    }

    /// On the line above the buttons: how many fields the form has scrolled past, above and below.
    private static func drawMore(_ canvas: inout Canvas, above: Int, below: Int, inside: Rect) {
        let y = inside.maxY - 2
        if above > 0 {
            canvas.put(" \(canvas.glyphs.arrowUp) \(counted(above, "field")) above ", x: inside.x + 1, y: y, role: .muted)
        }
        if below > 0 {
            let text = " \(canvas.glyphs.arrowDown) \(counted(below, "more field")) below "
            canvas.put(text, x: inside.maxX - 1 - DisplayWidth.of(text), y: y, role: .muted)
        }
    }

    private static func drawButtons(_ canvas: inout Canvas, form: FormState, inside: Rect, readOnly: Bool, keys: Keymap) {
        let y = inside.maxY - 2
        canvas.hline(x: inside.x, y: y, length: inside.width, role: .dialogBorder)
        var x = inside.x + 1
        for (index, label) in [(form.saveButton, "[ Save ]"), (form.cancelButton, "[ Cancel ]")] {
            let focused = form.focused == index
            x += canvas.put(label, x: x, y: y + 1, role: focused ? .fieldFocus : .dialog, attributes: focused ? .bold : [])
            x += 2
        }
        let help: String
        let next = keys.label(.nextField, in: .form)
        let cancel = keys.label(.cancel, in: .form)
        let press = keys.label(.toggle, in: .form)
        if readOnly {
            // Nothing typed here can be saved: say so rather than offer keys that would refuse.
            help = "read-only: \(next) next · \(cancel) closes"
        } else if form.focused < form.fieldCount {
            let field = form.spec.fields[form.focused]
            let how = field.kind.isPicked ? "\(press) picks" : "type, \(next) next"
            help = "\(how) · \(keys.label(.confirm, in: .form)) saves · \(cancel) cancels"
        } else {
            help = "\(press) presses the button · \(cancel) cancels"
        }
        canvas.put(help, x: x + 1, y: y + 1, role: .hint, maxWidth: inside.maxX - x - 2)
    }
}

/// The list a picked field chooses from.
enum PickerView {
    /// The picker's frame for `options` choices: as tall as they need, within the screen.
    static func rect(options: Int, layout: Layout) -> Rect {
        layout.dialog(width: 56, height: min(max(options, 1) + 5, layout.rows - 6))
    }

    /// Choices shown at once (the filter line and the hint take the rest): what a page moves by,
    /// and what the reducer keeps the selection within.
    static func listRows(options: Int, layout: Layout) -> Int {
        max(1, rect(options: options, layout: layout).inset(by: 1).height - 3)
    }

    /// Draws within ``rect(options:layout:)``, whatever the layout's size.
    static func draw(_ canvas: inout Canvas, picker: PickerState, layout: Layout, keys: Keymap) {
        let rect = rect(options: picker.visible.count, layout: layout)
        canvas.clipped(to: rect) { drawClipped(&$0, picker: picker, rect: rect, keys: keys) }
    }

    private static func drawClipped(_ canvas: inout Canvas, picker: PickerState, rect: Rect, keys: Keymap) {
        let options = picker.visible
        let inside = OverlayView.dialog(&canvas, rect, title: picker.title)
        var x = inside.x + 1
        x += canvas.put("Filter: ", x: x, y: inside.y, role: .fieldLabel)
        let shown = InputLine.visible(picker.filter, width: inside.maxX - x - 1)
        canvas.put(shown.text, x: x, y: inside.y, role: .fieldFocus, maxWidth: inside.maxX - x - 1)
        canvas.cursor = Point(x: x + shown.cursor, y: inside.y)
        let rows = max(0, inside.height - 3)
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
            let mark = picker.multiple && option.value != PickerState.newItem
                ? (picker.checked.contains(option.value) ? "[x] " : "[ ] ") : ""
            canvas.put(DisplayWidth.truncate(mark + option.label, to: inside.width - 2, ellipsis: canvas.glyphs.ellipsis),
                       x: inside.x + 1, y: y, role: role)
        }
        let choose = keys.label(.confirm, in: .picker)
        let cancel = keys.label(.cancel, in: .picker)
        let help = picker.multiple ? "\(keys.label(.toggle, in: .picker)) ticks · \(choose) keeps the ticks · \(cancel) cancels"
            : "\(choose) chooses · \(cancel) cancels"
        canvas.put(help, x: inside.x + 1, y: inside.maxY - 1, role: .hint, maxWidth: inside.width - 2)
    }
}
