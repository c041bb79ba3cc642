import PlanDomain

/// A presentation (`socle present DIR`): the plan, then one slide per stage, moved through with
/// the arrow keys. Nothing can be changed.
extension Reducer {
    /// Slide 0 is the plan as a whole; slide n + 1 is stage n.
    public static var slideCount: Int { Stage.allCases.count + 1 }

    static func slideKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        state.notice = nil
        let current = state.slide ?? 0
        switch state.keymap.command(for: key, in: [.slides]) {
        case .right?: state.slide = min(current + 1, slideCount - 1)
        case .left?: state.slide = max(current - 1, 0)
        case .top?: state.slide = 0
        case .bottom?: state.slide = slideCount - 1
        case .stage(let stage)?: state.slide = stage.rawValue + 1
        case .cycleTheme?: return cycleTheme(&state)
        case .quit?:
            state.quitting = true
            return [.quit]
        default:
            state.notice = Notice("\(state.keymap.label(.right, in: .slides)) next slide, "
                + "\(state.keymap.label(.left, in: .slides)) previous, \(state.keymap.label(.quit, in: .slides)) ends.",
                .warning)
        }
        if let slide = state.slide, slide > 0, let stage = Stage(rawValue: slide - 1) { state.stage = stage }
        return []
    }
}
