import PlanDomain
import PlanFormat

/// What every panel's view model holds besides its own data: the plan (to name what the panel shows;
/// what it computes from the plan comes from the panel cache), the schedule and today, how figures
/// read, the list the panel scrolls and whether the panel has the keys.
struct PanelContext {
    let plan: Plan
    /// The schedule, worked out (or waited for) only when a panel that shows dates reads it.
    var schedule: Schedule { sharedSchedule.value }
    private let sharedSchedule: SharedSchedule
    let today: Day
    let figures: Figures
    let list: ListState
    /// Whether the panel has the keys: the selected row is then drawn in the table's selection colour.
    let focused: Bool

    init(_ state: AppState) {
        plan = state.plan
        sharedSchedule = state.sharedSchedule
        today = state.today
        figures = state.figures
        list = state.list
        focused = state.focus == .panel
    }

    /// A row's background: selected, alternate or plain.
    func rowRole(_ index: Int) -> Role {
        index == list.selected ? (focused ? .tableSelected : .selection) : (index % 2 == 1 ? .tableRowAlt : .normal)
    }
}

/// A panel view's model: the little the view draws, built from the state by `init(_ state:)` out of
/// cached values (``PanelCache``), so drawing a frame computes nothing from the plan. Through
/// `context`, `model.plan`, `model.list`, `model.figures`… read as the model's own.
protocol PanelModel {
    var context: PanelContext { get }
}

extension PanelModel {
    subscript<T>(dynamicMember path: KeyPath<PanelContext, T>) -> T { context[keyPath: path] }
}
