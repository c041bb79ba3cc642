import PlanDomain

/// Dialogs and panels drawn over the stage: forms, pickers, confirmations, help, findings, search.
/// A composer: it gives each overlay's view the little it draws.
enum OverlayView {
    static func draw(_ frame: inout Frame, overlay: Overlay, state: AppState, layout: Layout) {
        switch overlay {
        case .search, .importPath: break
        default: frame.canvas.setRole(.disabled, in: layout.screen)
        }
        switch overlay {
        case .form(let form):
            FormView.draw(&frame, form: form, model: .init(state, layout: layout), layout: layout)
        case .confirmDelete(let kind, let id, let title, let dependents, let scroll):
            DeleteView.draw(&frame.canvas, kind: kind, id: id, title: title, dependents: dependents, scroll: scroll,
                            layout: layout, keys: state.keymap)
        case .message(let title, let text):
            drawMessage(&frame.canvas, title: title, text: text, layout: layout)
        case .help(let scroll):
            HelpView.draw(&frame.canvas, scroll: scroll, layout: layout, keys: state.keymap)
        case .findings(let list):
            FindingsView.draw(&frame.canvas, findings: state.findings, list: list, layout: layout, keys: state.keymap)
        case .search(let input):
            drawSearch(&frame.canvas, input: input, layout: layout, keys: state.keymap)
        case .importPath(let kind, let input):
            ImportView.drawPrompt(&frame.canvas, kind: kind, input: input, layout: layout, keys: state.keymap)
        case .importReview(let review):
            ImportView.drawReview(&frame.canvas, review: review, layout: layout, keys: state.keymap)
        case .export(let list):
            ExportDialogView.draw(&frame, list: list, kinds: Reducer.exportKinds(state) ?? [], layout: layout,
                                  keys: state.keymap)
        case .choice(let dialog):
            ChoiceDialogView.draw(&frame.canvas, dialog: dialog, layout: layout)
        case .confirmExport(let kind):
            ExportDialogView.drawConfirm(&frame.canvas, kind: kind, layout: layout, keys: state.keymap)
        }
    }

    /// A dialog's answer: its key (and up to `alternatives - 1` more, "n or Esc"), then what it does;
    /// returns the width written.
    @discardableResult
    static func putAnswer(_ canvas: inout Canvas, _ keys: [Key], _ words: String, x: Int, y: Int, alternatives: Int = 1,
                          maxWidth: Int? = nil) -> Int {
        guard let first = keys.first else { return 0 }
        var written = canvas.put(Keymap.shortName(first), x: x, y: y, role: .key)
        let more = keys.dropFirst().prefix(alternatives - 1).map { " or " + Keymap.shortName($0) }.joined()
        written += canvas.put(more + words, x: x + written, y: y, role: .dialog, maxWidth: maxWidth.map { $0 - written })
        return written
    }

    /// Clears `rect` and frames it as a dialog; returns the inside.
    static func dialog(_ canvas: inout Canvas, _ rect: Rect, title: String) -> Rect {
        canvas.clipped(to: rect) { canvas in
            canvas.fill(rect, role: .dialog)
            return canvas.box(rect, role: .dialogBorder, title: title, titleRole: .dialogTitle, style: .double)
        }
    }

    private static func drawMessage(_ canvas: inout Canvas, title: String, text: String, layout: Layout) {
        let width = min(76, layout.columns - 4)
        let lines = TextWrap.lines(text, width: width - 4)
        let rect = layout.dialog(width: width, height: min(lines.count + 4, layout.rows - 2))
        let inside = dialog(&canvas, rect, title: title)
        for (offset, line) in lines.prefix(inside.height - 2).enumerated() {
            canvas.put(line, x: inside.x + 1, y: inside.y + offset, role: .dialog, maxWidth: inside.width - 2)
        }
        canvas.put("Any key goes on.", x: inside.x + 1, y: inside.maxY - 1, role: .hint)
    }

    private static func drawSearch(_ canvas: inout Canvas, input: TextInput, layout: Layout, keys: Keymap) {
        let rect = layout.status
        canvas.fill(rect, role: .status)
        var x = rect.x
        x += canvas.put(" Search: ", x: x, y: rect.y, role: .key)
        let room = rect.width - x - 30
        let shown = InputLine.visible(input, width: room)
        canvas.put(shown.text, x: x, y: rect.y, role: .fieldFocus, maxWidth: room)
        canvas.cursor = Point(x: x + shown.cursor, y: rect.y)
        let hint = "\(keys.label(.confirm, in: .prompt)) keeps  \(keys.label(.cancel, in: .prompt)) clears"
        canvas.put(hint, x: rect.maxX - 24, y: rect.y, role: .status, maxWidth: 23)
    }
}

/// The part of a text input that fits a width, scrolled so the cursor shows.
enum InputLine {
    static func visible(_ input: TextInput, width: Int) -> (text: String, cursor: Int) {
        let characters = input.characters
        var start = 0
        func columns(_ range: Range<Int>) -> Int { characters[range].reduce(0) { $0 + DisplayWidth.of($1) } }
        while start < input.cursor && columns(start..<input.cursor) >= max(1, width - 1) { start += 1 }
        var end = start
        while end < characters.count && columns(start..<(end + 1)) <= width { end += 1 }
        return (String(characters[start..<end]), columns(start..<input.cursor))
    }
}
