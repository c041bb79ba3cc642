import ArgumentParser
import CursesTerminal
import Foundation
import PlanDomain
import PlanReports
import PlanStore
import Workbench

/// `socle [DIR]`: the workbench.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the workbench on a plan folder (the default command).",
        discussion: "Without DIR, opens the demo plan in $XDG_DATA_HOME/socle/demo (made from the bundled example).")

    @Argument(help: "The plan folder. Leave out to open the demo plan.", completion: .directory) var dir: String?
    @Option(help: "Colour theme: default, light, projector, mono, or one of yours (unset: default or light, as the terminal's background is dark or light).",
            completion: .custom { _, _, prefix in ThemeCatalog.standard().names.filter { $0.hasPrefix(prefix) } }) var theme: String?
    @Flag(name: .customLong("no-color"), help: "No colours, attributes only (as NO_COLOR does).") var noColor = false
    @Flag(help: "Draw with ASCII only.") var ascii = false
    @Flag(help: "Take the plan's lock over from the session holding it (it then saves nothing more).") var force = false
    @Option(name: .customLong("follow"), help: ArgumentHelp(
        "Show what the session of NAME (a user name) is on, live: its stage and tab, read-only and large, in the projector theme unless --theme says otherwise.",
        valueName: "NAME")) var follow: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let folder = try dir.map { URL(fileURLWithPath: $0) } ?? Demo.prepare()
        let (config, problem) = Settings.load(environment: environment)
        var notices = problem.map { [$0] } ?? []
        let store: PlanStore
        do {
            store = try PlanStore.open(at: folder, user: config.userName, author: Authorship.name(for: folder), force: force,
                                       backupsToKeep: config.backups, readOnly: follow.map { "following \($0)" },
                                       share: config.sharedEditing)
        } catch {
            throw Failure(description: "socle: \(error)")
        }
        defer { store.close() }

        let catalog = ThemeCatalog.standard(environment: environment)
        // No theme asked for: one that reads on the terminal's background (asked before curses starts).
        let detected = theme ?? config.theme == nil && follow == nil ? BackgroundQuery.detect(environment: environment) : nil
        // Following is for a projector: its theme unless one is asked for on the command line.
        let requested = theme ?? (follow == nil ? nil : "projector")
        let loaded = catalog.loadOrFallback(TerminalBackground.theme(requested: requested, configured: config.theme,
                                                                     detected: detected))
        if let problem = loaded.error { notices.append(problem.shortDescription + " — using the default theme.") }

        let terminal = try Open.terminal(theme: loaded.theme, noColor: noColor, ascii: ascii || config.ascii)
        defer { terminal.shutdown() }

        let session = StoreSession(store: store, place: RecoveryPlace(folder: store.folder.url, environment: environment),
                                   idleLimitMinutes: config.lockIdleMinutes)
        defer { session.stopGuarding() }
        let access: Access = switch store.mode {
        case .readWrite: .readWrite
        case .readOnly(.heldBy(let holder, _)):
            // Short enough for an 80-column status line; the full story is in docs/GUARANTEES.md.
            .readOnly("\(StoreSession.who(holder)) is editing it")
        case .readOnly(let reason): .readOnly(reason.description)
        }
        var state = AppState(plan: store.plan, planName: folder.lastPathComponent, access: access,
                             themeName: loaded.theme.name, themeNames: catalog.names,
                             size: terminal.size,
                             localeNumbers: NumberConvention.fromEnvironment(environment), keymap: config.keymap,
                             analysesInBackground: true)
        notices += store.recoveryNotes
        if let migrated = store.migratedFrom {
            notices.append("plan.json was in schema \(migrated); it is saved in the current schema on the next change.")
        }
        if access == .readWrite {
            let found = session.offers()
            state.recoveryOffers = found.offers
            notices += found.problems
        }
        if !notices.isEmpty {
            // Problems with the user's files must be read, not glimpsed on the status line.
            state.overlay = .message(title: "Before you start", text: notices.joined(separator: "\n\n"))
        } else if let note = terminal.localeNote {
            state.notice = Notice(note)
        } else if access == .readWrite {
            state.notice = Notice(KeyReference.welcome(config.keymap))
        }
        state.lockHolder = store.mode.holder.map(StoreSession.who)
        if let follow {
            state.following = follow
            state.notice = nil
        }
        let live = LiveFolder(folder: store.folder,
                              presence: .of(name: config.userName, user: store.identity.user, host: store.identity.host,
                                            pid: store.identity.pid, since: Date(),
                                            activity: follow != nil ? .following : access == .readWrite ? .editing : .viewing,
                                            following: follow),
                              reloads: access != .readWrite, store: config.sharedEditing ? store : nil)
        defer { live.leave() }
        terminal.wakeDescriptors = live.descriptor.map { [$0] } ?? []
        if state.overlay == nil, let holder = session.holder(), holder.canBeTakenOver {
            _ = Reducer.reduce(&state, .holderChecked(holder))
        }
        let device: TerminalDevice = CrashHook.wrap(terminal, environment: environment)
        let app = App(state: state, terminal: device, saver: session,
                      themes: { name in try? catalog.load(name) },
                      exporter: { plan, kind, replacing in
                          let folder = store.folder
                          let file = kind.isDocument
                              ? try PlanStore.writeExport(named: kind.fileName, folder: folder.url, replacing: replacing) {
                                  try DocumentFiles.data(plan, format: DocumentFiles.format(of: kind), date: DocumentCommand.today(),
                                                         numbers: Output.numbers(for: plan), templates: folder.documentTemplates())
                              }
                              : try PlanStore.export(kind, of: plan, folder: folder.url, replacing: replacing, stamp: Date())
                          return "\(PlanFolder.exportsFolderName)/\(file.lastPathComponent)"
                      },
                      session: session, today: { Open.today() }, live: live)
        app.run()
        terminal.shutdown()
        do {
            // Edits are committed by their journal lines; plan.json gets the last of them now.
            try store.flush()
        } catch {
            Output.error("socle: plan.json could not be written (\(error)). Your changes are kept in the journal; "
                + "the next `socle open` writes them to plan.json.")
        }
        store.close()
        session.stopGuarding()
        if let farewell = app.state.farewell { Output.error(farewell) }
        // Ended by SIGTERM, SIGHUP or SIGINT: the shell's convention, 128 + the signal.
        if let signal = terminal.receivedSignal { throw ExitCode(128 + signal) }
    }
}

extension Open {
    /// Curses started on the terminal with `theme`, or the reason it cannot be, for the user.
    static func terminal(theme: Theme, noColor: Bool, ascii: Bool) throws -> CursesTerminal {
        do {
            return try CursesTerminal(theme: theme, options: .init(colors: noColor ? ColorDepth.none : nil, ascii: ascii))
        } catch {
            throw Failure(description: error.description)
        }
    }

    /// Today's date where the user is, for what is late and the Gantt chart's today line.
    static func today() -> Day {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(year: 2000, month: 1, day: 1)!
    }
}
