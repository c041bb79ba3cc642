import PlanDomain

extension EntityKind {
    var laterStagesForm: FormSpec {
        switch self {
        case .activity:
            typealias F = Fields<Activity>
            return FormSpec("Activity", [
                F.text("Name", \.name), F.reference("Measure", \.measureId, to: .measure),
                F.reference("Objective", \.objectiveId, to: .objective),
                F.reference("Responsible", \.responsibleId, to: .stakeholder),
                F.references("Partners", \.partnerIds, to: .stakeholder),
                F.date("Fixed start", \.start, key: "start"), F.date("Not earlier than", \.notEarlierThan, key: "start"),
                F.days("Duration", \.durationDays, key: "duration", help: "Days, weeks, months (30 days) or years: 45d, 6w, 6m, 1y"),
                F.dependencies("Depends on", \.dependencies, key: "dependencies",
                               help: "ACT-3; ACT-4 SS +5d (SS = start to start; lag in days)"),
                F.flag("Milestone", \.milestone), F.number("Budget", \.budget),
                F.choice("Funding source", \.fundingSource), F.choice("Status", \.status),
                F.percent("Progress", \.progressPercent),
                F.date("Actual start", \.actualStart), F.date("Actual finish", \.actualFinish),
            ])
        case .capacity:
            typealias F = Fields<CapacityAssessment>
            return FormSpec("Capacity assessment", [
                F.reference("Institution", \.institutionId, to: .stakeholder), F.choice("Function", \.function),
                F.choice("Rating", \.rating), F.text("Notes", \.notes, multiline: true),
                F.references("Actions", \.activityIds, to: .activity, help: "Activities that strengthen it"),
            ])
        case .costCeiling:
            typealias F = Fields<CostCeiling>
            return FormSpec("Administrative cost ceiling", [
                F.choice("Scheme type", \.schemeType), F.percent("Ceiling", \.ceilingPercent),
                F.choice("Share of", \.basis, key: "ceiling"),
            ])
        case .outcome:
            typealias F = Fields<Outcome>
            return FormSpec("Outcome", [
                F.reference("Objective", \.objectiveId, to: .objective),
                F.text("Statement", \.statement, multiline: true),
            ])
        case .resultIndicator:
            typealias F = Fields<ResultIndicator>
            return FormSpec("Result indicator", [
                F.text("Name", \.name), F.reference("Outcome", \.outcomeId, to: .outcome), F.text("Unit", \.unit),
                F.number("Baseline", \.baseline), F.year("Baseline year", \.baselineYear, key: "baseline"),
                F.yearValues("Targets", \.targets), F.text("Source", \.source), F.choice("Frequency", \.frequency),
                F.reference("Responsible", \.responsibleId, to: .stakeholder),
            ])
        case .actual:
            typealias F = Fields<ActualValue>
            return FormSpec("Recorded value", [
                F.reference("Indicator", \.indicatorId, to: .resultIndicator), F.year("Year", \.year),
                F.number("Value", \.value), F.text("Note", \.note),
            ])
        case .question:
            typealias F = Fields<EvaluationQuestion>
            return FormSpec("Evaluation question", [
                F.choice("Criterion", \.criterion), F.text("Question", \.question, multiline: true),
            ])
        case .finding:
            typealias F = Fields<EvaluationFinding>
            return FormSpec("Evaluation finding", [
                F.choice("Criterion", \.criterion), F.reference("Question", \.questionId, to: .question),
                F.text("Finding", \.finding, multiline: true),
                F.whole("Rating", \.rating, help: "1 (poor) to 4 (good)"),
            ])
        default:
            typealias F = Fields<Recommendation>
            return FormSpec("Recommendation", [
                F.text("Recommendation", \.text, key: "text", multiline: true),
                F.references("Findings", \.findingIds, to: .finding), F.text("Addressee", \.addressee),
                F.whole("Priority", \.priority),
            ])
        }
    }
}
