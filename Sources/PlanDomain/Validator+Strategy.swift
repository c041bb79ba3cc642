extension Validator {
    mutating func checkStrategy() {
        let strategy = plan.strategy
        for measure in strategy.measures { checkMeasure(measure) }
        for scenario in strategy.scenarios {
            references(scenario.measureIds, .measure, from: Location(.scenario, scenario.id, field: "measures"))
        }
        for criterion in strategy.criteria where criterion.weight < 0 || !criterion.weight.isFinite {
            add(.error, "criterion.weight", Location(.criterion, criterion.id, field: "weight"),
                "Criterion \(name(criterion)) has a negative weight.")
        }
        for score in strategy.scores {
            reference(score.gapId, .gap, from: Location(.score, score.id, field: "gap"))
            reference(score.criterionId, .criterion, from: Location(.score, score.id, field: "criterion"))
            if !(1...5).contains(score.score) {
                add(.error, "score.range", Location(.score, score.id, field: "score"),
                    "Score \(score.id) is \(format(score.score)); scores go from 1 to 5.")
            }
        }
        for priority in strategy.priorities {
            references(priority.gapIds, .gap, from: Location(.priority, priority.id, field: "gaps"))
            reference(priority.objectiveId, .objective, from: Location(.priority, priority.id, field: "objective"))
        }
        for role in strategy.roles {
            reference(role.institutionId, .stakeholder, from: Location(.role, role.id, field: "institution"))
            reference(role.measureId, .measure, from: Location(.role, role.id, field: "measure"))
        }
        for phase in strategy.phases {
            let here = Location(.phase, phase.id, field: "years")
            if phase.lastYear < phase.firstYear {
                add(.error, "phase.years", here,
                    "Phase \(name(phase)) ends in \(phase.lastYear), before it starts in \(phase.firstYear).")
            } else {
                inHorizon(phase.firstYear, here, what: "The start of phase \(name(phase))")
                inHorizon(phase.lastYear, here, what: "The end of phase \(name(phase))")
            }
        }
        for consultation in strategy.consultations {
            references(consultation.stakeholderIds, .stakeholder,
                       from: Location(.consultation, consultation.id, field: "stakeholders"))
        }
        checkApprovals(strategy.approvals)
    }

    private mutating func checkMeasure(_ measure: Measure) {
        let id = measure.id
        reference(measure.objectiveId, .objective, from: Location(.measure, id, field: "objective"))
        references(measure.gapIds, .gap, from: Location(.measure, id, field: "gaps"))
        reference(measure.targetGroupId, .group, from: Location(.measure, id, field: "target group"))
        reference(measure.leadInstitutionId, .stakeholder, from: Location(.measure, id, field: "lead institution"))
        reference(measure.phaseId, .phase, from: Location(.measure, id, field: "phase"))
        shares(measure.financing, Location(.measure, id, field: "financing"), what: "Measure \(name(measure))")
        percent(measure.eligibleSharePercent, Location(.measure, id, field: "eligible share"), what: "The eligible share")
        let takeUp = Location(.measure, id, field: "take-up")
        percent(measure.takeUp.startPercent, takeUp, what: "The starting take-up")
        percent(measure.takeUp.targetPercent, takeUp, what: "The target take-up")
        for point in measure.takeUp.yearly { percent(point.value, takeUp, what: "Take-up in \(point.year)") }
        if measure.takeUp.rampYears < 1 {
            add(.error, "takeUp.ramp", takeUp, "Take-up of \(name(measure)) must ramp over at least one year.")
        }
        nonNegative(measure.benefit.annualAmount, Location(.measure, id, field: "benefit"), what: "The annual benefit")
        let rate = Location(.measure, id, field: "administrative rate")
        percent(measure.administrativeRatePercent, rate, what: "The administrative rate")
        if measure.administrativeBasis == .grossSpending && measure.administrativeRatePercent >= 100 {
            add(.error, "measure.adminRate", rate, "A rate stated as a share of gross spending must be below 100%.")
        }
        if measure.benefit.indexation == .shareOfPovertyLine || measure.benefit.indexation == .shareOfMinimumWage {
            percent(measure.benefit.referenceSharePercent, Location(.measure, id, field: "benefit"),
                    what: "The benefit's share of its reference")
        }
        inHorizon(measure.startYear, Location(.measure, id, field: "start year"), what: "The start of \(name(measure))")
        if measure.startYear == nil {
            add(.warning, "measure.start", Location(.measure, id, field: "start year"),
                "Measure \(name(measure)) has no start year.")
        }
        if measure.gapIds.isEmpty {
            add(.warning, "measure.gaps", Location(.measure, id, field: "gaps"),
                "Measure \(name(measure)) does not say which gap it closes.")
        }
        if measure.leadInstitutionId == nil {
            add(.warning, "measure.lead", Location(.measure, id, field: "lead institution"),
                "Measure \(name(measure)) has no lead institution.")
        }
        let contributions = measure.financing.employerContributions + measure.financing.insuredContributions
        if measure.financingModel == .contributory && !measure.financing.isEmpty && contributions == 0 {
            add(.warning, "measure.model", Location(.measure, id, field: "financing"),
                "Measure \(name(measure)) is contributory but takes no contributions.")
        }
        if measure.financingModel == .taxFinanced && !measure.financing.isEmpty && measure.financing.generalRevenue == 0 {
            add(.warning, "measure.model", Location(.measure, id, field: "financing"),
                "Measure \(name(measure)) is tax-financed but takes nothing from general revenue.")
        }
    }

    /// Steps must be approved in order: technical validation, social partners, civil society,
    /// Government, Parliament.
    private mutating func checkApprovals(_ steps: [ApprovalStep]) {
        let ordered = steps.sorted { $0.stage.order < $1.stage.order }
        for (index, step) in ordered.enumerated() {
            let here = Location(.approval, step.id)
            if step.status == .approved && step.date == nil {
                add(.warning, "approval.date", Location(.approval, step.id, field: "date"),
                    "\(step.stage.label) is approved but has no date.")
            }
            guard step.status == .approved else { continue }
            for earlier in ordered[..<index] where earlier.status != .approved {
                add(.warning, "approval.order", here,
                    "\(step.stage.label) is approved before \(earlier.stage.label.lowercased()).")
            }
            for earlier in ordered[..<index] {
                if let mine = step.date, let theirs = earlier.date, earlier.status == .approved, mine < theirs {
                    add(.warning, "approval.order", Location(.approval, step.id, field: "date"),
                        "\(step.stage.label) is dated \(mine), before \(earlier.stage.label.lowercased()) (\(theirs)).")
                }
            }
        }
    }
}
