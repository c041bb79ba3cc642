import PlanDomain

/// Merge conflicts (see `PlanConflict`): Enter on one in the findings list opens a chooser of
/// base, ours or theirs, and the choice is applied as one edit, saved and undoable like any other.
extension Reducer {
    /// Validation lists the conflicts in their stored order, all as errors, so the n-th conflict
    /// finding is the n-th stored conflict (two conflicts may share a field: benefit amount and text).
    static func openConflictChooser(_ state: inout AppState, finding index: Int, of findings: [Finding]) {
        let position = findings[..<index].filter { $0.rule == .mergeConflict }.count
        let conflicts = state.plan.conflicts ?? []
        guard position < conflicts.count else { return }
        state.overlay = .choice(conflictDialog(conflicts[position], plan: state.plan, numbers: state.numbers))
    }

    static func conflictDialog(_ conflict: PlanConflict, plan: Plan, numbers: NumberConvention, live: Bool = false)
        -> ChoiceDialog
    {
        var place = conflict.place
        if let kind = conflict.kind, let id = conflict.id, let entity = plan.entity(kind, id: id), !entity.title.isEmpty {
            place = "\(kind.label) \(id) \"\(entity.title)\"" + (conflict.fieldWords.map { ", \($0)" } ?? "")
        }
        let wholeEntity = conflict.kind != nil && conflict.field == nil
        let other = conflict.theirsBy ?? "another session"
        var text = live
            ? (wholeEntity ? "While you edited, \(other) deleted \(place), which you changed."
                : "While you edited, \(other) changed \(place) too.")
                + " Yours is kept until you choose; both are here, and the choice is saved like an edit (u undoes it)."
            : (wholeEntity ? "Two versions of this plan disagree on \(place): one side deleted it, the other changed it."
                : "Two versions of this plan changed \(place) differently.")
                + " The plan holds ours until you choose; the choice is saved like an edit (u undoes it)."
        if let time = conflict.time, !live { text += " Merged \(time)." }
        func label(_ side: PlanConflict.Side, _ name: String, _ by: String?) -> String {
            let who = by.map { " (\($0))" } ?? ""
            let value = conflict.describe(side, numbers: numbers)
            return "\(name)\(who): \(value)" + (side == .ours ? ", as now" : "")
        }
        return ChoiceDialog(
            title: live ? "Changed by someone else too" : "Merge conflict",
            text: text,
            options: [
                .init(key: "o", label: live ? label(.ours, "Yours", nil) : label(.ours, "Ours", conflict.oursBy),
                      action: .resolveConflict(conflict, .ours)),
                .init(key: "t", label: label(.theirs, "Theirs", conflict.theirsBy), action: .resolveConflict(conflict, .theirs)),
                .init(key: "b", label: label(.base, "Base, before either change", nil),
                      action: .resolveConflict(conflict, .base)),
                .init(key: "l", label: "Later: leave it for now (f lists it)", action: .close),
            ],
            escape: .close)
    }

    static func resolve(_ state: inout AppState, _ conflict: PlanConflict, choosing side: PlanConflict.Side) -> [Effect] {
        if case .readOnly(let reason) = state.access {
            state.notice = Notice("Read-only (\(reason)): the conflict stays.", .error)
            return []
        }
        let edit: Edit
        do {
            edit = try state.plan.resolution(of: conflict, choosing: side)
        } catch {
            state.notice = Notice("Not resolved: \(error.description).", .error)
            return []
        }
        let effects = commit(&state, edit)
        if state.plan.conflicts?.contains(conflict) != true {
            state.notice = Notice("Chose \(side.rawValue) for \(conflict.place): \(conflict.describe(side, numbers: state.numbers)).")
        }
        return effects
    }
}
