import ArgumentParser
import CursesTerminal
import Foundation
import PlanDomain
import PlanStore
import Workbench

/// `socle present DIR`: the stages as slides, for a validation workshop.
struct Present: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the plan's stages as slides for a validation workshop (arrow keys; read-only).",
        discussion: """
            One slide for the plan, then one a stage: its title in big letters, its progress and key \
            figures, what is still missing, and its picture (the coverage heat map, the cost chart, the \
            Gantt chart, administrative costs). Right or Space: next; Left: back; 0-6: a stage's slide; \
            q or Esc: end. Nothing is changed; the slides follow the plan as others save it. The \
            projector theme is used unless --theme says otherwise.

            Exit codes: 0 ended with q; 2 the plan cannot be read, or the terminal cannot be used.
            """)

    @Argument(help: "The plan folder.", completion: .directory) var dir: String
    @Option(help: "Colour theme (default: projector).",
            completion: .custom { _, _, prefix in ThemeCatalog.standard().names.filter { $0.hasPrefix(prefix) } }) var theme: String?
    @Flag(name: .customLong("no-color"), help: "No colours, attributes only (as NO_COLOR does).") var noColor = false
    @Flag(help: "Draw with ASCII only.") var ascii = false
    @Option(help: ArgumentHelp("The slide to start on: 0 for the plan, 1 to 7 for stages 0 to 6.", valueName: "N"))
    var slide: Int = 0

    func validate() throws {
        guard (0..<Reducer.slideCount).contains(slide) else {
            throw ValidationError("--slide takes 0 to \(Reducer.slideCount - 1).")
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let folder = URL(fileURLWithPath: dir)
        let (config, _) = Settings.load(environment: environment)
        let store: PlanStore
        do {
            store = try PlanStore.open(at: folder, user: config.userName, readOnly: "presenting")
        } catch {
            throw Failure(description: "socle: \(error)")
        }
        defer { store.close() }
        let catalog = ThemeCatalog.standard(environment: environment)
        let loaded = catalog.loadOrFallback(theme ?? "projector")
        let terminal = try Open.terminal(theme: loaded.theme, noColor: noColor, ascii: ascii || config.ascii)
        defer { terminal.shutdown() }
        var state = AppState(plan: store.plan, planName: folder.lastPathComponent, access: .readOnly("presenting"),
                             themeName: loaded.theme.name, themeNames: catalog.names, size: terminal.size,
                             localeNumbers: NumberConvention.fromEnvironment(environment), keymap: config.keymap)
        state.slide = slide
        if slide > 0, let stage = Stage(rawValue: slide - 1) { state.stage = stage }
        let live = LiveFolder(folder: store.folder,
                              presence: .of(name: config.userName, user: store.identity.user, host: store.identity.host,
                                            pid: store.identity.pid, since: Date(), activity: .presenting),
                              reloads: true)
        defer { live.leave() }
        terminal.wakeDescriptors = live.descriptor.map { [$0] } ?? []
        let app = App(state: state, terminal: CrashHook.wrap(terminal, environment: environment), saver: nil,
                      themes: { name in try? catalog.load(name) }, today: { Open.today() }, live: live)
        app.run()
        terminal.shutdown()
        live.leave()
        if let signal = terminal.receivedSignal { throw ExitCode(128 + signal) }
    }
}
