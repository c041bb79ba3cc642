import PlanDomain
import PlanReports

/// The tabs that show something computed from the plan rather than one collection or record.
public enum Panel: Hashable, CaseIterable, Sendable {
    /// Stage 1: contingencies by groups, coloured by coverage band, gaps marked; or the gap list.
    case heatMap
    /// Stage 2: the gaps ranked by their weighted scores; overall or by stakeholder group.
    case ranking
    /// Stage 2: institutions by functions for each measure; or each measure's leads.
    case roleMatrix
    /// Stage 2: the selected scenario's cost by year, as a table and a bar chart.
    case cost
    /// Stage 2: every scenario's cost side by side.
    case scenarios
    /// Stage 2: everyone's financial burden: who pays the financed scenario, year by year.
    case burden
    /// Stage 3: the timetable, the activities late against it, the budget spread over time.
    case gantt, late, budget
    /// Stage 3: the timetable for commitment: the costed plan against appropriations and pledges, the gap.
    case funding
    /// Stage 4: administrative cost ratios against their ceilings; institutions' capacity.
    case adminCosts, capacityMatrix

    public var title: String {
        switch self {
        case .heatMap: "Heat map"
        case .ranking: "Ranking"
        case .roleMatrix: "Role matrix"
        case .cost: "Cost"
        case .scenarios: "Compare"
        case .burden: "Burden"
        case .gantt: "Gantt"
        case .late: "Late"
        case .budget: "Budget"
        case .funding: "Funding"
        case .adminCosts: "Admin costs"
        case .capacityMatrix: "Capacity matrix"
        }
    }

    /// The kinds of entity whose findings a panel shows, for stages that have no table of them.
    public var kinds: [EntityKind] {
        switch self {
        case .gantt, .late: [.activity]
        case .adminCosts: [.scheme, .measure]
        default: []
        }
    }

    /// The keys the status line shows on this panel.
    var hints: [KeyHint] {
        switch self {
        case .heatMap: [KeyHint(.scrollBack, .scrollForward, words: "group"), KeyHint(.open, words: "assess"),
                        KeyHint(.mode, words: "gap list / ABND")]
        case .ranking: [KeyHint(.open, words: "gap"), KeyHint(.mode, words: "by group")]
        case .roleMatrix: [KeyHint(.open, words: "roles"), KeyHint(.mode, words: "view")]
        case .cost: [KeyHint(.up, .down, words: "year"), KeyHint(.mode, words: "scenario"), KeyHint(.zoom, words: "scale")]
        case .scenarios: [KeyHint(.up, .down, words: "year"), KeyHint(.scrollBack, .scrollForward, words: "scroll")]
        case .gantt: [KeyHint(.open, words: "edit"), KeyHint(.zoom, words: "zoom"),
                      KeyHint(.scrollBack, .scrollForward, words: "time"), KeyHint(.mode, words: "group"),
                      KeyHint(.export, words: "export")]
        case .late: [KeyHint(.open, words: "edit"), KeyHint(.export, words: "export")]
        case .budget: [KeyHint(.mode, words: "year/institution/source"), KeyHint(.export, words: "export")]
        case .funding: [KeyHint(.up, .down, words: "year")]
        case .burden: [KeyHint(.up, .down, words: "year"), KeyHint(.mode, words: "shares / measures")]
        case .adminCosts: [KeyHint(.open, words: "edit")]
        case .capacityMatrix: []
        }
    }

    /// What Enter says on a panel whose rows are not entities.
    var openNotice: String? {
        switch self {
        case .cost, .scenarios:
            "Costs are computed from the measures, scenarios and economy; edit those tabs to change them."
        case .budget: "The budget adds up the activities' budgets; edit them in the Activities tab."
        case .capacityMatrix: "Edit capacity ratings in the Capacity tab."
        case .funding: "The funding gap follows from the costing, the Appropriations and the Pledges tabs; edit those."
        case .burden: "Who pays follows from each measure's financing and contribution terms; edit them in the Measures tab."
        default: nil
        }
    }
}

extension Panel {
    /// The table a report panel shows in view `mode` (`m`); nil for the other panels.
    public func report(plan: Plan, numbers: NumberConvention, schedule: Schedule? = nil, mode: Int = 0) -> ReportTable? {
        switch self {
        case .funding: FundingReport.table(plan, numbers: numbers, schedule: schedule)
        case .burden: BurdenReport.table(plan, numbers: numbers, view: mode)
        default: nil
        }
    }

    /// Every view of a report panel, as `socle show` prints them; empty for the other panels.
    public func reports(plan: Plan, numbers: NumberConvention) -> [ReportTable] {
        switch self {
        case .funding: [FundingReport.table(plan, numbers: numbers)]
        case .burden: BurdenReport.tables(plan, numbers: numbers)
        default: []
        }
    }
}
