extension Validator {
    mutating func checkStrategy() {
        let strategy = plan.strategy
        for measure in strategy.measures { checkMeasure(measure) }
        for scenario in strategy.scenarios {
            references(scenario.measureIds, .measure, from: Location(scenario.id, Scenario.Field.measures))
        }
        for criterion in strategy.criteria where criterion.weight < 0 || !criterion.weight.isFinite {
            add(.error, .criterionWeight, Location(criterion.id, Criterion.Field.weight),
                "Criterion \(name(criterion)) has a negative weight.")
        }
        for score in strategy.scores {
            reference(score.gapId, .gap, from: Location(score.id, PriorityScore.Field.gap))
            reference(score.criterionId, .criterion, from: Location(score.id, PriorityScore.Field.criterion))
            if !(1...5).contains(score.score) {
                add(.error, .scoreRange, Location(score.id, PriorityScore.Field.score),
                    "Score \(score.id) is \(format(score.score)); scores go from 1 to 5.")
            }
        }
        for priority in strategy.priorities {
            references(priority.gapIds, .gap, from: Location(priority.id, Priority.Field.gaps))
            reference(priority.objectiveId, .objective, from: Location(priority.id, Priority.Field.objective))
        }
        for role in strategy.roles {
            reference(role.institutionId, .stakeholder, from: Location(role.id, InstitutionRole.Field.institution))
            reference(role.measureId, .measure, from: Location(role.id, InstitutionRole.Field.measure))
        }
        for phase in strategy.phases {
            let here = Location(phase.id, Phase.Field.years)
            if phase.lastYear < phase.firstYear {
                add(.error, .phaseYears, here,
                    "Phase \(name(phase)) ends in \(phase.lastYear), before it starts in \(phase.firstYear).")
            } else {
                inHorizon(phase.firstYear, here, what: "The start of phase \(Named(phase))")
                inHorizon(phase.lastYear, here, what: "The end of phase \(Named(phase))")
            }
        }
        checkPhaseOverlaps(strategy.phases)
        for consultation in strategy.consultations {
            references(consultation.stakeholderIds, .stakeholder,
                       from: Location(consultation.id, Consultation.Field.stakeholders))
        }
        checkApprovals(strategy.approvals)
        // Then (steps of their own, see `Validator.steps`): the approved versions, the communication
        // plan, the design, the five dimensions.
    }

    private mutating func checkMeasure(_ measure: Measure) {
        let id = measure.id
        reference(measure.objectiveId, .objective, from: Location(id, Measure.Field.objective))
        references(measure.gapIds, .gap, from: Location(id, Measure.Field.gaps))
        reference(measure.targetGroupId, .group, from: Location(id, Measure.Field.targetGroup))
        reference(measure.leadInstitutionId, .stakeholder, from: Location(id, Measure.Field.leadInstitution))
        reference(measure.phaseId, .phase, from: Location(id, Measure.Field.phase))
        shares(measure.financing, Location(id, Measure.Field.financing), what: "Measure \(Named(measure))")
        percent(measure.eligibleSharePercent, Location(id, Measure.Field.eligibleShare), what: "The eligible share")
        let takeUp = Location(id, Measure.Field.takeUp)
        percent(measure.takeUp.startPercent, takeUp, what: "The starting take-up")
        percent(measure.takeUp.targetPercent, takeUp, what: "The target take-up")
        for point in measure.takeUp.yearly { percent(point.value, takeUp, what: "Take-up in \(point.year)") }
        if measure.takeUp.rampYears < 1 {
            add(.error, .takeUpRamp, takeUp, "Take-up of \(name(measure)) must ramp over at least one year.")
        }
        nonNegative(measure.benefit.annualAmount, Location(id, Measure.Field.benefit), what: "The annual benefit")
        let rate = Location(id, Measure.Field.administrativeRate)
        percent(measure.administrativeRatePercent, rate, what: "The administrative rate")
        if measure.administrativeBasis == .grossSpending && measure.administrativeRatePercent >= 100 {
            add(.error, .measureAdminRate, rate, "A rate stated as a share of gross spending must be below 100%.")
        }
        if measure.benefit.indexation == .shareOfPovertyLine || measure.benefit.indexation == .shareOfMinimumWage {
            percent(measure.benefit.referenceSharePercent, Location(id, Measure.Field.benefit),
                    what: "The benefit's share of its reference")
        }
        inHorizon(measure.startYear, Location(id, Measure.Field.startYear), what: "The start of \(Named(measure))")
        if measure.startYear == nil {
            add(.warning, .measureStart, Location(id, Measure.Field.startYear),
                "Measure \(name(measure)) has no start year.")
        }
        if measure.gapIds.isEmpty {
            add(.warning, .measureGaps, Location(id, Measure.Field.gaps),
                "Measure \(name(measure)) does not say which gap it closes.")
        }
        if measure.leadInstitutionId == nil {
            add(.warning, .measureLead, Location(id, Measure.Field.leadInstitution),
                "Measure \(name(measure)) has no lead institution.")
        }
        let contributions = measure.financing.employerContributions + measure.financing.insuredContributions
        if measure.financingModel == .contributory && !measure.financing.isEmpty && contributions == 0 {
            add(.warning, .measureModel, Location(id, Measure.Field.financing),
                "Measure \(name(measure)) is contributory but takes no contributions.")
        }
        if measure.financingModel == .taxFinanced && !measure.financing.isEmpty && measure.financing.generalRevenue == 0 {
            add(.warning, .measureModel, Location(id, Measure.Field.financing),
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
                add(.warning, .approvalDate, Location(step.id, ApprovalStep.Field.date),
                    "\(step.stage.label) is approved but has no date.")
            }
            guard step.status == .approved else { continue }
            for earlier in ordered[..<index] where earlier.status != .approved {
                add(.warning, .approvalOrder, here,
                    "\(step.stage.label) is approved before \(earlier.stage.label.lowercased()).")
            }
            for earlier in ordered[..<index] {
                if let mine = step.date, let theirs = earlier.date, earlier.status == .approved, mine < theirs {
                    add(.warning, .approvalOrder, Location(step.id, ApprovalStep.Field.date),
                        "\(step.stage.label) is dated \(mine), before \(earlier.stage.label.lowercased()) (\(theirs)).")
                }
            }
        }
    }

    /// Phases follow one another: a phase that starts before the one before it has ended is most often
    /// a typing slip, and it makes "the measures of phase 2" ambiguous for the years both cover.
    private mutating func checkPhaseOverlaps(_ phases: [Phase]) {
        let ordered = phases.filter { $0.firstYear <= $0.lastYear }
            .sorted { ($0.firstYear, $0.lastYear) < ($1.firstYear, $1.lastYear) }
        for (earlier, later) in zip(ordered, ordered.dropFirst()) where later.firstYear <= earlier.lastYear {
            let last = min(earlier.lastYear, later.lastYear)
            let years = later.firstYear == last ? "\(last)" : "\(later.firstYear)-\(last)"
            add(.warning, .phaseOverlap, Location(later.id, Phase.Field.years),
                "Phases \(name(earlier)) (\(earlier.firstYear)-\(earlier.lastYear)) and \(name(later)) "
                    + "(\(later.firstYear)-\(later.lastYear)) overlap in \(years).")
        }
    }
}
