import PlanDomain

/// The right side: the stage's heading and question, its tabs, and the current tab.
enum StageView {
    static func draw(_ frame: inout Frame, state: AppState, layout: Layout) {
        let heading = layout.stageHeading
        let progress = state.progress[state.stage.rawValue]
        let big = "\(state.stage.rawValue) \(state.stage.title)"
        if state.following != nil, BigText.fits(big, in: heading.width - 2) {
            // Follow mode, for a room: the stage in letters three rows high.
            BigText.draw(&frame.canvas, big, x: heading.x + 1, y: heading.y, role: .heading)
            let done = "\(progress.done.count)/\(progress.items.count)"
            frame.canvas.put(done, x: heading.maxX - DisplayWidth.of(done) - 1, y: heading.y + 1,
                             role: progress.missing.isEmpty ? .ok : .muted)
            drawTab(&frame, state: state, layout: layout)
            return
        }
        var x = heading.x + 1
        x += frame.canvas.put("\(state.stage.rawValue)  \(state.stage.title.uppercased())", x: x, y: heading.y,
                              role: .heading, attributes: .bold)
        let missing = progress.missing.count
        let summary = missing == 0 ? "complete" : "\(missing) still missing"
        let summaryWidth = DisplayWidth.of(summary)
        frame.canvas.put(summary, x: heading.maxX - summaryWidth - 1, y: heading.y,
                         role: missing == 0 ? .ok : .warning)
        let question = TextWrap.lines(state.stage.guidingQuestion, width: heading.width - 2)
        for (offset, line) in question.prefix(2).enumerated() {
            frame.canvas.putFitted(line, x: heading.x + 1, y: heading.y + 1 + offset, role: .muted, maxWidth: heading.width - 2)
        }
        drawTab(&frame, state: state, layout: layout)
    }

    /// The tab bar and the current tab.
    static func drawTab(_ frame: inout Frame, state: AppState, layout: Layout) {
        TabBarView.draw(&frame, state: state, layout: layout)
        switch state.section {
        case .overview: OverviewView.draw(&frame, state: state, layout: layout)
        case .table(let kind): TableView.draw(&frame, state: state, kind: kind, layout: layout)
        case .record(let form): RecordView.draw(&frame, state: state, form: form, layout: layout)
        case .panel(let panel): PanelView.draw(&frame, state: state, panel: panel, layout: layout)
        }
    }
}

/// The stage's tabs on one line, scrolled so the current tab shows.
enum TabBarView {
    static func draw(_ frame: inout Frame, state: AppState, layout: Layout) {
        let bar = layout.tabBar
        let tabs = Section.tabs(of: state.stage)
        let counts = tabs.map { count($0, state) }
        let widths = tabs.indices.map { DisplayWidth.of(tabs[$0].title) + DisplayWidth.of(counts[$0]) + 2 }
        // Scroll so the current tab is visible, keeping one column at each end for arrows.
        var first = 0
        while widths[first...state.tab].reduce(0, +) + (first > 0 ? 3 : 2) > bar.width && first < state.tab { first += 1 }
        var x = bar.x + 1
        if first > 0 { x += frame.canvas.put(String(frame.canvas.glyphs.arrowLeft), x: bar.x, y: bar.y, role: .muted) }
        for index in first..<tabs.count {
            let width = widths[index]
            if x + width > bar.maxX - 1 {
                frame.canvas.put(String(frame.canvas.glyphs.arrowRight), x: bar.maxX - 1, y: bar.y, role: .muted)
                break
            }
            let active = index == state.tab
            let role: Role = active ? .tabActive : .tab
            var at = x + frame.canvas.put(" \(tabs[index].title)", x: x, y: bar.y, role: role, attributes: active ? .bold : [])
            at += frame.canvas.put(counts[index], x: at, y: bar.y, role: active ? role : .muted)
            frame.canvas.put(" ", x: at, y: bar.y, role: role)
            frame.regions.append(HitRegion(rect: Rect(x: x, y: bar.y, width: width, height: 1), target: .tab(index)))
            x += width
        }
        frame.canvas.hline(x: bar.x, y: bar.y + 1, length: bar.width, role: state.focus == .panel ? .borderFocus : .border)
    }

    private static func count(_ tab: Section, _ state: AppState) -> String {
        guard case .table(let kind) = tab else { return "" }
        return "·\(state.plan.count(kind))"
    }
}
