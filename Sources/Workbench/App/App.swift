import Foundation
import PlanDomain
import PlanStore

/// The loop: render the state, show it, read a key, send it to the reducer, carry out the effects
/// the reducer returns and send back what came of them. Only the reducer changes the state.
public final class App {
    public private(set) var state: AppState
    private let terminal: TerminalDevice
    private let effects: EffectRunner
    private var lastFrame: Frame?
    /// Computes the findings off the input thread when the state asks for them.
    private let analyst = BackgroundAnalyst()

    public init(state: AppState, terminal: TerminalDevice, environment: AppEnvironment) {
        self.state = state
        self.terminal = terminal
        self.effects = EffectRunner(environment)
        send(.opened(size: terminal.size, today: environment.today()))
    }

    /// The program's services: `saver` writes the plan, `themes` loads a theme by name, `exporter`
    /// writes an export of the plan (see ``AppEnvironment/exporter``), `session` keeps the lock and
    /// the recovery files, `today` reads the clock.
    public convenience init(state: AppState, terminal: TerminalDevice, saver: PlanSaving?,
                            themes: @escaping (String) -> Theme?, importer: CSVImporting = StoreImporter(),
                            exporter: ((Plan, ExportKind, _ replacing: Bool) throws -> String)? = nil,
                            session: SessionKeeping? = nil, today: @escaping () -> Day? = { nil },
                            live: LiveSession? = nil) {
        let services = AppEnvironment.terminal(terminal, themes: themes)
        self.init(state: state, terminal: terminal,
                  environment: AppEnvironment(saver: saver, importer: importer, exporter: exporter,
                                              setTheme: services.setTheme, suspend: services.suspend,
                                              session: session, today: today, live: live))
    }

    /// Runs until the user quits or the terminal goes away. Confirmed changes are saved as they
    /// happen, so leaving never needs a final save.
    public func run() {
        effects.environment.live?.moved(state)
        look()
        render()
        startAnalyses()
        while !state.quitting {
            // While the rules run in the background, look for their answer between keys; other
            // sessions' saves and moves wake the wait too (see `LiveSession`).
            let waiting = state.analysesPending || analyst.isBusy
            let liveWait = effects.environment.live?.waitMs(state) ?? -1
            let timeout = waiting ? (liveWait < 0 ? 15 : min(15, liveWait)) : liveWait
            if let key = terminal.nextKey(timeoutMs: timeout) { handle(key) }
            receiveAnalyses()
            if look(), !state.quitting {
                startAnalyses()
                render()
            }
        }
    }

    /// `startAnalyses()` unless the analyst is busy or has already started this request.
    private func startAnalysesIfDue() {
        if state.analysesPending, !analyst.isBusy, analyst.lastRequest != state.analysisRequest { startAnalyses() }
    }

    /// Starts the findings of the current plan off the input thread when they are asked for.
    private func startAnalyses() {
        guard state.analysesPending else { return }
        analyst.start(state.plan, numbers: state.numbers, today: state.today, schedule: state.sharedSchedule,
                      request: state.analysisRequest)
    }

    /// Draws the findings that arrived, and starts the next analyses when the plan changed since.
    private func receiveAnalyses() {
        if let analysis = analyst.take() {
            let before = state.analysesPending
            send(.analysed(analysis))
            if before != state.analysesPending, !state.quitting { render() }
        }
        startAnalysesIfDue()
    }

    /// Waits for the findings under way (tests and benchmarks drive the App key by key).
    public func finishAnalyses() {
        while state.analysesPending {
            startAnalysesIfDue()
            analyst.wait()
            receiveAnalyses()
        }
    }

    /// Takes in what other sessions changed in the plan folder; true when something did.
    @discardableResult
    public func look() -> Bool {
        guard let live = effects.environment.live else { return false }
        let actions = live.changes(state)
        for action in actions { send(action) }
        if !actions.isEmpty { live.moved(state) }
        return !actions.isEmpty
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
        send(action)
        // After each key: refresh the lock (and notice a takeover), and keep the unsaved state
        // ready for a crash or a signal the loop cannot answer in time.
        if let lost = effects.heartbeat(state) { send(lost) }
        effects.keepInStep(state.unsaved)
        if let problem = effects.environment.saver?.takeWriteProblem() { send(.planNotWritten(problem)) }
        effects.environment.live?.moved(state)
        // The analyses of an edit start before its frame is drawn: the rules that do not read the
        // schedule run while the frame works it out (see `SharedSchedule`).
        startAnalysesIfDue()
        if !state.quitting { render() }
    }

    /// `action` through the reducer, then each effect in turn, each one's outcome sent back first.
    private func send(_ action: Action) {
        for effect in Reducer.reduce(&state, action) {
            if let outcome = effects.run(effect, on: state) { send(outcome) }
        }
    }

    private func render() {
        let frame = Screen.render(state, glyphs: terminal.capabilities.glyphs)
        terminal.present(frame.canvas)
        lastFrame = frame
    }
}
