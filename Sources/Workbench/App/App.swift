import Foundation
import PlanDomain
import PlanStore

/// Where confirmed changes go: the plan store in the program, a recorder in tests.
public protocol PlanSaving: AnyObject {
    /// Writes `plan` durably and records `edit` in the journal; throws with a reason a user reads
    /// when either could not be written (then neither was).
    func save(_ plan: Plan, edit: Edit) throws
    /// Why writing plan.json after a save failed, once, when it is written after `save` returns
    /// (the edit itself is saved); nil when all is well.
    func takeWriteProblem() -> String?
}

extension PlanSaving {
    public func takeWriteProblem() -> String? { nil }
}

/// The loop: render the state, show it, read a key, reduce, carry out the effects.
public final class App {
    public private(set) var state: AppState
    private let terminal: TerminalDevice
    private let saver: PlanSaving?
    private let importer: CSVImporting
    private let themes: (String) -> Theme?
    private let exporter: ((Plan, ExportKind, _ replacing: Bool) throws -> String)?
    let session: SessionKeeping?
    private var lastFrame: Frame?
    /// The unsaved state last handed to ``SessionKeeping/prepareRecovery(_:)``.
    private var prepared: Unsaved?
    /// Computes the findings off the input thread when the state asks for it.
    private let analyst = BackgroundAnalyst()

    /// `exporter` writes an export of the plan (replacing an existing file only when told) and
    /// returns where it went, for the notice; it throws `ExportError.exists` to have the user asked.
    /// Without one, exports are refused.
    public init(state: AppState, terminal: TerminalDevice, saver: PlanSaving?, themes: @escaping (String) -> Theme?,
                importer: CSVImporting = StoreImporter(),
                exporter: ((Plan, ExportKind, _ replacing: Bool) throws -> String)? = nil,
                session: SessionKeeping? = nil) {
        var state = state
        state.size = (terminal.size.columns, terminal.size.rows)
        Reducer.offerRecovery(&state)
        self.state = state
        self.session = session
        self.terminal = terminal
        self.saver = saver
        self.importer = importer
        self.themes = themes
        self.exporter = exporter
        // With the rules run in the background, nothing long runs between an edit and its save,
        // so the recovery file is prepared after each key (when a save failed), not per edit.
        if !state.analysesInBackground {
            self.state.onPending = { [weak self] unsaved in self?.prepare(unsaved) }
        }
    }

    /// Runs until the user quits or the terminal goes away. Confirmed changes are saved as they
    /// happen, so leaving never needs a final save.
    public func run() {
        render()
        startAnalyses()
        while !state.quitting {
            // While the rules run in the background, look for their answer between keys.
            let waiting = state.analysesPending || analyst.isBusy
            guard let key = terminal.nextKey(timeoutMs: waiting ? 15 : -1) else {
                receiveAnalyses()
                continue
            }
            handle(key)
            receiveAnalyses()
        }
    }

    /// Starts the findings of the current plan off the input thread when they are asked for.
    private func startAnalyses() {
        guard state.analysesPending else { return }
        analyst.start(state.plan, numbers: state.numbers, request: state.analysisRequest)
    }

    /// Draws the findings that arrived, and starts the next analyses when the plan changed since.
    private func receiveAnalyses() {
        if let analysis = analyst.take() {
            let before = state.analysesPending
            state.receive(analysis)
            if before != state.analysesPending, !state.quitting { render() }
        }
        if state.analysesPending, !analyst.isBusy, analyst.lastRequest != state.analysisRequest { startAnalyses() }
    }

    /// Waits for the findings under way (tests and benchmarks drive the App key by key).
    public func finishAnalyses() {
        while state.analysesPending {
            if !analyst.isBusy, analyst.lastRequest != state.analysisRequest { startAnalyses() }
            analyst.wait()
            receiveAnalyses()
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
        keepSessionInStep()
        if let problem = saver?.takeWriteProblem() {
            state.notice = Notice("plan.json could not be written (\(problem)); your changes are safe in the journal "
                + "and are written on quit or on the next open.", .warning)
        }
        if !state.quitting { render() }
    }

    /// After each key: refresh the lock (and notice a takeover), and keep the unsaved state ready
    /// for a crash or a signal the loop cannot answer in time.
    ///
    /// A takeover noticed while a form is open waits for the form to close: Ctrl-S then confirms
    /// it, and since it cannot be saved any more, it goes to a recovery file like any change whose
    /// save failed; Esc drops it as usual.
    private func keepSessionInStep() {
        guard let session else { return }
        if !state.quitting, !state.isReadOnly, !session.heartbeat() {
            let holder = session.currentHolder()
            if case .form = state.overlay {
                state.notice = Notice("\(holder) took the plan over: Ctrl-S keeps this form in a recovery file.",
                                      .warning)
            } else {
                perform(Reducer.reduce(&state, .lockLost(holder: holder)))
            }
        }
        prepare(state.unsaved)
    }

    /// Hands the unsaved state to the session when it changed.
    private func prepare(_ unsaved: Unsaved?) {
        guard let session, unsaved != prepared else { return }
        session.prepareRecovery(unsaved)
        prepared = unsaved
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
                    perform(Reducer.reduce(&state, .saved))
                } catch PlanStoreError.lockLost(_, let holder) {
                    perform(Reducer.reduce(&state, .lockLost(holder: Self.who(holder))))
                } catch PlanStoreError.readOnly(_, .heldBy(let holder, _)) {
                    // The heartbeat saw the takeover first (while a form was open).
                    perform(Reducer.reduce(&state, .lockLost(holder: Self.who(holder))))
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
            case .keepRecovery(let quit):
                keepRecovery(quit: quit)
            case .removeRecovery(let path):
                // Only once what it held is safely in plan.json.
                guard state.saveState == .saved, state.unsavedEdits.isEmpty else { continue }
                do {
                    try session?.removeRecovery(path)
                } catch {
                    state.notice = Notice("Could not remove \(path): \(error)", .warning)
                }
            case .checkHolder:
                perform(Reducer.reduce(&state, .holderChecked(session?.holder())))
            case .takeOver:
                guard let session else { continue }
                do {
                    perform(Reducer.reduce(&state, .tookOver(try session.takeOver())))
                    state.recoveryOffers = session.recoveryOffers()
                    Reducer.offerRecovery(&state)
                } catch {
                    perform(Reducer.reduce(&state, .takeOverFailed(String(describing: error))))
                }
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

    private static func who(_ holder: LockInfo?) -> String {
        holder.map { "\($0.user)@\($0.host) (pid \($0.pid))" } ?? "another session"
    }

    private func keepRecovery(quit: Bool) {
        guard let unsaved = state.unsaved else {
            if quit { state.quitting = true }
            return
        }
        do {
            guard let session else { throw SessionMissing() }
            perform(Reducer.reduce(&state, .recoveryKept(path: try session.keepRecovery(unsaved))))
            session.prepareRecovery(nil)
            prepared = nil
            if quit { state.quitting = true }
        } catch {
            perform(Reducer.reduce(&state, .recoveryNotKept(String(describing: error))))
        }
    }

    private struct SessionMissing: Error, CustomStringConvertible {
        var description: String { "this session has no plan folder to keep them in" }
    }

    private func render() {
        let frame = Screen.render(state, glyphs: terminal.capabilities.glyphs)
        terminal.present(frame.canvas)
        lastFrame = frame
    }
}
