import PlanDomain
import PlanStore

/// Quitting, signals, recovery files and taking a lock over.
///
/// What counts as confirmed: a change applied with a form's Save (Ctrl-S), a `y` to a question,
/// an undo, a redo or an import. Each is saved at once; one whose save failed stays in memory
/// (`unsavedEdits`) until a save succeeds, and is never dropped silently: quitting asks, and a
/// signal, a crash or a takeover writes it to a recovery file. A form still being filled in is
/// not confirmed: a signal closes it as Esc would.
extension Reducer {
    /// SIGTERM, SIGHUP, SIGINT or a terminal gone: quit now, keeping unsaved changes.
    static func terminate(_ state: inout AppState) -> [Effect] {
        state.quitting = true
        state.terminated = true
        guard let unsaved = state.unsaved else { return [.quit] }
        return [.keepRecovery(unsaved, quit: true)]
    }

    /// `q` or Ctrl-C: quits at once when everything is saved, otherwise asks.
    static func askQuit(_ state: inout AppState) -> [Effect] {
        guard let unsaved = state.unsaved else {
            state.quitting = true
            return [.quit]
        }
        state.overlay = .choice(ChoiceDialog(
            title: "Quit with unsaved changes?",
            text: "\(unsaved.count) confirmed in this session \(unsaved.edits.count == 1 ? "is" : "are") not saved: "
                + "\(unsaved.reason).",
            options: [
                .init(key: "s", label: "save again, then quit", action: .saveAndQuit),
                .init(key: "k", label: "quit, keeping them in a recovery file (offered at the next open)",
                      action: .quitKeepingRecovery),
                .init(key: "x", label: "quit and throw them away", action: .quitDiscarding),
                .init(key: "c", label: "or \(state.keymap.label(.cancel, in: .choice)): cancel, stay here", action: .close),
            ],
            escape: .close))
        return []
    }

    /// Shows the next recovery file to offer, when nothing else is on screen.
    static func offerRecovery(_ state: inout AppState) {
        guard state.overlay == nil, !state.isReadOnly, !state.recoveryOffers.isEmpty else { return }
        let offer = state.recoveryOffers.removeFirst()
        state.overlay = .choice(ChoiceDialog(
            title: "Unsaved changes from an earlier session",
            text: "\(offer.summary).\nKept in \(offer.path).",
            options: [
                .init(key: "r", label: "restore them into the plan (as one change, saved at once; \(state.keymap.label(.undo, in: .editing)) undoes it)",
                      action: .restore(offer)),
                .init(key: "d", label: "discard them (the file is deleted)", action: .discard(offer)),
                .init(key: "k", label: "or \(state.keymap.label(.cancel, in: .choice)): keep the file for later (asked again at the next open)",
                      action: .keepForLater(offer)),
            ],
            escape: .keepForLater(offer)))
    }

    /// The outcome of a session effect.
    static func session(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .lockLost(let holder):
            state.access = .readOnly("\(holder) took the plan over")
            state.lockHolder = holder
            state.quitAfterSave = false
            if !state.unsavedEdits.isEmpty {
                state.saveState = .failed("\(holder) took the plan over")
                return state.unsaved.map { [.keepRecovery($0, quit: false)] } ?? []
            }
            state.saveState = .saved
            state.overlay = .message(title: "This session is read-only now",
                                     text: "\(holder) took the plan over. Everything this session confirmed was "
                                         + "saved before; from now on it can only look.")
        case .heartbeatFailed(let holder):
            // A form open when the takeover is noticed stays open: Ctrl-S then confirms it, and since
            // it cannot be saved any more, it goes to a recovery file like any change whose save
            // failed; Esc drops it as usual.
            guard case .form = state.overlay else { return session(&state, .lockLost(holder: holder)) }
            state.notice = Notice("\(holder) took the plan over: \(state.keymap.label(.confirm, in: .form)) keeps this form in a recovery file.", .warning)
        case .recoveryKept(let path, let quit):
            let count = state.unsaved?.count ?? "The changes"
            let one = count == "1 change"
            state.unsavedEdits = []
            if case .failed = state.saveState { state.saveState = .saved }
            state.farewell = "socle: \(count) that could not be saved \(one ? "was" : "were") kept in "
                + "\(path); the next session on this plan offers to restore \(one ? "it" : "them")."
            if !state.quitting, case .readOnly(let reason) = state.access {
                state.overlay = .message(title: "This session is read-only now",
                                         text: "\(reason). \(count) confirmed here could not be saved "
                                             + "and \(one ? "is" : "are") kept in \(path); the next session on this plan "
                                             + "offers to restore \(one ? "it" : "them").")
                state.notice = Notice("Not saved: \(reason); kept in a recovery file.", .warning)
            }
            if quit { state.quitting = true }
        case .recoveryNotKept(let problem):
            if state.terminated {
                state.farewell = "socle: \(state.unsaved?.count ?? "changes") could not be saved nor kept: \(problem)."
            } else {
                state.quitting = false
            }
            state.notice = Notice("Could not keep the unsaved changes in a recovery file: \(problem).", .error)
        case .holderChecked(let report):
            guard let report else {
                state.notice = Notice("No session holds the plan now; open it again to edit.")
                break
            }
            guard report.canBeTakenOver else {
                state.overlay = .message(
                    title: "The plan is in use",
                    text: "\(report.who) is active: a key was pressed there within the last "
                        + "\(report.idleLimitMinutes) minutes. Ask them to quit; or press \(state.keymap.label(.takeOver, in: .editing)) again once that session is "
                        + "stopped (a frozen connection) or idle for \(report.idleLimitMinutes) minutes "
                        + "(lock_idle_minutes in config.toml). To take it over anyway, quit and run socle with --force: "
                        + "that session then saves nothing more, and keeps what it could not save in a recovery file.")
                break
            }
            state.overlay = .choice(ChoiceDialog(
                title: "Take the plan over?",
                text: "\(report.who) holds this plan, but \(report.stateText). If you take it over, that session "
                    + "becomes read-only and saves nothing more; changes it could not save go to a recovery file.",
                options: [
                    .init(key: "y", label: "take it over and edit here", action: .takeOver),
                    .init(key: "n", label: "or \(state.keymap.label(.cancel, in: .choice)): stay read-only", action: .close),
                ],
                escape: .close))
        case .recoveryNotRemoved(let path, let problem):
            state.notice = Notice("Could not remove \(path): \(problem)", .warning)
        case .tookOver(let plan, let offers):
            state.plan = plan
            state.access = .readWrite
            state.lockHolder = nil
            state.saveState = .saved
            state.undoStack = []
            state.redoStack = []
            state.unsavedEdits = []
            state.refresh()
            clampList(&state)
            state.notice = Notice("You hold the plan now; the other session can no longer save.")
            state.recoveryOffers = offers
            offerRecovery(&state)
        case .takeOverFailed(let problem):
            state.notice = Notice("Not taken over: \(problem).", .error)
        default:
            break
        }
        return []
    }
}
