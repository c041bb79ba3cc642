import PlanDomain

extension EntityKind {
    var strategyForm: FormSpec {
        switch self {
        case .objective:
            typealias F = Fields<Objective>
            return FormSpec("Objective", [F.text("Name", \.name), F.text("Description", \.description, multiline: true)])
        case .criterion:
            typealias F = Fields<Criterion>
            return FormSpec("Priority criterion", [
                F.text("Name", \.name), F.number("Weight", \.weight),
                F.flag("Higher is better", \.higherIsBetter, help: "No for criteria such as cost"),
            ])
        case .score:
            typealias F = Fields<PriorityScore>
            return FormSpec("Priority score", [
                F.reference("Gap", \.gapId, to: .gap), F.reference("Criterion", \.criterionId, to: .criterion),
                F.choice("Scored by", \.scoredBy), F.number("Score", \.score, help: "From 1 to 5"),
            ])
        case .priority:
            typealias F = Fields<Priority>
            return FormSpec("Priority", [
                F.text("Name", \.name), F.references("Gaps", \.gapIds, to: .gap),
                F.reference("Objective", \.objectiveId, to: .objective), F.whole("Rank", \.rank),
                F.text("Rationale", \.rationale, multiline: true),
            ])
        case .scenario:
            typealias F = Fields<Scenario>
            return FormSpec("Scenario", [
                F.text("Name", \.name), F.text("Description", \.description, multiline: true),
                F.references("Measures", \.measureIds, to: .measure),
            ])
        case .measure:
            return measureForm
        case .role:
            typealias F = Fields<InstitutionRole>
            return FormSpec("Institution role", [
                F.reference("Institution", \.institutionId, to: .stakeholder),
                F.reference("Measure", \.measureId, to: .measure, help: "Empty for the whole strategy"),
                F.choice("Function", \.function), F.choice("Involvement", \.involvement),
            ])
        case .phase:
            typealias F = Fields<Phase>
            return FormSpec("Phase", [
                F.text("Name", \.name), F.year("First year", \.firstYear, key: "years"),
                F.year("Last year", \.lastYear, key: "years"), F.text("Description", \.description, multiline: true),
            ])
        case .approval:
            typealias F = Fields<ApprovalStep>
            return FormSpec("Approval step", [
                F.choice("Step", \.stage), F.choice("Status", \.status), F.date("Date", \.date),
                F.text("Reference", \.reference, help: "The act, minutes or decision"),
                F.text("Note", \.note, multiline: true),
            ])
        case .consultation:
            typealias F = Fields<Consultation>
            return FormSpec("Consultation", [
                F.date("Date", \.date), F.text("Participants", \.participants),
                F.references("Stakeholders", \.stakeholderIds, to: .stakeholder),
                F.text("Topics", \.topics), F.text("Outcome", \.outcome, multiline: true),
                F.text("How it was addressed", \.response, key: "response", multiline: true),
            ])
        default:
            typealias F = Fields<PublicAction>
            return FormSpec("Public information action", [
                F.text("Audience", \.audience), F.text("Channel", \.channel),
                F.text("Message", \.message, multiline: true), F.date("Date", \.date), F.choice("Status", \.status),
            ])
        }
    }

    private var measureForm: FormSpec {
        typealias F = Fields<Measure>
        return FormSpec("Measure", [
            F.text("Name", \.name), F.text("Description", \.description, multiline: true),
            F.reference("Objective", \.objectiveId, to: .objective), F.references("Gaps", \.gapIds, to: .gap),
            F.reference("Target group", \.targetGroupId, to: .group), F.choice("Contingency", \.contingency),
            F.choice("Benefit kind", \.benefit.kind, key: "benefit"),
            F.number("Annual benefit", \.benefit.annualAmount, key: "benefit", unit: "per beneficiary"),
            F.choice("Indexation", \.benefit.indexation, key: "benefit"),
            F.percent("Share of reference", \.benefit.referenceSharePercent, key: "benefit",
                      help: "For benefits set as a share of the poverty line or minimum wage"),
            F.text("Eligibility", \.eligibility, multiline: true),
            F.percent("Eligible share", \.eligibleSharePercent, help: "Share of the target group that is eligible"),
            F.yearValues("Eligible % from", \.eligibleShareChanges, key: "eligible share", unit: "%",
                         help: "Changes of the eligible share, each from its year on: 2033: 80"),
            F.percent("Take-up at start", \.takeUp.startPercent, key: "take-up"),
            F.percent("Take-up target", \.takeUp.targetPercent, key: "take-up"),
            F.whole("Years to reach target", \.takeUp.rampYears, key: "take-up"),
            F.yearValues("Take-up by year", \.takeUp.yearly, key: "take-up", unit: "%", help: "Wins over the ramp in its year"),
            F.choice("Financing model", \.financingModel, key: "financing"),
            F.percent("Employer contributions", \.financing.employerContributions, key: "financing"),
            F.percent("Insured contributions", \.financing.insuredContributions, key: "financing"),
            F.percent("General revenue", \.financing.generalRevenue, key: "financing"),
            F.percent("Co-payments", \.financing.coPayments, key: "financing"),
            F.percent("Other sources", \.financing.other, key: "financing"),
            F.reference("Lead institution", \.leadInstitutionId, to: .stakeholder),
            F.year("Start year", \.startYear), F.reference("Phase", \.phaseId, to: .phase),
            F.percent("Administrative rate", \.administrativeRatePercent),
            F.choice("Rate is a share of", \.administrativeBasis, key: "administrative rate"),
            F.choice("Scheme type", \.schemeType, key: "scheme type", help: "Sets the administrative-cost ceiling"),
        ])
    }
}
