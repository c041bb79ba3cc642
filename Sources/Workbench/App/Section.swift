import PlanDomain

/// One tab of a stage: its overview, a collection shown as a table, or a record shown as fields.
public enum Section: Hashable, Sendable {
    case overview
    case table(EntityKind)
    case record(RecordForm)
    /// A view computed from the plan: a matrix, a ranking, a chart, a timeline, a report.
    case panel(Panel)

    public var title: String {
        switch self {
        case .overview: "Overview"
        case .table(let kind): kind.tabTitle
        case .record(let form): form.tabTitle
        case .panel(let panel): panel.title
        }
    }

    public var panel: Panel? { if case .panel(let panel) = self { panel } else { nil } }

    /// The tabs of each stage, in order.
    public static func tabs(of stage: Stage) -> [Section] {
        switch stage {
        case .foundations:
            [.overview, .record(.details), .record(.mandate), .table(.stakeholder), .table(.committeeMember),
             .table(.readiness), .table(.study), .table(.expertSupport), .record(.document)]
        case .stocktake:
            [.overview, .table(.indicator), .record(.economy), .table(.group), .table(.scheme), .table(.coverage),
             .panel(.heatMap),
             .table(.gap), .table(.reason)]
        case .strategy:
            [.overview, .record(.vision), .table(.objective), .table(.priority), .table(.criterion), .table(.score),
             .table(.measure), .table(.scenario), .panel(.cost), .panel(.scenarios), .panel(.burden), .table(.role), .table(.phase),
             .table(.approval), .table(.consultation), .table(.publicAction), .panel(.ranking),
             .panel(.roleMatrix), .table(.option), .table(.acceptance)]
        case .actionPlan:
            [.overview, .record(.timetable), .table(.activity), .panel(.gantt), .panel(.late), .panel(.budget),
             .table(.pledge), .table(.appropriation), .panel(.funding)]
        case .administration:
            [.overview, .table(.capacity), .table(.costCeiling), .panel(.adminCosts), .panel(.capacityMatrix),
             .table(.service)]
        case .monitoring:
            [.overview, .table(.outcome), .table(.resultIndicator), .table(.actual)]
        case .evaluation:
            [.overview, .table(.question), .table(.finding), .table(.recommendation)]
        }
    }

    /// The tab where `location` is filled in.
    public static func tab(for location: Location) -> Int {
        let tabs = tabs(of: location.stage)
        if let kind = location.kind, let index = tabs.firstIndex(of: .table(kind)) { return index }
        if let kind = location.kind, let index = tabs.firstIndex(where: { $0.panel?.kinds.contains(kind) == true }) {
            return index
        }
        if case .record(let record)? = location.field?.owner, let index = tabs.firstIndex(of: .record(record)) {
            return index
        }
        return 0
    }
}

extension EntityKind {
    /// The short title of this kind's tab.
    public var tabTitle: String {
        switch self {
        case .stakeholder: "Stakeholders"
        case .committeeMember: "Committee"
        case .readiness: "Readiness"
        case .study: "Studies"
        case .expertSupport: "Experts"
        case .indicator: "Indicators"
        case .group: "Groups"
        case .scheme: "Schemes"
        case .coverage: "Coverage"
        case .gap: "Gaps"
        case .reason: "Reasons"
        case .objective: "Objectives"
        case .criterion: "Criteria"
        case .score: "Scores"
        case .priority: "Priorities"
        case .scenario: "Scenarios"
        case .measure: "Measures"
        case .option: "Options"
        case .role: "Roles"
        case .phase: "Phases"
        case .approval: "Approval"
        case .consultation: "Consultations"
        case .publicAction: "Communication"
        case .acceptance: "Acceptance"
        case .activity: "Activities"
        case .pledge: "Pledges"
        case .appropriation: "Appropriations"
        case .capacity: "Capacity"
        case .costCeiling: "Cost ceilings"
        case .service: "Service"
        case .outcome: "Outcomes"
        case .resultIndicator: "Indicators"
        case .actual: "Values"
        case .question: "Questions"
        case .finding: "Findings"
        case .recommendation: "Recommendations"
        }
    }
}

extension RecordForm {
    public var tabTitle: String {
        switch self {
        case .details: "Plan"
        case .mandate: "Mandate"
        case .economy: "Economy"
        case .vision: "Vision"
        case .timetable: "Timetable"
        case .document: "Document"
        }
    }
}

