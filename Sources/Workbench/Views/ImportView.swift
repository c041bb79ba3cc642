import PlanStore

/// The import prompt (on the status line, like search) and the report shown before applying.
enum ImportView {
    static func drawPrompt(_ canvas: inout Canvas, kind: ImportKind, input: TextInput, layout: Layout, keys: Keymap) {
        let rect = layout.status
        canvas.fill(rect, role: .status)
        var x = rect.x
        x += canvas.put(" Import \(kind.rawValue) from CSV file: ", x: x, y: rect.y, role: .key)
        let hint = "\(keys.label(.confirm, in: .prompt)) reads  \(keys.label(.cancel, in: .prompt)) cancels"
        let room = rect.width - x - DisplayWidth.of(hint) - 2
        let shown = InputLine.visible(input, width: room)
        canvas.put(shown.text, x: x, y: rect.y, role: .fieldFocus, maxWidth: room)
        canvas.cursor = Point(x: x + shown.cursor, y: rect.y)
        canvas.put(hint, x: rect.maxX - DisplayWidth.of(hint) - 1, y: rect.y, role: .status)
    }

    /// Lines of the report shown at once: what a page scrolls by.
    static func reviewRows(_ layout: Layout) -> Int { max(1, layout.form.inset(by: 1).height - 2) }

    static func drawReview(_ canvas: inout Canvas, review: ImportReview, layout: Layout, keys: Keymap) {
        let rect = layout.form
        let inside = OverlayView.dialog(&canvas, rect, title: "Import \(review.kind.rawValue) from \(review.path)")
        let lines = review.lines.flatMap { text, role in
            TextWrap.lines(text, width: inside.width - 2).map { ($0, role) }
        }
        let room = reviewRows(layout)
        let top = min(review.scroll, max(0, lines.count - room))
        for (offset, line) in lines.dropFirst(top).prefix(room).enumerated() {
            canvas.put(line.0, x: inside.x + 1, y: inside.y + offset, role: line.1, maxWidth: inside.width - 2)
        }
        let result = review.result
        var hints: [(String, String)]
        let cancel = keys.label(.cancel, in: .importReview)
        if result.isValid {
            hints = [(keys.label(.confirm, in: .importReview), "imports it as one change"), (cancel, "imports nothing")]
        } else if result.edit != nil {
            hints = [(keys.label(.importValidRows, in: .importReview), "imports the valid rows only"), (cancel, "imports nothing")]
        } else {
            hints = [(cancel, "closes; no row can be imported as it is")]
        }
        if lines.count > room { hints.append((keys.label(.up, in: .importReview) + " " + keys.label(.down, in: .importReview), "scroll")) }
        var x = inside.x + 1
        for (key, words) in hints where !key.isEmpty {
            x += canvas.put(key, x: x, y: inside.maxY - 1, role: .key)
            x += canvas.put(" \(words)   ", x: x, y: inside.maxY - 1, role: .dialog)
        }
    }
}
