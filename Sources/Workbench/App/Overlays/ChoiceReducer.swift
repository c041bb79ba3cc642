import PlanDomain

/// A question about the session (quitting with unsaved changes, a recovery file, a takeover, a merge
/// conflict): a key of an option answers it, Esc gives the dialog's escape answer.
enum ChoiceReducer: OverlayReducer {
    static var scope: OverlayCase<ChoiceDialog> {
        OverlayCase(Overlay.choice) { if case .choice(let dialog) = $0 { dialog } else { nil } }
    }

    static func reduce(_ state: inout AppState, _ dialog: inout ChoiceDialog, _ key: Key) -> [Effect] {
        let action: ChoiceAction
        if state.keymap.command(for: key, in: [.choice]) == .cancel {
            action = dialog.escape
        } else if case .char(let c) = key, let option = dialog.options.first(where: { $0.key == c }) {
            action = option.action
        } else {
            return []
        }
        state.overlay = nil
        switch action {
        case .close:
            if !state.unsavedEdits.isEmpty {
                state.notice = Notice("Still here; \(state.keymap.label(.retrySave, in: .editing)) saves again.")
            } else if state.isReadOnly {
                state.notice = Notice("Still read-only; \(state.keymap.label(.takeOver, in: .editing)) asks again.")
            }
            return []
        case .saveAndQuit:
            guard let pending = state.pendingEdit else {
                state.quitting = true
                return [.quit]
            }
            state.quitAfterSave = true
            state.saveState = .saving
            return [.save(pending)]
        case .quitKeepingRecovery:
            guard let unsaved = state.unsaved else {
                state.quitting = true
                return [.quit]
            }
            return [.keepRecovery(unsaved, quit: true)]
        case .quitDiscarding:
            state.quitting = true
            state.farewell = "socle: \(state.unsaved?.count ?? "the changes") not saved, thrown away as asked."
            return [.quit]
        case .restore(let offer):
            let rebased: (edits: [Edit], renamed: [(from: EntityID, to: EntityID)])
            do {
                rebased = try state.plan.rebasing(offer.edits)
            } catch {
                state.notice = Notice("Cannot restore them (\(error.description)); the file stays: \(offer.path)", .error)
                return []
            }
            let edit = rebased.edits.count == 1 ? rebased.edits[0] : Edit.batch(rebased.edits)
            let effects = Reducer.commit(&state, edit) + [.removeRecovery(path: offer.path)]
            if !rebased.renamed.isEmpty {
                let moves = rebased.renamed.map { "\($0.from) is \($0.to)" }.joined(separator: ", ")
                state.notice = Notice("Restored: \(moves) now (the old ids were taken meanwhile).")
            }
            return effects
        case .discard(let offer):
            state.notice = Notice("Discarded the unsaved changes of the earlier session.")
            return [.removeRecovery(path: offer.path)]
        case .keepForLater(let offer):
            state.notice = Notice("Kept for later: \(offer.path)")
            return []
        case .takeOver:
            return [.takeOver]
        case .follow(let name):
            return Reducer.startFollowing(&state, name)
        case .resolveConflict(let conflict, let side):
            return Reducer.resolve(&state, conflict, choosing: side)
        }
    }
}
