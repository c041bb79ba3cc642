import PlanDomain

/// A stage's first tab: what is done, what is still missing (Enter goes there), and its findings.
enum OverviewView {
    struct Model {
        var progress: StageProgress
        /// The stage's errors and warnings.
        var findings: [Finding]
        var list: ListState
        var focused: Bool

        init(_ state: AppState) {
            progress = state.progress[state.stage.rawValue]
            findings = state.findings.filter { $0.location.stage == state.stage && $0.severity != .hint }
            list = state.list
            focused = state.focus == .panel
        }
    }

    static func draw(_ frame: inout Frame, model: Model, layout: Layout) {
        let body = layout.body
        let progress = model.progress
        let glyphs = frame.canvas.glyphs
        frame.canvas.put("What is done and what is still missing", x: body.x + 1, y: body.y, role: .heading)
        let tally = "\(progress.done.count) of \(progress.items.count) done"
        frame.canvas.put(tally, x: body.maxX - DisplayWidth.of(tally) - 1, y: body.y, role: .muted)
        let list = model.list
        for (index, item) in progress.items.enumerated() {
            let y = body.y + 2 + index
            guard y < body.maxY - 4 else { break }
            let selected = index == list.selected && model.focused
            let role: Role = selected ? .tableSelected : .normal
            frame.canvas.fill(Rect(x: body.x, y: y, width: body.width, height: 1), role: role)
            let mark = item.done ? String(glyphs.check) : String(glyphs.bullet)
            frame.canvas.put(" \(mark) ", x: body.x, y: y, role: selected ? role : (item.done ? .ok : .warning))
            let target = Section.tabs(of: item.location.stage)[Section.tab(for: item.location)].title
            let arrow = item.done ? "" : "\(glyphs.arrowRight) \(target)"
            let arrowWidth = DisplayWidth.of(arrow)
            frame.canvas.putFitted(item.label, x: body.x + 4, y: y, role: item.done && !selected ? .muted : role,
                             maxWidth: body.width - 6 - arrowWidth)
            frame.canvas.put(arrow, x: body.maxX - arrowWidth - 1, y: y, role: selected ? role : .muted)
            frame.regions.append(HitRegion(rect: Rect(x: body.x, y: y, width: body.width, height: 1), target: .row(index)))
        }
        drawFindings(&frame.canvas, model.findings, in: body)
    }

    /// The stage's most serious findings, at the foot of the overview.
    private static func drawFindings(_ canvas: inout Canvas, _ here: [Finding], in body: Rect) {
        let top = body.maxY - 4
        guard top > body.y + 2 else { return }
        canvas.hline(x: body.x + 1, y: top, length: body.width - 2, role: .border)
        if here.isEmpty {
            canvas.put("No errors or warnings in this stage.", x: body.x + 1, y: top + 1, role: .ok)
            return
        }
        let errors = here.filter { $0.severity == .error }.count
        canvas.putFitted("\(counted(errors, "error")), \(counted(here.count - errors, "warning")) in this stage (f lists them all):",
                   x: body.x + 1, y: top + 1, role: errors > 0 ? .error : .warning, maxWidth: body.width - 2)
        for (offset, finding) in here.prefix(2).enumerated() {
            let role: Role = finding.severity == .error ? .error : .warning
            canvas.putFitted("\(canvas.glyphs.bullet) \(finding.message)", x: body.x + 1, y: top + 2 + offset, role: role,
                       maxWidth: body.width - 2)
        }
    }
}
