import PlanDomain

/// The forms of issue 16's process and service parts: a measure's implications and dimensions, its
/// options, the evidence of acceptance, and the service profiles of the administration.
extension EntityKind {
    var processForm: FormSpec {
        switch self {
        case .option:
            typealias F = Fields<MeasureOption, MeasureOption.Field>
            return FormSpec("Measure option", [
                F.reference(.measure, "Measure", \.measureId, to: .measure),
                F.text(.name, "Option", \.name),
                F.text(.description, "Description", \.description, multiline: true),
                F.number(.cost, "Cost a year", \.annualCost, unit: "at full scale"),
                F.number(.coverage, "Persons covered", \.coverage, unit: "at full scale"),
                F.choice(.feasibility, "Feasibility", \.feasibility),
                F.choice(.dimensions, "Political fit", \.political),
                F.choice(.dimensions, "Social dialogue fit", \.socialDialogue),
                F.choice(.dimensions, "Legislative fit", \.legislative),
                F.choice(.dimensions, "Technical fit", \.technical),
                F.choice(.dimensions, "Financial fit", \.financial),
                F.flag(.chosen, "Chosen", \.chosen),
                F.text(.reason, "Why (not) chosen", \.reason, multiline: true),
            ])
        default:
            typealias F = Fields<AcceptanceEvidence, AcceptanceEvidence.Field>
            return FormSpec("Evidence of acceptance", [
                F.choice(.kind, "Kind", \.kind),
                F.text(.title, "Title", \.title),
                F.date(.date, "Date", \.date),
                F.text(.source, "Source", \.source, help: "Who ran it, or the outlet"),
                F.number(.size, "Respondents", \.size, help: "Respondents or participants"),
                F.choice(.stance, "Stance", \.stance),
                F.percent(.support, "In favour", \.supportPercent, help: "Where it was measured"),
                F.text(.summary, "What it shows", \.summary, multiline: true),
                F.references(.measures, "Measures", \.measureIds, to: .measure, help: "None for the whole strategy"),
            ])
        }
    }

    var serviceForm: FormSpec {
        typealias F = Fields<ServiceProfile, ServiceProfile.Field>
        return FormSpec("Service profile", [
            F.reference(.scheme, "Scheme", \.schemeId, to: .scheme),
            F.reference(.institution, "Delivered by", \.institutionId, to: .stakeholder),
            F.year(.year, "Year of figures", \.year),
            F.flag(.rules, "Rules published", \.rulesPublished),
            F.text(.rules, "Published where", \.rulesWhere),
            F.choice(.reporting, "Reports", \.reporting, help: "How often it publishes a report; empty: never"),
            F.flag(.complaints, "Complaints channel", \.complaintsChannel),
            F.text(.appeals, "Appeals reviewed by", \.appealBody),
            F.flag(.appeals, "Independent review", \.appealIndependent,
                   help: "The body that reviews appeals is independent of the one that decided"),
            F.number(.appeals, "Days to decide appeal", \.appealDays),
            F.number(.decide, "Decide claim: target", \.decideDaysTarget, unit: "days"),
            F.number(.decide, "Decide claim: actual", \.decideDaysActual, unit: "days"),
            F.number(.pay, "Pay: target", \.payDaysTarget, unit: "days", help: "Days from the decision to the first payment"),
            F.number(.pay, "Pay: actual", \.payDaysActual, unit: "days"),
            F.percent(.onTime, "On time: target", \.onTimeTarget, help: "Share of payments made on the due date"),
            F.percent(.onTime, "On time: actual", \.onTimeActual),
            F.percent(.reach, "Reach: target", \.reachTarget,
                      help: "Share of the people covered within an hour of an access point"),
            F.percent(.reach, "Reach: actual", \.reachActual),
            F.number(.cost, "Beneficiaries", \.beneficiaries, help: "Empty: the scheme's recipients"),
            F.number(.cost, "Benefits paid", \.benefitsPaid, help: "Empty: the scheme's expenditure less administration"),
            F.number(.cost, "Administrative cost", \.administrativeCost, help: "Empty: the scheme's"),
        ])
    }

    /// A measure's implications and dimensions, at the end of its form.
    var implicationFields: [FormField] {
        typealias F = Fields<Measure, Measure.Field>
        return [
            F.choice(.financialImplications, "Financial impl.", \.implications.financial),
            F.choice(.financialImplications, "Financing needed", \.implications.financing),
            F.choice(.administrativeImplications, "Administrative impl.", \.implications.administrative),
            F.choices(.administrativeImplications, "Functions to build", \.implications.functions),
            F.number(.administrativeImplications, "Additional staff", \.implications.staff, unit: "full-time"),
            F.choice(.legalImplications, "Legal impl.", \.implications.legal),
            F.choice(.legalImplications, "Legal act needed", \.implications.instrument),
            F.choice(.politicalImplications, "Political impl.", \.implications.political),
            F.choice(.politicalImplications, "Decided by", \.implications.decidedBy),
            F.references(.politicalImplications, "Supporters", \.implications.supporterIds, to: .stakeholder),
            F.references(.politicalImplications, "Opponents", \.implications.opponentIds, to: .stakeholder),
            F.choices(.dimensions, "Dimensions", \.dimensions),
        ]
    }
}
