import PlanDomain

extension EntityKind {
    var laterStagesForm: FormSpec {
        switch self {
        case .activity:
            typealias F = Fields<Activity, Activity.Field>
            return FormSpec("Activity", [
                F.text(.name, "Name", \.name),
                F.reference(.measure, "Measure", \.measureId, to: .measure),
                F.reference(.objective, "Objective", \.objectiveId, to: .objective),
                F.reference(.responsible, "Responsible", \.responsibleId, to: .stakeholder),
                F.references(.partners, "Partners", \.partnerIds, to: .stakeholder),
                F.date(.start, "Fixed start", \.start),
                F.date(.start, "Not earlier than", \.notEarlierThan),
                F.days(.duration, "Duration", \.durationDays,
                       help: "Days, weeks, months (30 days) or years: 45d, 6w, 6m, 1y"),
                F.dependencies(.dependencies, "Depends on", \.dependencies,
                               help: "ACT-3; ACT-4 SS +5d (SS = start to start; lag in days)"),
                F.flag(.milestone, "Milestone", \.milestone),
                F.number(.budget, "Budget", \.budget),
                F.choice(.fundingSource, "Funding source", \.fundingSource),
                F.choice(.status, "Status", \.status),
                F.percent(.progress, "Progress", \.progressPercent),
                F.date(.actualStart, "Actual start", \.actualStart),
                F.date(.actualFinish, "Actual finish", \.actualFinish),
            ])
        case .capacity:
            typealias F = Fields<CapacityAssessment, CapacityAssessment.Field>
            return FormSpec("Capacity assessment", [
                F.reference(.institution, "Institution", \.institutionId, to: .stakeholder),
                F.choice(.function, "Function", \.function),
                F.choice(.rating, "Rating", \.rating),
                F.text(.notes, "Notes", \.notes, multiline: true),
                F.references(.actions, "Actions", \.activityIds, to: .activity, help: "Activities that strengthen it"),
            ])
        case .costCeiling:
            typealias F = Fields<CostCeiling, CostCeiling.Field>
            return FormSpec("Administrative cost ceiling", [
                F.choice(.schemeType, "Scheme type", \.schemeType),
                F.choice(.branch, "Branch", \.contingency, help: "Empty: every branch of the scheme type"),
                F.percent(.ceiling, "Ceiling", \.ceilingPercent),
                F.choice(.ceiling, "Share of", \.basis),
            ])
        case .outcome, .resultIndicator, .actual, .dimension, .reportingRule, .execution, .risk:
            return monitoringForm
        default:
            return evaluationForm
        }
    }
}
