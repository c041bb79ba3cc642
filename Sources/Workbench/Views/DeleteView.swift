import PlanDomain

/// "Delete?": what is deleted and, by name, every reference that would break, scrolled when long.
enum DeleteView {
    /// The dialog's rows besides the list: frame, question, consequence, answers.
    static let fixedRows = 7

    /// Rows of the list of broken references at this size: what a page scrolls by.
    static func listRows(_ count: Int, _ layout: Layout) -> Int {
        min(count, max(1, layout.rows - 2 - fixedRows))
    }

    static func draw(_ canvas: inout Canvas, kind: EntityKind, id: EntityID, title: String, dependents: [String],
                     scroll: Int, layout: Layout, keys: Keymap) {
        let rows = listRows(dependents.count, layout)
        let rect = layout.dialog(width: 68, height: fixedRows + (dependents.isEmpty ? 0 : rows))
        let inside = OverlayView.dialog(&canvas, rect, title: "Delete?")
        let ellipsis = canvas.glyphs.ellipsis
        let name = title.isEmpty ? id : "\(id) \"\(title)\""
        // A long name takes the line above as well, so the question is read whole.
        let question = "Delete \(kind.label) \(name)?"
        let long = DisplayWidth.of(question) > inside.width - 2
        canvas.putWrapped(question, x: inside.x + 1, y: inside.y + (long ? 0 : 1), role: .dialog, width: inside.width - 2,
                          maxLines: long ? 2 : 1)
        let count = dependents.count
        let undo = keys.label(.undo, in: .editing)
        let consequence = count == 0 ? "Nothing else refers to it. \(undo) undoes the deletion."
            : "\(count) reference\(count == 1 ? "" : "s") to it will break (\(undo) undoes the deletion):"
        canvas.put(consequence, x: inside.x + 1, y: inside.y + 2, role: count == 0 ? .dialog : .warning,
                   maxWidth: inside.width - 2)
        let top = max(0, min(scroll, count - rows))
        for (offset, line) in dependents.dropFirst(top).prefix(rows).enumerated() {
            canvas.put(fitted("\(canvas.glyphs.bullet) " + line, width: inside.width - 4, ellipsis: ellipsis),
                       x: inside.x + 3, y: inside.y + 3 + offset, role: .dialog)
        }
        if count > rows {
            let where_ = " \(top + 1)–\(top + rows) of \(count), \(keys.label([.down, .up], in: [.confirm])) scroll "
            canvas.put(where_, x: rect.maxX - DisplayWidth.of(where_) - 2, y: rect.maxY - 1, role: .dialogTitle)
        }
        var x = inside.x + 1
        let y = inside.maxY - 1
        x += OverlayView.putAnswer(&canvas, keys.keys(.confirm, in: .confirm), " deletes   ", x: x, y: y)
        OverlayView.putAnswer(&canvas, keys.keys(.cancel, in: .confirm), " keeps it", x: x, y: y, alternatives: 2)
    }

    /// "• ACT-12 Draft the l… (predecessor)": a long name is cut, the field through which it refers is kept.
    static func fitted(_ line: String, width: Int, ellipsis: String) -> String {
        guard DisplayWidth.of(line) > width, line.hasSuffix(")"), let open = line.range(of: " (", options: .backwards)
        else { return DisplayWidth.truncate(line, to: width, ellipsis: ellipsis) }
        let field = String(line[open.lowerBound...])
        let head = DisplayWidth.truncate(String(line[..<open.lowerBound]), to: max(1, width - DisplayWidth.of(field)),
                                         ellipsis: ellipsis)
        return DisplayWidth.truncate(head + field, to: width, ellipsis: ellipsis)
    }
}
