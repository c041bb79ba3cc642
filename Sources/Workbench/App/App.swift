import Foundation
import PlanDomain
import PlanStore

/// Where confirmed changes go: the plan store in the program, a recorder in tests.
public protocol PlanSaving: AnyObject {
    /// Writes `plan` durably and records `edit` in the journal; throws with a reason a user reads
    /// when either could not be written (then neither was).
    func save(_ plan: Plan, edit: Edit) throws
}

/// The loop: render the state, show it, read a key, reduce, carry out the effects.
public final class App {
    public private(set) var state: AppState
    private let terminal: TerminalDevice
    private let saver: PlanSaving?
    private let importer: CSVImporting
    private let themes: (String) -> Theme?
    private let exporter: ((Plan, ExportKind, _ replacing: Bool) throws -> String)?
    private var lastFrame: Frame?

    /// `exporter` writes an export of the plan (replacing an existing file only when told) and
    /// returns where it went, for the notice; it throws `ExportError.exists` to have the user asked.
    /// Without one, exports are refused.
    public init(state: AppState, terminal: TerminalDevice, saver: PlanSaving?, themes: @escaping (String) -> Theme?,
                importer: CSVImporting = StoreImporter(),
                exporter: ((Plan, ExportKind, _ replacing: Bool) throws -> String)? = nil) {
        var state = state
        state.size = (terminal.size.columns, terminal.size.rows)
        self.state = state
        self.terminal = terminal
        self.saver = saver
        self.importer = importer
        self.themes = themes
        self.exporter = exporter
    }

    /// Runs until the user quits or the terminal goes away. Confirmed changes are saved as they
    /// happen, so leaving never needs a final save.
    public func run() {
        render()
        while !state.quitting {
            guard let key = terminal.nextKey(timeoutMs: -1) else { continue }
            handle(key)
        }
    }

    /// One key through the reducer, its effects, and a new frame.
    public func handle(_ key: Key) {
        var action = Action.key(key)
        if case .mouse(let event) = key {
            guard let frame = lastFrame else { return }
            switch event.kind {
            case .click:
                guard let target = frame.target(x: event.x, y: event.y) else { return }
                action = .click(target)
            case .scrollUp: action = .key(.up)
            case .scrollDown: action = .key(.down)
            }
        }
        perform(Reducer.reduce(&state, action))
        if !state.quitting { render() }
    }

    private func perform(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .save(let edit):
                guard let saver else {
                    _ = Reducer.reduce(&state, .saved)
                    continue
                }
                do {
                    try saver.save(state.plan, edit: edit)
                    _ = Reducer.reduce(&state, .saved)
                } catch {
                    _ = Reducer.reduce(&state, .saveFailed(String(describing: error)))
                }
            case .setTheme(let name):
                if let theme = themes(name) { terminal.setTheme(theme) }
            case .suspend:
                terminal.suspend()
                state.size = (terminal.size.columns, terminal.size.rows)
            case .quit:
                state.quitting = true
            case .importCSV(let kind, let path):
                perform(Reducer.reduce(&state, .imported(importer.preview(kind, path: path, plan: state.plan))))
            case .export(let kind, let replacing):
                guard let exporter else {
                    state.notice = Notice("Exports need a plan folder to write to.", .warning)
                    continue
                }
                do {
                    state.notice = Notice("Exported \(try exporter(state.plan, kind, replacing)).")
                } catch ExportError.exists {
                    state.overlay = .confirmExport(kind)
                } catch {
                    state.notice = Notice("Not exported: \(error)", .error)
                }
            }
        }
    }

    private func render() {
        let frame = Screen.render(state, glyphs: terminal.capabilities.glyphs)
        terminal.present(frame.canvas)
        lastFrame = frame
    }
}
