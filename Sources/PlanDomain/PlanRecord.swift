/// A single-valued part of a plan that is replaced as a whole.
public enum PlanRecord: Codable, Equatable, Sendable {
    case meta(PlanMeta)
    case mandate(Mandate)
    case leadMinistry(EntityID?)
    case economy(Economy)
    case coverageThreshold(Double)
    case vision(String)
    case actionPlanStart(Day?)
    /// The merge conflicts not yet resolved (see `PlanConflict`).
    case conflicts([PlanConflict])
    /// One chapter's text of the strategy document ("" removes it).
    case narrative(NarrativeSection, String)
    case documentVersion(String)

    public var label: String {
        switch self {
        case .meta: "plan details"
        case .mandate: "mandate"
        case .leadMinistry: "lead ministry"
        case .economy: "economic inputs"
        case .coverageThreshold: "coverage threshold"
        case .vision: "vision"
        case .actionPlanStart: "timetable start date"
        case .conflicts: "merge conflicts"
        case .narrative(let section, _): "document text \"\(section.label)\""
        case .documentVersion: "document version"
        }
    }
}

extension PlanRecord {
    /// Every record of `plan`, in a fixed order.
    public static func all(of plan: Plan) -> [PlanRecord] {
        [.meta(plan.meta), .mandate(plan.foundations.mandate), .leadMinistry(plan.foundations.leadMinistryId),
         .economy(plan.stocktake.economy), .coverageThreshold(plan.stocktake.coverageThresholdPercent),
         .vision(plan.strategy.vision), .actionPlanStart(plan.actionPlan.startDate), .conflicts(plan.conflicts ?? []),
         .documentVersion(plan.document?.version ?? "")]
            + NarrativeSection.allCases.map { .narrative($0, plan.narrative($0)) }
    }

    /// The form that edits this record; nil for what no form edits (the merge conflicts). With
    /// ``path``, this is the one place that ties a record to its form: a record form's Ctrl-S turns the
    /// form's changes into these records (`Plan.recordEdit(to:)`), and a merge conflict in plan.json
    /// finds its form and field through them (`RecordKind.holding`).
    public var kind: RecordKind? {
        switch self {
        case .meta: .details
        case .mandate, .leadMinistry: .mandate
        case .economy, .coverageThreshold: .economy
        case .vision: .vision
        case .actionPlanStart: .timetable
        case .narrative, .documentVersion: .document
        case .conflicts: nil
        }
    }

    /// Where plan.json stores the record's value, from the top of the plan.
    public var path: String {
        switch self {
        case .meta: "meta"
        case .mandate: "foundations.mandate"
        case .leadMinistry: "foundations.leadMinistryId"
        case .economy: "stocktake.economy"
        case .coverageThreshold: "stocktake.coverageThresholdPercent"
        case .vision: "strategy.vision"
        case .actionPlanStart: "actionPlan.startDate"
        case .conflicts: "conflicts"
        case .narrative(let section, _): "document.texts.\(section.rawValue)"
        case .documentVersion: "document.version"
        }
    }
}
