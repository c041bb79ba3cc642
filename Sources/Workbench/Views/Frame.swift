import PlanDomain

/// A place on screen a click selects.
public struct HitRegion: Equatable, Sendable {
    public var rect: Rect
    public var target: HitTarget
}

/// What one render produces: the picture and where clicks land.
public struct Frame {
    public var canvas: Canvas
    public var regions: [HitRegion] = []

    /// Runs `draw` with drawing limited to `rect` (see ``Canvas/clipped(to:_:)``).
    public mutating func clipped<T>(to rect: Rect, _ draw: (inout Frame) throws -> T) rethrows -> T {
        let saved = canvas.drawable
        canvas.drawable = saved.intersection(rect)
        defer { canvas.drawable = saved }
        return try draw(&self)
    }

    /// The target under (x, y); later regions (overlays) win.
    public func target(x: Int, y: Int) -> HitTarget? {
        regions.last { $0.rect.contains(x: x, y: y) }?.target
    }
}

/// Renders the whole screen from the state. Pure: the same state gives the same frame.
///
/// `Screen`, `StageView`, `PanelView` and `OverlayView` are the composers: they turn the state into
/// each view's model (the little it draws). Every other view takes its model, never the `AppState`
/// (`ViewSourceTests` checks it).
public enum Screen {
    public static func render(_ state: AppState, glyphs: Glyphs = .unicode) -> Frame {
        var layout = Layout(columns: state.size.columns, rows: state.size.rows)
        layout.railHidden = state.following != nil
        var frame = Frame(canvas: Canvas(width: max(1, layout.columns), height: max(1, layout.rows), glyphs: glyphs))
        if layout.isTooSmall {
            TooSmallView.draw(&frame.canvas, layout: layout)
            return frame
        }
        if state.slide != nil {
            drawSlide(&frame, state: state, layout: layout)
            if let overlay = state.overlay { OverlayView.draw(&frame, overlay: overlay, state: state, layout: layout) }
            return frame
        }
        HeaderView.draw(&frame.canvas, meta: state.plan.meta, following: state.following, layout: layout)
        if !layout.railHidden {
            RailView.draw(&frame, progress: state.progress, current: state.stage, layout: layout)
            frame.canvas.vline(x: layout.rail.maxX, y: layout.rail.y, length: layout.rail.height,
                               role: state.focus == .rail ? .borderFocus : .border)
        }
        StageView.draw(&frame, state: state, layout: layout)
        let status = StatusView.Model(state)
        StatusView.draw(&frame.canvas, model: status, layout: layout)
        if let overlay = state.overlay {
            OverlayView.draw(&frame, overlay: overlay, state: state, layout: layout)
        }
        StatusView.drawLongNotice(&frame.canvas, model: status, layout: layout)
        return frame
    }

    /// A presentation's slide, and its picture: the stage's panel drawn as on its tab.
    private static func drawSlide(_ frame: inout Frame, state: AppState, layout: Layout) {
        guard let (stage, panel, area) = SlideView.draw(&frame, model: .init(state), layout: layout),
              let tab = Section.tabs(of: stage).firstIndex(of: .panel(panel)) else { return }
        var view = state
        view.stage = stage
        view.tab = tab
        view.focus = .rail
        PanelView.draw(&frame, state: view, panel: panel, area: area)
        // A slide is not clicked through: the picture's rows are not targets.
        frame.regions.removeAll()
    }
}

/// Shown instead of the workbench when the terminal is below the minimum size.
enum TooSmallView {
    static func draw(_ canvas: inout Canvas, layout: Layout) {
        let paragraphs = [
            ("Socle needs a terminal of at least \(Layout.minimumColumns)x\(Layout.minimumRows); this one is "
                + "\(layout.columns)x\(layout.rows).", Role.warning),
            ("Enlarge the window or make the font smaller. The plan is safe, and Socle carries on when there "
                + "is room.", Role.normal),
            ("q quits.", Role.muted),
        ]
        let width = max(1, layout.columns - 2)
        let lines = paragraphs.flatMap { text, role in TextWrap.lines(text, width: width).map { ($0, role) } }
        let top = max(0, (layout.rows - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let x = max(0, (layout.columns - DisplayWidth.of(line.0)) / 2)
            canvas.put(line.0, x: x, y: top + index, role: line.1)
        }
    }
}
