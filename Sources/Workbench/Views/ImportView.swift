import PlanStore

/// The import prompt (on the status line, like search) and the report shown before applying.
enum ImportView {
    static func drawPrompt(_ canvas: inout Canvas, kind: ImportKind, input: TextInput, layout: Layout) {
        let rect = layout.status
        canvas.fill(rect, role: .status)
        var x = rect.x
        x += canvas.put(" Import \(kind.rawValue) from CSV file: ", x: x, y: rect.y, role: .key)
        let hint = "Enter reads  Esc cancels"
        let room = rect.width - x - DisplayWidth.of(hint) - 2
        let shown = InputLine.visible(input, width: room)
        canvas.put(shown.text, x: x, y: rect.y, role: .fieldFocus, maxWidth: room)
        canvas.cursor = Point(x: x + shown.cursor, y: rect.y)
        canvas.put(hint, x: rect.maxX - DisplayWidth.of(hint) - 1, y: rect.y, role: .status)
    }

    static func drawReview(_ canvas: inout Canvas, review: ImportReview, layout: Layout) {
        let rect = layout.form
        let inside = OverlayView.dialog(&canvas, rect, title: "Import \(review.kind.rawValue) from \(review.path)")
        let lines = review.lines.flatMap { text, role in
            TextWrap.lines(text, width: inside.width - 2).map { ($0, role) }
        }
        let room = max(0, inside.height - 2)
        let top = min(review.scroll, max(0, lines.count - room))
        for (offset, line) in lines.dropFirst(top).prefix(room).enumerated() {
            canvas.put(line.0, x: inside.x + 1, y: inside.y + offset, role: line.1, maxWidth: inside.width - 2)
        }
        let result = review.result
        var keys: [(String, String)]
        if result.isValid {
            keys = [("y", "imports it as one change"), ("Esc", "imports nothing")]
        } else if result.edit != nil {
            keys = [("s", "imports the valid rows only"), ("Esc", "imports nothing")]
        } else {
            keys = [("Esc", "closes; no row can be imported as it is")]
        }
        if lines.count > room { keys.append(("↑ ↓", "scroll")) }
        var x = inside.x + 1
        for (key, words) in keys {
            x += canvas.put(key, x: x, y: inside.maxY - 1, role: .key)
            x += canvas.put(" \(words)   ", x: x, y: inside.maxY - 1, role: .dialog)
        }
    }
}
