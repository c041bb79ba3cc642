import PlanDomain

extension EntityKind {
    /// Stage 5's forms: the results chain, indicators, values, dimensions, reporting rules,
    /// execution records and risks.
    var monitoringForm: FormSpec {
        switch self {
        case .outcome:
            typealias F = Fields<Outcome, Outcome.Field>
            return FormSpec("Result", [
                F.choice(.level, "Level", \.level, help: "Impact, outcome or output: the rung of the results chain"),
                F.reference(.objective, "Objective", \.objectiveId, to: .objective),
                F.reference(.parent, "Contributes to", \.parentId, to: .outcome,
                            help: "The result of the level above: an output's outcome, an outcome's impact"),
                F.text(.statement, "Statement", \.statement, multiline: true),
            ])
        case .resultIndicator:
            typealias F = Fields<ResultIndicator, ResultIndicator.Field>
            return FormSpec("Result indicator", [
                F.text(.name, "Name", \.name),
                F.reference(.outcome, "Result", \.outcomeId, to: .outcome),
                F.reference(.objective, "Objective", \.objectiveId, to: .objective),
                F.references(.measures, "Measures", \.measureIds, to: .measure, help: "The measures it tracks"),
                F.references(.activities, "Activities", \.activityIds, to: .activity,
                             help: "The activities whose output it measures (an output indicator)"),
                F.choice(.computed, "Computed as", \.computed,
                         help: "Its baseline should equal this figure of the stocktake; empty: not computed"),
                F.text(.unit, "Unit", \.unit),
                F.text(.numerator, "Numerator", \.numerator, help: "What is counted, e.g. children receiving a benefit"),
                F.text(.denominator, "Denominator", \.denominator, help: "What it is a share of; empty for a count"),
                F.choice(.direction, "Direction", \.direction),
                F.percent(.tolerance, "Tolerance", \.tolerancePercent,
                          help: "Share of the target a value may fall short and be at risk; empty: the plan's"),
                F.number(.baseline, "Baseline", \.baseline),
                F.year(.baseline, "Baseline year", \.baselineYear),
                F.yearValues(.targets, "Targets", \.targets),
                F.text(.source, "Source", \.source),
                F.reference(.sourceInstitution, "Source held by", \.sourceInstitutionId, to: .stakeholder),
                F.text(.meansOfVerification, "Means of verification", \.meansOfVerification),
                F.choice(.frequency, "Frequency", \.frequency),
                F.reference(.responsible, "Collected by", \.responsibleId, to: .stakeholder),
                F.reference(.reporter, "Reported by", \.reporterId, to: .stakeholder),
                F.references(.dimensions, "Disaggregation", \.dimensionIds, to: .dimension),
            ])
        case .actual:
            typealias F = Fields<ActualValue, ActualValue.Field>
            return FormSpec("Recorded value", [
                F.reference(.indicator, "Indicator", \.indicatorId, to: .resultIndicator),
                F.year(.year, "Year", \.year),
                F.whole(.period, "Period", \.period,
                        help: "Month 1-12 (monthly) or quarter 1-4 (quarterly); empty for a yearly value"),
                F.number(.value, "Value", \.value),
                F.reference(.dimension, "Broken down by", \.dimensionId, to: .dimension,
                            help: "Empty for the total; else the dimension of the category below"),
                F.text(.category, "Category", \.category, help: "Women, 65+, a region..."),
                F.number(.denominator, "Denominator", \.denominator,
                         help: "For a share broken down: the category's population (weights the total)"),
                F.text(.source, "Source", \.source),
                F.text(.note, "Note", \.note),
            ])
        case .dimension:
            typealias F = Fields<DisaggregationDimension, DisaggregationDimension.Field>
            return FormSpec("Disaggregation dimension", [
                F.text(.name, "Name", \.name),
                F.textList(.categories, "Categories", \.categories, help: "Separated by commas"),
            ])
        case .reportingRule:
            typealias F = Fields<ReportingRule, ReportingRule.Field>
            return FormSpec("Reporting rule", [
                F.text(.name, "Report", \.name),
                F.choice(.frequency, "Frequency", \.frequency),
                F.reference(.from, "From", \.fromId, to: .stakeholder),
                F.choice(.audience, "To", \.audience),
                F.whole(.dueDays, "Due after (days)", \.dueDays, help: "Days after the end of the period"),
            ])
        case .execution:
            typealias F = Fields<Execution, Execution.Field>
            return FormSpec("Execution", [
                F.reference(.measure, "Measure", \.measureId, to: .measure),
                F.year(.year, "Year", \.year),
                F.number(.spent, "Spent", \.spent, help: "Actual spending in the plan's currency"),
                F.number(.beneficiaries, "Beneficiaries", \.beneficiaries),
                F.text(.source, "Source", \.source),
            ])
        default:
            typealias F = Fields<Risk, Risk.Field>
            return FormSpec("Risk", [
                F.text(.risk, "Risk", \.risk, multiline: true),
                F.choice(.likelihood, "Likelihood", \.likelihood),
                F.choice(.impact, "Impact", \.impact),
                F.reference(.riskOwner, "Owner", \.ownerId, to: .stakeholder),
                F.text(.mitigation, "Mitigation", \.mitigation, multiline: true),
                F.references(.measures, "Measures", \.measureIds, to: .measure),
                F.references(.activities, "Activities", \.activityIds, to: .activity),
                F.choice(.status, "Status", \.status),
            ])
        }
    }

    /// Stage 6's forms: the evaluation plan, questions, findings and recommendations.
    var evaluationForm: FormSpec {
        switch self {
        case .evaluation:
            typealias F = Fields<PlannedEvaluation, PlannedEvaluation.Field>
            return FormSpec("Planned evaluation", [
                F.text(.title, "Title", \.title),
                F.choice(.type, "Type", \.type),
                F.year(.year, "Year", \.year, help: "The year it reports"),
                F.reference(.activity, "Carried out by", \.activityId, to: .activity,
                            help: "The action plan's activity: its dates give the timing"),
                F.choice(.independence, "Independence", \.independence),
                F.text(.methods, "Methods", \.methods, multiline: true),
                F.number(.budget, "Budget", \.budget),
                F.reference(.commissioner, "Commissioned by", \.commissionerId, to: .stakeholder),
            ])
        case .question:
            typealias F = Fields<EvaluationQuestion, EvaluationQuestion.Field>
            return FormSpec("Evaluation question", [
                F.reference(.evaluation, "Evaluation", \.evaluationId, to: .evaluation),
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
                F.reference(.evaluation, "Evaluation", \.evaluationId, to: .evaluation),
                F.choice(.criterion, "Criterion", \.criterion),
                F.reference(.question, "Question", \.questionId, to: .question),
                F.text(.finding, "Finding", \.finding, multiline: true),
                F.whole(.rating, "Rating", \.rating, help: "1 (poor) to 4 (good)"),
                F.references(.indicators, "Indicators", \.indicatorIds, to: .resultIndicator, help: "The evidence"),
                F.references(.measures, "Measures", \.measureIds, to: .measure),
                F.references(.schemes, "Schemes", \.schemeIds, to: .scheme),
            ])
        default:
            typealias F = Fields<Recommendation, Recommendation.Field>
            return FormSpec("Recommendation", [
                F.text(.text, "Recommendation", \.text, multiline: true),
                F.references(.findings, "Findings", \.findingIds, to: .finding),
                F.text(.addressee, "Addressee", \.addressee),
                F.whole(.priority, "Priority", \.priority),
                F.choice(.response, "Management response", \.response),
                F.text(.action, "Action promised", \.action, multiline: true),
                F.reference(.actionOwner, "Owner", \.ownerId, to: .stakeholder),
                F.date(.dueDate, "Due date", \.dueDate),
                F.choice(.followUp, "Follow-up", \.followUp),
            ])
        }
    }
}
