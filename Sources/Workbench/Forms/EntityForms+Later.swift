import PlanDomain

extension EntityKind {
    var laterStagesForm: FormSpec {
        switch self {
        case .activity:
            typealias F = Fields<Activity, Activity.Field>
            return FormSpec("Activity", [
                F.text(.name, "Name", \.name),
                F.text(.description, "Description", \.description, multiline: true, help: "What the activity does"),
                F.text(.output, "Output", \.output, help: "The deliverable: what exists when it is done"),
                F.text(.verification, "Means of verification", \.verification,
                       help: "Where anyone can check the output was delivered (gazette, report, minutes)"),
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
                F.choices(.dimensions, "Dimensions", \.dimensions),
            ])
        case .service:
            return serviceForm
        case .pledge:
            typealias F = Fields<Pledge, Pledge.Field>
            return FormSpec("Pledge", [
                F.reference(.partner, "Partner", \.partnerId, to: .stakeholder),
                F.choice(.kind, "Kind", \.kind, help: "Financial (money) or technical (experts' time)"),
                F.number(.amount, "Amount", \.amount, help: "A financial pledge's amount over all its years"),
                F.text(.currency, "Currency", \.currency, help: "ISO 4217 code; empty for the plan's currency"),
                F.number(.exchangeRate, "Exchange rate", \.exchangeRate,
                         help: "Units of the plan's currency for one unit of the pledge's currency"),
                F.number(.personDays, "Person-days", \.personDays, help: "A technical pledge's experts' time in all"),
                F.year(.years, "First year", \.firstYear),
                F.year(.years, "Last year", \.lastYear, help: "The amount is spread evenly over the years"),
                F.reference(.measure, "Measure", \.measureId, to: .measure),
                F.reference(.activity, "Activity", \.activityId, to: .activity),
                F.choice(.status, "Status", \.status),
                F.text(.reference, "Reference", \.reference, help: "The agreement, letter or decision"),
            ])
        case .appropriation:
            typealias F = Fields<Appropriation, Appropriation.Field>
            return FormSpec("Budget appropriation", [
                F.year(.year, "Year", \.year),
                F.choice(.source, "Source", \.source),
                F.number(.amount, "Amount", \.amount, help: "In the plan's currency"),
                F.reference(.measure, "Measure", \.measureId, to: .measure),
                F.choice(.status, "Status", \.status),
                F.text(.reference, "Reference", \.reference, help: "The budget law, line or decision"),
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
        case .outcome:
            typealias F = Fields<Outcome, Outcome.Field>
            return FormSpec("Outcome", [
                F.reference(.objective, "Objective", \.objectiveId, to: .objective),
                F.text(.statement, "Statement", \.statement, multiline: true),
            ])
        case .resultIndicator:
            typealias F = Fields<ResultIndicator, ResultIndicator.Field>
            return FormSpec("Result indicator", [
                F.text(.name, "Name", \.name),
                F.reference(.outcome, "Outcome", \.outcomeId, to: .outcome),
                F.references(.activities, "Activities", \.activityIds, to: .activity,
                             help: "The activities whose output it measures (an output indicator)"),
                F.text(.unit, "Unit", \.unit),
                F.number(.baseline, "Baseline", \.baseline),
                F.year(.baseline, "Baseline year", \.baselineYear),
                F.yearValues(.targets, "Targets", \.targets),
                F.text(.source, "Source", \.source),
                F.choice(.frequency, "Frequency", \.frequency),
                F.reference(.responsible, "Responsible", \.responsibleId, to: .stakeholder),
            ])
        case .actual:
            typealias F = Fields<ActualValue, ActualValue.Field>
            return FormSpec("Recorded value", [
                F.reference(.indicator, "Indicator", \.indicatorId, to: .resultIndicator),
                F.year(.year, "Year", \.year),
                F.number(.value, "Value", \.value),
                F.text(.note, "Note", \.note),
            ])
        case .question:
            typealias F = Fields<EvaluationQuestion, EvaluationQuestion.Field>
            return FormSpec("Evaluation question", [
                F.choice(.criterion, "Criterion", \.criterion),
                F.text(.question, "Question", \.question, multiline: true),
                F.text(.dataNeeded, "Data needed", \.dataNeeded, multiline: true),
                F.choice(.dataAvailability, "Data exists", \.dataAvailability),
                F.reference(.study, "Data source", \.studyId, to: .study, help: "The study in the register it comes from"),
                F.text(.limits, "Limits on the answer", \.limits, multiline: true,
                       help: "What the data cannot show, so how far the question can be answered"),
            ])
        case .finding:
            typealias F = Fields<EvaluationFinding, EvaluationFinding.Field>
            return FormSpec("Evaluation finding", [
                F.choice(.criterion, "Criterion", \.criterion),
                F.reference(.question, "Question", \.questionId, to: .question),
                F.text(.finding, "Finding", \.finding, multiline: true),
                F.whole(.rating, "Rating", \.rating, help: "1 (poor) to 4 (good)"),
            ])
        default:
            typealias F = Fields<Recommendation, Recommendation.Field>
            return FormSpec("Recommendation", [
                F.text(.text, "Recommendation", \.text, multiline: true),
                F.references(.findings, "Findings", \.findingIds, to: .finding),
                F.text(.addressee, "Addressee", \.addressee),
                F.whole(.priority, "Priority", \.priority),
            ])
        }
    }
}
