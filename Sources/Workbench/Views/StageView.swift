import PlanDomain

/// The right side: the stage's heading and question, its tabs, and the current tab. A composer: it
/// gives each view its model.
enum StageView {
    static func draw(_ frame: inout Frame, state: AppState, layout: Layout) {
        // Follow mode, for a room: the stage in letters three rows high.
        StageHeadingView.draw(&frame.canvas, stage: state.stage, progress: state.progress[state.stage.rawValue],
                              big: state.following != nil, layout: layout)
        TabBarView.draw(&frame, model: .init(state), layout: layout)
        switch state.section {
        case .overview: OverviewView.draw(&frame, model: .init(state), layout: layout)
        case .table(let kind): TableView.draw(&frame, model: .init(state, kind: kind), layout: layout)
        case .record(let form): RecordView.draw(&frame, model: .init(state, form: form), layout: layout)
        case .panel(let panel): PanelView.draw(&frame, state: state, panel: panel, area: layout.body)
        }
    }
}

/// The stage's number, title, completeness and guiding question.
enum StageHeadingView {
    /// `big`: the number and title in ``BigText`` where they fit, with the count of what is done.
    static func draw(_ canvas: inout Canvas, stage: Stage, progress: StageProgress, big: Bool = false, layout: Layout) {
        let heading = layout.stageHeading
        let title = "\(stage.rawValue) \(stage.title)"
        if big, BigText.fits(title, in: heading.width - 2) {
            BigText.draw(&canvas, title, x: heading.x + 1, y: heading.y, role: .headingLarge)
            let done = "\(progress.done.count)/\(progress.items.count)"
            canvas.put(done, x: heading.maxX - DisplayWidth.of(done) - 1, y: heading.y + 1,
                       role: progress.missing.isEmpty ? .ok : .muted)
            return
        }
        var x = heading.x + 1
        x += canvas.put("\(stage.rawValue)  \(stage.title.uppercased())", x: x, y: heading.y,
                        role: .heading, attributes: .bold)
        let missing = progress.missing.count
        let summary = missing == 0 ? "complete" : "\(missing) still missing"
        let summaryWidth = DisplayWidth.of(summary)
        canvas.put(summary, x: heading.maxX - summaryWidth - 1, y: heading.y, role: missing == 0 ? .ok : .warning)
        let question = TextWrap.lines(stage.guidingQuestion, width: heading.width - 2)
        for (offset, line) in question.prefix(2).enumerated() {
            canvas.putFitted(line, x: heading.x + 1, y: heading.y + 1 + offset, role: .muted, maxWidth: heading.width - 2)
        }
    }
}

/// The stage's tabs on one line, scrolled so the current tab shows.
enum TabBarView {
    struct Model {
        /// The tabs' titles, each with its count ("·12" for a table, "" for the others).
        var tabs: [(title: String, count: String)]
        var current: Int
        var focused: Bool

        init(_ state: AppState) {
            tabs = Section.tabs(of: state.stage).map { tab in
                guard case .table(let kind) = tab else { return (tab.title, "") }
                return (tab.title, "·\(state.plan.count(kind))")
            }
            current = state.tab
            focused = state.focus == .panel
        }
    }

    static func draw(_ frame: inout Frame, model: Model, layout: Layout) {
        let bar = layout.tabBar
        let tabs = model.tabs.map(\.title)
        let counts = model.tabs.map(\.count)
        let widths = tabs.indices.map { DisplayWidth.of(tabs[$0]) + DisplayWidth.of(counts[$0]) + 2 }
        // Scroll so the current tab is visible, keeping one column at each end for arrows.
        var first = 0
        while widths[first...model.current].reduce(0, +) + (first > 0 ? 3 : 2) > bar.width && first < model.current { first += 1 }
        var x = bar.x + 1
        if first > 0 { x += frame.canvas.put(String(frame.canvas.glyphs.arrowLeft), x: bar.x, y: bar.y, role: .muted) }
        for index in first..<tabs.count {
            let width = widths[index]
            if x + width > bar.maxX - 1 {
                frame.canvas.put(String(frame.canvas.glyphs.arrowRight), x: bar.maxX - 1, y: bar.y, role: .muted)
                break
            }
            let active = index == model.current
            let role: Role = active ? .tabActive : .tab
            var at = x + frame.canvas.put(" \(tabs[index])", x: x, y: bar.y, role: role, attributes: active ? .bold : [])
            at += frame.canvas.put(counts[index], x: at, y: bar.y, role: active ? role : .muted)
            frame.canvas.put(" ", x: at, y: bar.y, role: role)
            frame.regions.append(HitRegion(rect: Rect(x: x, y: bar.y, width: width, height: 1), target: .tab(index)))
            x += width
        }
        frame.canvas.hline(x: bar.x, y: bar.y + 1, length: bar.width, role: model.focused ? .borderFocus : .border)
    }
}
