/// A question with one key per answer (quitting with unsaved changes, a recovery file, a takeover):
/// the text wrapped to the dialog, then one line per answer, its key first.
enum ChoiceDialogView {
    /// Where the dialog goes: centred, as tall as its text and answers need.
    static func rect(_ dialog: ChoiceDialog, layout: Layout) -> Rect {
        let width = min(76, layout.columns - 2)
        let text = TextWrap.lines(dialog.text, width: width - 4).count
        let answers = dialog.options.reduce(0) { $0 + TextWrap.lines($1.label, width: width - 8).count }
        return layout.dialog(width: width, height: min(text + answers + 4, layout.rows - 2))
    }

    /// Draws within ``rect(_:layout:)``, whatever the layout's size.
    static func draw(_ canvas: inout Canvas, dialog: ChoiceDialog, layout: Layout) {
        let rect = rect(dialog, layout: layout)
        canvas.clipped(to: rect) { drawClipped(&$0, dialog: dialog, rect: rect) }
    }

    private static func drawClipped(_ canvas: inout Canvas, dialog: ChoiceDialog, rect: Rect) {
        let text = TextWrap.lines(dialog.text, width: rect.width - 4)
        let answers = dialog.options.map { TextWrap.lines($0.label, width: rect.width - 8) }
        let inside = OverlayView.dialog(&canvas, rect, title: dialog.title)
        var y = inside.y
        for line in text where y < inside.maxY {
            canvas.put(line, x: inside.x + 1, y: y, role: .dialog, maxWidth: inside.width - 2)
            y += 1
        }
        y += 1
        for (option, lines) in zip(dialog.options, answers) {
            for (index, line) in lines.enumerated() where y < inside.maxY {
                if index == 0 { canvas.put(String(option.key), x: inside.x + 2, y: y, role: .key) }
                canvas.put(line, x: inside.x + 5, y: y, role: .dialog, maxWidth: inside.width - 6)
                y += 1
            }
        }
    }
}
