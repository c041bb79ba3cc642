import PlanStore

/// The export dialog: the documents the action plan can be written as, and where each goes.
enum ExportDialogView {
    static func draw(_ frame: inout Frame, list: ListState, layout: Layout) {
        let kinds = ExportKind.allCases
        let rect = layout.dialog(width: 72, height: kinds.count + 6)
        let inside = OverlayView.dialog(&frame.canvas, rect, title: "Export the action plan")
        frame.canvas.put("Written to the plan's exports/ folder, replacing the previous copy:", x: inside.x + 1,
                         y: inside.y, role: .dialog, maxWidth: inside.width - 2)
        for (index, kind) in kinds.enumerated() {
            let y = inside.y + 2 + index
            let selected = index == list.selected
            let role: Role = selected ? .tableSelected : .dialog
            frame.canvas.fill(Rect(x: inside.x, y: y, width: inside.width, height: 1), role: role)
            let file = "exports/" + kind.fileName
            frame.canvas.putFitted(" " + kind.label, x: inside.x, y: y, role: role,
                                   maxWidth: inside.width - DisplayWidth.of(file) - 3)
            frame.canvas.put(file, x: inside.maxX - DisplayWidth.of(file) - 1, y: y, role: selected ? role : .muted)
        }
        var x = inside.x + 1
        let y = inside.maxY - 1
        x += frame.canvas.put("Enter", x: x, y: y, role: .key)
        x += frame.canvas.put(" writes it   ", x: x, y: y, role: .dialog)
        x += frame.canvas.put("Esc", x: x, y: y, role: .key)
        frame.canvas.put(" closes", x: x, y: y, role: .dialog)
    }
}
