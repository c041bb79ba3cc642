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
