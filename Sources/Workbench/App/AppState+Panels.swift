import PlanDomain

/// A line of the Gantt chart: a group's heading, or an activity.
public enum GanttRow: Equatable, Sendable {
    case group(title: String, activities: [Int])
    /// An activity, by its place in the plan.
    case activity(Int)
}

/// How the Gantt chart groups its rows (`m` cycles through them).
public enum GanttGrouping: Int, CaseIterable, Sendable {
    case measure, institution, criticalPath

    public init(mode: Int) { self = Self.allCases[((mode % 3) + 3) % 3] }

    public var label: String {
        switch self {
        case .measure: "by measure"
        case .institution: "by institution"
        case .criticalPath: "critical path only"
        }
    }
}

/// What the budget panel sums by (`m` cycles through them).
public enum BudgetGrouping: Int, CaseIterable, Sendable {
    case year, institution, source

    public init(mode: Int) { self = Self.allCases[((mode % 3) + 3) % 3] }

    public var label: String {
        switch self {
        case .year: "by year"
        case .institution: "by institution"
        case .source: "by funding source"
        }
    }
}

extension AppState {
    /// The Gantt chart's rows: groups with their activities, or the critical path alone; computed once
    /// per plan and grouping.
    public func ganttRows(_ grouping: GanttGrouping) -> [GanttRow] {
        panelCache.ganttRows(grouping) { computeGanttRows(grouping) }
    }

    private func computeGanttRows(_ grouping: GanttGrouping) -> [GanttRow] {
        let activities = plan.actionPlan.activities
        func grouped(_ keys: [EntityID], title: (EntityID) -> String, key: (Activity) -> EntityID?,
                     none: String, looseFirst: Bool) -> [GanttRow] {
            var members: [EntityID: [Int]] = [:]
            var loose: [Int] = []
            let known = Set(keys)
            for (index, activity) in activities.enumerated() {
                if let k = key(activity), known.contains(k) { members[k, default: []].append(index) } else { loose.append(index) }
            }
            var rows: [GanttRow] = []
            if !loose.isEmpty, looseFirst {
                rows.append(.group(title: none, activities: loose))
                rows += loose.map(GanttRow.activity)
            }
            for k in keys {
                guard let list = members.removeValue(forKey: k) else { continue }
                rows.append(.group(title: title(k), activities: list))
                rows += list.map(GanttRow.activity)
            }
            if !loose.isEmpty, !looseFirst {
                rows.append(.group(title: none, activities: loose))
                rows += loose.map(GanttRow.activity)
            }
            return rows
        }
        switch grouping {
        case .measure:
            return grouped(plan.strategy.measures.map(\.id), title: { id in "\(id) \(plan.name(.measure, id))" },
                           key: \.measureId, none: "Cross-cutting (no measure)", looseFirst: true)
        case .institution:
            return grouped(plan.foundations.stakeholders.map(\.id), title: { id in plan.name(.stakeholder, id) },
                           key: \.responsibleId, none: "No responsible institution", looseFirst: false)
        case .criticalPath:
            return schedule.criticalPath.map { .activity($0.index) }
        }
    }

    /// The late activities, most days late first.
    public var lateRows: [Lateness] {
        schedule.late.enumerated().sorted { ($1.element.daysLate, $0.offset) < ($0.element.daysLate, $1.offset) }
            .map(\.element)
    }

    /// The institutions of the capacity matrix: those assessed, in the order of the stakeholders.
    public var capacityInstitutions: [EntityID] {
        let assessed = plan.administration.capacities.map(\.institutionId)
        let known = plan.foundations.stakeholders.map(\.id).filter(Set(assessed).contains)
        var seen = Set(known)
        return known + assessed.filter { seen.insert($0).inserted }
    }

    /// How many rows a panel has.
    func panelRowCount(_ panel: Panel) -> Int {
        switch panel {
        case .gantt: ganttRows(GanttGrouping(mode: list.mode)).count
        case .late: schedule.late.count
        case .budget:
            switch BudgetGrouping(mode: list.mode) {
            case .year: max(1, budgetBreakdown.years.count)
            case .institution: budgetBreakdown.byInstitution.count
            case .source: budgetBreakdown.bySource.count
            }
        case .adminCosts: adminCostRatios.count
        case .capacityMatrix: capacityInstitutions.count
        case .funding, .burden: (plan.meta.years.map(\.count) ?? 0) + 1
        case .cost, .scenarios: plan.meta.years.map(\.count) ?? 0
        case .heatMap, .ranking, .roleMatrix: panel.rowCount(self)
        }
    }

    /// The row of a panel that stands for entity `id`, if one does.
    func panelRow(_ panel: Panel, id: EntityID) -> Int? {
        switch panel {
        case .adminCosts: adminCostRatios.firstIndex { $0.id == id }
        case .late: lateRows.firstIndex { $0.activityId == id }
        case .gantt: ganttRows(GanttGrouping(mode: list.mode)).firstIndex { row in
            if case .activity(let place) = row { plan.actionPlan.activities[place].id == id } else { false }
        }
        default: nil
        }
    }

    /// The entity the selected row of a panel stands for, which Enter opens.
    func panelEntity(_ panel: Panel) -> (any PlanEntity)? {
        let selected = list.selected
        switch panel {
        case .gantt:
            let rows = ganttRows(GanttGrouping(mode: list.mode))
            guard selected < rows.count, case .activity(let index) = rows[selected] else { return nil }
            return plan.actionPlan.activities[index]
        case .late:
            let rows = lateRows
            return selected < rows.count ? plan.entity(Activity.self, id: rows[selected].activityId) : nil
        case .adminCosts:
            let rows = adminCostRatios
            guard selected < rows.count else { return nil }
            return rows[selected].subject == .scheme ? plan.entity(Scheme.self, id: rows[selected].id)
                : plan.entity(Measure.self, id: rows[selected].id)
        default:
            return nil
        }
    }
}
