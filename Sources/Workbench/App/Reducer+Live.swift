import PlanDomain
import PlanStore

/// Several sessions on one plan folder: who else is there, follow mode, and the plan changing on
/// disk under a session that only looks.
extension Reducer {
    /// The theme follow mode and presentations use when the user chose none.
    static let projectorTheme = "projector"

    static func othersChanged(_ state: inout AppState, _ others: [Presence]) -> [Effect] {
        state.others = others
        if state.following != nil {
            // The screen moved (or its leader left): what was said about the last key is stale.
            state.notice = nil
            track(&state)
        }
        return []
    }

    /// plan.json changed on disk; the session shows the plan as it is now.
    static func reloaded(_ state: inout AppState, _ plan: Plan) -> [Effect] {
        guard plan != state.plan else { return [] }
        state.plan = plan
        state.refresh()
        clampList(&state)
        return []
    }

    /// The session followed, when it is in the plan: an editor first, then any other session of that name.
    static func followed(_ state: AppState) -> Presence? {
        guard let name = state.following else { return nil }
        let matching = state.others.filter { $0.answers(to: name) && $0.activity != .following }
        return matching.first { $0.activity == .editing } ?? matching.first
    }

    /// Moves to the stage, tab and row of the session followed.
    static func track(_ state: inout AppState) {
        guard let leader = followed(state), let stage = Stage(rawValue: leader.stage) else { return }
        state.overlay = nil
        state.stage = stage
        state.tab = min(max(leader.tab, 0), Section.tabs(of: stage).count - 1)
        state.focus = .panel
        var list = state.list
        list.selected = leader.row
        list.clamp(count: state.rowCount, visible: layout(state).listHeight)
        state.list = list
    }

    /// `F` on the main screen: choose whom to follow among the other sessions.
    static func askFollow(_ state: inout AppState) -> [Effect] {
        let leaders = state.others.filter { $0.activity != .following && $0.activity != .presenting }
        guard !leaders.isEmpty else {
            state.notice = Notice("No one else has this plan open; there is no one to follow.")
            return []
        }
        let keys = Array("123456789")
        var names: [String] = []
        for leader in leaders where !names.contains(leader.name) { names.append(leader.name) }
        let options = zip(keys, names).map { key, name in
            let place = leaders.first { $0.name == name }.map { placeWords($0) } ?? ""
            return ChoiceDialog.Option(key: key, label: "\(name) (\(place))", action: .follow(name))
        }
        state.overlay = .choice(ChoiceDialog(
            title: "Follow a session",
            text: "Show the stage and tab another session is on, as it moves, read-only and large, in the projector "
                + "theme. \(state.keymap.label(.follow, in: .following)) or Esc stops following.",
            options: options + [.init(key: "c", label: "or \(state.keymap.label(.cancel, in: .choice)): cancel",
                                      action: .close)],
            escape: .close))
        return []
    }

    static func startFollowing(_ state: inout AppState, _ name: String) -> [Effect] {
        state.following = name
        state.overlay = nil
        track(&state)
        state.notice = Notice(followed(state) == nil ? "Following \(name): waiting for them to open the plan."
                              : "Following \(name). \(state.keymap.label(.follow, in: .following)) stops.")
        guard state.themeName != projectorTheme, state.themeNames.contains(projectorTheme) else { return [] }
        state.themeBeforeFollowing = state.themeName
        state.themeName = projectorTheme
        return [.setTheme(projectorTheme)]
    }

    /// Keys while following: only stopping, quitting and the theme; everything else is the leader's.
    static func followingKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        state.notice = nil
        switch state.keymap.command(for: key, in: [.following]) {
        case .follow?:
            let name = state.following ?? ""
            state.following = nil
            state.notice = Notice("Stopped following \(name).")
            guard let theme = state.themeBeforeFollowing else { return [] }
            state.themeBeforeFollowing = nil
            state.themeName = theme
            return [.setTheme(theme)]
        case .quit?:
            return askQuit(&state)
        case .cycleTheme?:
            return cycleTheme(&state)
        default:
            state.notice = Notice("Following \(state.following ?? ""): the screen moves with them. "
                + "\(state.keymap.label(.follow, in: .following)) stops, \(state.keymap.label(.quit, in: .following)) quits.",
                .warning)
            return []
        }
    }

    /// "stage 3", or what a session that is not editing does ("following amina"; short: "following").
    static func placeWords(_ other: Presence, short: Bool = false) -> String {
        switch other.activity {
        case .following: short ? "following" : "following \(other.following ?? "someone")"
        case .presenting: "presenting"
        case .editing, .viewing: "stage \(other.stage)"
        }
    }

    /// "2 others: amina (stage 3), joão (stage 1)", in at most `room` columns where a shorter
    /// wording fits ("proj (following)" for "proj (following amina)"); nil when alone.
    static func othersText(_ others: [Presence], room: Int = .max) -> String? {
        guard !others.isEmpty else { return nil }
        let head = "\(others.count) other\(others.count == 1 ? "" : "s"): "
        let full = head + others.map { "\($0.name) (\(placeWords($0)))" }.joined(separator: ", ")
        guard DisplayWidth.of(full) > room else { return full }
        return head + others.map { "\($0.name) (\(placeWords($0, short: true)))" }.joined(separator: ", ")
    }
}

/// Editing beside other sessions: their saves taken in, and the fields both changed, chosen.
extension Reducer {
    /// This session's save merged what others saved meanwhile.
    static func savedMerging(_ state: inout AppState, _ plan: Plan, conflicts: [PlanConflict], others: [String],
                             renumbered: [String] = []) -> [Effect]
    {
        let effects = reduce(&state, .saved)
        state.plan = plan
        state.refresh()
        clampList(&state)
        if !others.isEmpty {
            state.lastOthers = others
            state.notice = Notice("Saved, with the changes \(others.joined(separator: ", ")) made meanwhile"
                + (renumbered.isEmpty ? "." : "; ids taken meanwhile: \(renumbered.joined(separator: ", "))."))
        }
        state.conflictQueue += conflicts
        showNextConflict(&state)
        return effects
    }

    /// Another session saved: the plan is theirs now, with this session's unsaved changes (a failed
    /// save) kept on top, merged field by field.
    static func othersSaved(_ state: inout AppState, _ others: OthersSaved) -> [Effect] {
        state.lastOthers = others.names
        var plan = others.plan
        if state.plan != others.before,
           let merged = try? Plan.mergeLater(base: others.before, ours: state.plan, theirs: others.plan, oursBy: "you",
                                        theirsBy: others.names.joined(separator: ", ")) {
            plan = merged.plan
            state.conflictQueue += merged.conflicts
        }
        state.plan = plan
        state.refresh()
        clampList(&state)
        if state.notice == nil || state.overlay == nil, let last = others.entries.last {
            let who = others.names.joined(separator: ", ")
            state.notice = Notice("\(who) \(last.summary)" + (others.entries.count > 1 ? " (and more)." : "."))
        }
        showNextConflict(&state)
        return []
    }

    /// Opens the chooser for the next field this session and another changed differently, when
    /// nothing else is on screen.
    static func showNextConflict(_ state: inout AppState) {
        guard state.overlay == nil, !state.isReadOnly else { return }
        while let conflict = state.conflictQueue.first {
            state.conflictQueue.removeFirst()
            // Resolved meanwhile (by another session, or by undo): nothing to ask.
            guard state.plan.conflicts?.contains(conflict) == true else { continue }
            state.overlay = .choice(conflictDialog(conflict, plan: state.plan, numbers: state.numbers, live: true))
            return
        }
    }

    /// The edit a form's save makes when the plan changed under it (another session saved the item
    /// or record since the form opened): the form's changes merged with theirs, field by field,
    /// from `base` (the plan as the form found it) and `ours` (with the form's values). Fields both
    /// changed keep the form's value and are recorded as conflicts, to be chosen.
    static func rebased(_ state: AppState, base: Plan, ours: Plan) -> (edit: Edit?, conflicts: [PlanConflict]) {
        let who = state.lastOthers.isEmpty ? "another session" : state.lastOthers.joined(separator: ", ")
        guard let merged = try? Plan.mergeLater(base: base, ours: ours, theirs: state.plan, oursBy: "you", theirsBy: who)
        else {
            return (state.plan.changes(to: ours), [])
        }
        var plan = merged.plan
        plan.schemaVersion = state.plan.schemaVersion
        return (state.plan.changes(to: plan), merged.conflicts)
    }
}
