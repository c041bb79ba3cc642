import Testing
import PlanDomain
@testable import Workbench

/// Every widget drawn into tiny and empty buffers, as ratatui tests its widgets: it must not crash,
/// and must draw nothing outside the rect it was given.
struct WidgetBufferTests {
    /// Empty, one cell, a sliver, and a normal size.
    static let sizes = [(0, 0), (1, 1), (10, 3), (3, 10), (80, 24)]

    /// Draws with `draw` on a canvas of `columns`×`rows` and checks every cell outside `rect` is blank.
    static func check(_ widget: String, columns: Int, rows: Int, rect: Rect, draw: (inout Frame) -> Void,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        var frame = Frame(canvas: Canvas(width: columns, height: rows))
        let blank = frame.canvas
        draw(&frame)
        var outside: [String] = []
        for y in 0..<rows {
            for x in 0..<columns where !rect.contains(x: x, y: y) && frame.canvas[x, y] != blank[x, y] {
                outside.append("(\(x),\(y)) \"\(frame.canvas[x, y].text)\"")
            }
        }
        #expect(outside.isEmpty, "\(widget) at \(columns)x\(rows) drew outside \(rect): \(outside.prefix(8))",
                sourceLocation: sourceLocation)
    }

    /// A widget given a rect: drawn at (2, 1) in a canvas with room around it, and alone in a canvas of its size.
    static func checkInRect(_ widget: String, draw: (inout Frame, Rect) -> Void,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        for (width, height) in sizes {
            let rect = Rect(x: 2, y: 1, width: width, height: height)
            check(widget, columns: width + 4, rows: height + 2, rect: rect, draw: { draw(&$0, rect) },
                  sourceLocation: sourceLocation)
            let whole = Rect(x: 0, y: 0, width: width, height: height)
            check(widget, columns: width, rows: height, rect: whole, draw: { draw(&$0, whole) },
                  sourceLocation: sourceLocation)
        }
    }

    /// A widget placed by the layout: drawn in a screen of each size, within `rect` of that layout.
    static func checkInLayout(_ widget: String, rect: (Layout) -> Rect, draw: (inout Frame, Layout) -> Void,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        for (columns, rows) in sizes {
            let layout = Layout(columns: columns, rows: rows)
            check(widget, columns: columns, rows: rows, rect: rect(layout), draw: { draw(&$0, layout) },
                  sourceLocation: sourceLocation)
        }
    }

    static func state(on section: Section) throws -> AppState {
        var state = AppState(plan: try examplePlan(), planName: "kibara")
        state.open(section)
        return state
    }

    @Test func heatMap() throws {
        let model = HeatMapView.Model(try Self.state(on: .panel(.heatMap)))
        Self.checkInRect("heat map") { HeatMapView.draw(&$0, model: model, area: $1) }
    }

    /// Every panel, in each of its views (`m`), drawn from its view model.
    @Test(arguments: Panel.allCases) func panel(_ panel: Panel) throws {
        for mode in panel.views.indices {
            var state = try Self.state(on: .panel(panel))
            state.list.mode = mode
            Self.checkInRect("\(panel.title) panel, view \(mode)") { PanelView.draw(&$0, state: state, panel: panel, area: $1) }
        }
    }

    @Test func chart() {
        Self.checkInRect("cost chart") { frame, rect in
            CostChart.draw(&frame.canvas, x: rect.x, y: rect.y, width: rect.width,
                           values: [(0, 3), (1, 5), (2, 1)], maximum: 8, ceiling: 6)
        }
    }

    @Test func dialog() {
        Self.checkInRect("dialog frame") { frame, rect in _ = OverlayView.dialog(&frame.canvas, rect, title: "A long title") }
        let choice = ChoiceDialog(title: "Quit?", text: "1 change is not saved: the disk is full.",
                                  options: [.init(key: "s", label: "save again, then quit", action: .saveAndQuit),
                                            .init(key: "c", label: "or Esc: cancel", action: .close)],
                                  escape: .close)
        Self.checkInLayout("choice dialog", rect: { ChoiceDialogView.rect(choice, layout: $0) }) { frame, layout in
            ChoiceDialogView.draw(&frame.canvas, dialog: choice, layout: layout)
        }
    }

    @Test func table() throws {
        var state = try Self.state(on: .table(.scheme))
        for (columns, rows) in Self.sizes {
            state.size = TerminalSize(columns: columns, rows: rows)
            let layout = Layout(columns: columns, rows: rows)
            Self.check("table", columns: columns, rows: rows, rect: TableView.rect(layout)) {
                TableView.draw(&$0, model: .init(state, kind: .scheme), layout: layout)
            }
        }
    }

    @Test func form() throws {
        let state = try Self.state(on: .table(.scheme))
        let form = FormState.entity(state.plan.stocktake.schemes[0], isNew: false, numbers: state.numbers)
        Self.checkInLayout("form", rect: \.form) { FormView.draw(&$0, form: form, model: .init(state, layout: $1), layout: $1) }
    }

    @Test func picker() throws {
        let state = try Self.state(on: .table(.scheme))
        let picker = PickerState(title: "Institution", options: state.plan.foundations.stakeholders.map {
            PickerState.Option(value: $0.id, label: $0.name)
        }, multiple: true, checked: [])
        Self.checkInLayout("picker", rect: { PickerView.rect(options: picker.visible.count, layout: $0) }) {
            PickerView.draw(&$0.canvas, picker: picker, layout: $1, keys: .standard)
        }
    }

    @Test func chrome() throws {
        let state = try Self.state(on: .table(.scheme))
        Self.checkInLayout("header", rect: \.header) { HeaderView.draw(&$0.canvas, meta: state.plan.meta, layout: $1) }
        Self.checkInLayout("rail", rect: \.rail) { RailView.draw(&$0, progress: state.progress, current: .stocktake, layout: $1) }
        // The tab bar and the rule under it.
        Self.checkInLayout("tab bar", rect: { Rect(x: $0.tabBar.x, y: $0.tabBar.y, width: $0.tabBar.width, height: 2) }) {
            TabBarView.draw(&$0, model: .init(state), layout: $1)
        }
    }

    @Test func overviewAndRecord() throws {
        let overview = try Self.state(on: .overview)
        Self.checkInLayout("overview", rect: \.body) { OverviewView.draw(&$0, model: .init(overview), layout: $1) }
        let details = try Self.state(on: .record(.details))
        Self.checkInLayout("record", rect: \.body) { RecordView.draw(&$0, model: .init(details, form: .details), layout: $1) }
    }

    @Test func statusLine() throws {
        var state = try Self.state(on: .table(.scheme))
        state.notice = Notice("A notice longer than any status line could ever hold, to be cut where it must be.")
        Self.checkInLayout("status line", rect: \.status) { StatusView.draw(&$0.canvas, model: .init(state), layout: $1) }
        state.notice = nil
        Self.checkInLayout("status line with hints", rect: \.status) { StatusView.draw(&$0.canvas, model: .init(state), layout: $1) }
    }
}
