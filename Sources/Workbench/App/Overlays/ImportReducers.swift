import PlanDomain
import PlanStore

/// `i`: the CSV file's path typed on the status line; Enter reads it, Esc imports nothing.
enum ImportPathReducer: OverlayReducer {
    static var scope: OverlayCase<(kind: ImportKind, input: TextInput)> {
        OverlayCase({ .importPath($0.kind, $0.input) }) { if case .importPath(let kind, let input) = $0 { (kind, input) } else { nil } }
    }

    static func reduce(_ state: inout AppState, _ local: inout (kind: ImportKind, input: TextInput), _ key: Key) -> [Effect] {
        switch state.keymap.command(for: key, in: [.prompt]) {
        case .confirm:
            state.overlay = nil
            let path = local.input.text.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else {
                state.notice = Notice("No file given; nothing imported.")
                return []
            }
            state.notice = Notice("Reading \(path)…")
            return [.importCSV(local.kind, path: path)]
        case .cancel:
            state.overlay = nil
            state.notice = Notice("Nothing imported.")
        default:
            Reducer.editText(&local.input, key, state.keymap)
        }
        return []
    }
}

/// What an import would change, before it is applied.
enum ImportReviewReducer: OverlayReducer {
    static var scope: OverlayCase<ImportReview> {
        OverlayCase(Overlay.importReview) { if case .importReview(let review) = $0 { review } else { nil } }
    }

    /// y applies a valid import, s the valid rows of one with problems; the edit goes through the
    /// normal commit, so it is saved, journaled and undoable.
    static func reduce(_ state: inout AppState, _ review: inout ImportReview, _ key: Key) -> [Effect] {
        let keys = state.keymap
        let page = ImportView.reviewRows(Reducer.layout(state))
        switch keys.command(for: key, in: [.importReview]) {
        case let command? where command == .confirm || command == .importValidRows:
            let skipping = command == .importValidRows
            guard !review.result.isRefused else {
                state.notice = Notice("The file cannot be read as a whole: correct it at the place named; \(keys.label(.cancel, in: .importReview)) closes.", .warning)
                return []
            }
            guard review.result.isValid || skipping else {
                state.notice = Notice("Some rows have problems: \(keys.label(.importValidRows, in: .importReview)) imports the valid rows only, \(keys.label(.cancel, in: .importReview)) imports nothing.", .warning)
                return []
            }
            guard let edit = review.result.edit else {
                state.notice = Notice("No valid row changes anything; nothing imported.", .warning)
                return []
            }
            state.overlay = nil
            let effects = Reducer.commit(&state, edit)
            if !effects.isEmpty {
                let result = review.result
                let skipped = result.invalidRows.count
                state.notice = Notice("Imported: \(result.inserted) added, \(result.updated) changed"
                    + (skipped > 0 ? ", \(counted(skipped, "row")) skipped" : "") + ". \(keys.label(.undo, in: .editing)) undoes it.")
            }
            return effects
        case .cancel:
            state.overlay = nil
            state.notice = Notice("Nothing imported.")
        case .down: review.scroll += 1
        case .up: review.scroll = max(0, review.scroll - 1)
        case .pageDown: review.scroll += page
        case .pageUp: review.scroll = max(0, review.scroll - page)
        default: break
        }
        return []
    }
}
