import PlanDomain

extension EntityKind {
    var strategyForm: FormSpec {
        switch self {
        case .objective:
            typealias F = Fields<Objective, Objective.Field>
            return FormSpec("Objective", [
                F.text(.name, "Name", \.name),
                F.text(.description, "Description", \.description, multiline: true),
            ])
        case .criterion:
            typealias F = Fields<Criterion, Criterion.Field>
            return FormSpec("Priority criterion", [
                F.text(.name, "Name", \.name),
                F.number(.weight, "Weight", \.weight),
                F.flag(.higherIsBetter, "Higher is better", \.higherIsBetter, help: "No for criteria such as cost"),
            ])
        case .score:
            typealias F = Fields<PriorityScore, PriorityScore.Field>
            return FormSpec("Priority score", [
                F.reference(.gap, "Gap", \.gapId, to: .gap),
                F.reference(.criterion, "Criterion", \.criterionId, to: .criterion),
                F.choice(.scoredBy, "Scored by", \.scoredBy),
                F.number(.score, "Score", \.score, help: "From 1 to 5"),
            ])
        case .priority:
            typealias F = Fields<Priority, Priority.Field>
            return FormSpec("Priority", [
                F.text(.name, "Name", \.name),
                F.references(.gaps, "Gaps", \.gapIds, to: .gap),
                F.reference(.objective, "Objective", \.objectiveId, to: .objective),
                F.whole(.rank, "Rank", \.rank),
                F.text(.rationale, "Rationale", \.rationale, multiline: true),
            ])
        case .scenario:
            typealias F = Fields<Scenario, Scenario.Field>
            return FormSpec("Scenario", [
                F.text(.name, "Name", \.name),
                F.text(.description, "Description", \.description, multiline: true),
                F.references(.measures, "Measures", \.measureIds, to: .measure),
                F.flag(.financed, "Financed by the action plan", \.financed,
                       help: "The scenario adopted: the funding gap is worked out on it"),
            ])
        case .measure:
            return measureForm
        case .role:
            typealias F = Fields<InstitutionRole, InstitutionRole.Field>
            return FormSpec("Institution role", [
                F.reference(.institution, "Institution", \.institutionId, to: .stakeholder),
                F.reference(.measure, "Measure", \.measureId, to: .measure, help: "Empty for the whole strategy"),
                F.choice(.function, "Function", \.function),
                F.choice(.involvement, "Involvement", \.involvement),
            ])
        case .phase:
            typealias F = Fields<Phase, Phase.Field>
            return FormSpec("Phase", [
                F.text(.name, "Name", \.name),
                F.year(.years, "First year", \.firstYear),
                F.year(.years, "Last year", \.lastYear),
                F.text(.description, "Description", \.description, multiline: true),
            ])
        case .approval:
            typealias F = Fields<ApprovalStep, ApprovalStep.Field>
            return FormSpec("Approval step", [
                F.choice(.step, "Step", \.stage),
                F.choice(.status, "Status", \.status),
                F.date(.date, "Date", \.date),
                F.text(.reference, "Reference", \.reference, help: "The act, minutes or decision"),
                F.choices(.documents, "Documents approved", \.documents),
                F.text(.version, "Version", \.version, help: "The version as the team names it: Draft 3 of 10 June 2026"),
                F.text(.fingerprint, "Fingerprint", \.fingerprint,
                       help: "Recorded when saved as approved; empty it and save to record the plan as it is now"),
                F.text(.note, "Note", \.note, multiline: true),
            ])
        case .consultation:
            typealias F = Fields<Consultation, Consultation.Field>
            return FormSpec("Consultation", [
                F.date(.date, "Date", \.date),
                F.text(.participants, "Participants", \.participants),
                F.references(.stakeholders, "Stakeholders", \.stakeholderIds, to: .stakeholder),
                F.text(.topics, "Topics", \.topics),
                F.text(.outcome, "Outcome", \.outcome, multiline: true),
                F.text(.response, "How it was addressed", \.response, multiline: true),
            ])
        case .publicAction:
            typealias F = Fields<PublicAction, PublicAction.Field>
            return FormSpec("Communication action", [
                F.text(.audience, "Audience", \.audience),
                F.text(.message, "Message", \.message, multiline: true),
                F.text(.channel, "Channel", \.channel),
                F.date(.date, "When", \.date),
                F.reference(.responsible, "Responsible", \.responsibleId, to: .stakeholder),
                F.references(.measures, "Measures", \.measureIds, to: .measure, help: "The measures it explains"),
                F.choice(.status, "Status", \.status),
            ])
        default:
            return processForm
        }
    }

    private var measureForm: FormSpec {
        typealias F = Fields<Measure, Measure.Field>
        return FormSpec("Measure", [
            F.text(.name, "Name", \.name),
            F.text(.description, "Description", \.description, multiline: true),
            F.reference(.objective, "Objective", \.objectiveId, to: .objective),
            F.references(.gaps, "Gaps", \.gapIds, to: .gap),
            F.reference(.targetGroup, "Target group", \.targetGroupId, to: .group),
            F.choice(.contingency, "Contingency", \.contingency),
            F.choice(.benefit, "Benefit kind", \.benefit.kind),
            F.number(.benefit, "Annual benefit", \.benefit.annualAmount, unit: "per beneficiary"),
            F.choice(.benefit, "Indexation", \.benefit.indexation),
            F.percent(.benefit, "Share of reference", \.benefit.referenceSharePercent,
                      help: "For benefits set as a share of the poverty line or minimum wage"),
            F.text(.eligibility, "Eligibility", \.eligibility, multiline: true),
            F.percent(.eligibleShare, "Eligible share", \.eligibleSharePercent,
                   help: "Share of the target group that is eligible"),
            F.yearValues(.eligibleShare, "Eligible % from", \.eligibleShareChanges, unit: "%",
                         help: "Changes of the eligible share, each from its year on: 2033: 80"),
            F.percent(.takeUp, "Take-up at start", \.takeUp.startPercent),
            F.percent(.takeUp, "Take-up target", \.takeUp.targetPercent),
            F.whole(.takeUp, "Years to reach target", \.takeUp.rampYears),
            F.yearValues(.takeUp, "Take-up by year", \.takeUp.yearly, unit: "%",
                   help: "Wins over the ramp in its year"),
            F.choice(.financing, "Financing model", \.financingModel),
            F.percent(.financing, "Employer contributions", \.financing.employerContributions),
            F.percent(.financing, "Insured contributions", \.financing.insuredContributions),
            F.percent(.financing, "General revenue", \.financing.generalRevenue),
            F.percent(.financing, "Co-payments", \.financing.coPayments),
            F.percent(.financing, "Other sources", \.financing.other),
            F.reference(.contributions, "Insured group", \.contribution.insuredGroupId, to: .group,
                        help: "Who contributes (formal employees...); leave empty for a tax-financed measure"),
            F.percent(.contributions, "Insured share", \.contribution.insuredSharePercent,
                      help: "Share of the insured group that contributes"),
            F.number(.contributions, "Insurable earnings", \.contribution.insurableEarnings,
                     unit: "a year per insured, base year"),
            F.number(.contributions, "Earnings growth", \.contribution.earningsGrowthPercent, unit: "% a year"),
            F.flag(.contributions, "Insured are self-employed", \.insuredSelfEmployed,
                   help: "They pay the employer's part too (own-account and informal workers)"),
            F.percent(.contributions, "Employer rate", \.contribution.employerRatePercent),
            F.percent(.contributions, "Worker rate", \.contribution.workerRatePercent),
            F.percent(.contributions, "State rate", \.contribution.stateRatePercent,
                      help: "The state's contribution from general revenue"),
            F.references(.replaces, "Replaces schemes", \.replacesSchemeIds, to: .scheme,
                         help: "Costs are also shown net of what these schemes spend"),
            F.reference(.leadInstitution, "Lead institution", \.leadInstitutionId, to: .stakeholder),
            F.year(.startYear, "Start year", \.startYear),
            F.reference(.phase, "Phase", \.phaseId, to: .phase),
            F.percent(.administrativeRate, "Administrative rate", \.administrativeRatePercent),
            F.choice(.administrativeRate, "Rate is a share of", \.administrativeBasis),
            F.choice(.schemeType, "Scheme type", \.schemeType, help: "Sets the administrative-cost ceiling"),
            F.text(.legislation, "Legislation", \.legislation, help: "The law or regulation it needs"),
            F.choice(.legislation, "Legislation status", \.legislationStatus),
            F.year(.legislation, "Law passed (year)", \.lawYear, help: "Passed, or expected to pass"),
        ] + implicationFields)
    }
}
