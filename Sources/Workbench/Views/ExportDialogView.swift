import PlanStore

/// The export dialog: the documents offered here (the action plan's, the reporting calendar, or the strategy document's
/// formats), and where each goes.
enum ExportDialogView {
    static func draw(_ frame: inout Frame, list: ListState, kinds: [ExportKind], layout: Layout, keys: Keymap) {
        let rect = layout.dialog(width: 72, height: kinds.count + 6)
        let title = kinds.allSatisfy(\.isDocument) ? "Write the strategy document"
            : kinds == ExportKind.monitoring ? "Export the reporting calendar" : "Export the action plan"
        let inside = OverlayView.dialog(&frame.canvas, rect, title: title)
        frame.canvas.put("Written to the plan's exports/ folder; asks before replacing a file:", x: inside.x + 1,
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
        x += OverlayView.putAnswer(&frame.canvas, keys.keys(.confirm, in: .export), " writes it   ", x: x, y: y)
        OverlayView.putAnswer(&frame.canvas, keys.keys(.cancel, in: .export), " closes", x: x, y: y)
    }

    /// The export's file exists: replace it or keep it.
    static func drawConfirm(_ canvas: inout Canvas, kind: ExportKind, layout: Layout, keys: Keymap) {
        let rect = layout.dialog(width: 64, height: 7)
        let inside = OverlayView.dialog(&canvas, rect, title: "Replace the export?")
        let file = PlanFolder.exportsFolderName + "/" + kind.fileName
        canvas.put("\(file) already exists.", x: inside.x + 1, y: inside.y + 1, role: .dialog, maxWidth: inside.width - 2)
        canvas.put("Replacing it loses changes made to it since it was exported.", x: inside.x + 1, y: inside.y + 2,
                   role: .warning, maxWidth: inside.width - 2)
        var x = inside.x + 1
        x += OverlayView.putAnswer(&canvas, keys.keys(.confirm, in: .confirm), " replaces it   ", x: x, y: inside.maxY - 1)
        OverlayView.putAnswer(&canvas, keys.keys(.cancel, in: .confirm), " keeps it", x: x, y: inside.maxY - 1, alternatives: 2)
    }
}
