extension Validator {
    /// Monitoring's rules, as four steps (each on a core of its own for a large plan; in this
    /// order, which is that of their findings): the outcomes and the indicators' definitions…
    mutating func checkMonitoring() {
        let monitoring = plan.monitoring
        for outcome in monitoring.outcomes {
            reference(outcome.objectiveId, .objective, from: Location(outcome.id, Outcome.Field.objective))
            reference(outcome.parentId, .outcome, from: Location(outcome.id, Outcome.Field.parent))
        }
        for indicator in monitoring.indicators { checkDefinition(indicator) }
    }

    /// …the values recorded (`checkActuals`), progress against the targets…
    mutating func checkIndicatorProgress() {
        if let asOf { checkProgress(asOf: asOf) } else { checkLatestValues() }
    }

    /// …and execution, reporting and risks.
    mutating func checkExecutionAndRisks() {
        let monitoring = plan.monitoring
        checkExecution()
        for rule in monitoring.reportingRules {
            reference(rule.fromId, .stakeholder, from: Location(rule.id, ReportingRule.Field.from))
            nonNegative(Double(rule.dueDays), Location(rule.id, ReportingRule.Field.dueDays), what: "The days a report is due after")
        }
        for risk in monitoring.risks {
            reference(risk.ownerId, .stakeholder, from: Location(risk.id, Risk.Field.riskOwner))
            references(risk.measureIds, .measure, from: Location(risk.id, Risk.Field.measures))
            references(risk.activityIds, .activity, from: Location(risk.id, Risk.Field.activities))
            guard risk.status == .open, risk.score >= 6 else { continue }
            if risk.ownerId == nil {
                add(.warning, .riskMitigation, Location(risk.id, Risk.Field.riskOwner),
                    "Risk \(name(risk)) is rated high (\(risk.likelihood.label.lowercased()) likelihood, "
                        + "\(risk.impact.label.lowercased()) impact) and has no owner.")
            } else if risk.mitigation.isBlank {
                add(.warning, .riskMitigation, Location(risk.id, Risk.Field.mitigation),
                    "Risk \(name(risk)) is rated high and has no mitigation.")
            }
        }
        // Then the trace's holes: `checkTrace`, a step of its own (it reads every activity).
    }

    mutating func checkTrace() {
        for hole in Trace.holesPastGaps(of: plan, activities: positions[.activity]) {
            switch hole.rule {
            case .measureNoActivity: add(.warning, .measureNoActivity, Location(.measure, hole.id), hole.message)
            case .measureNoIndicator: add(.warning, .measureNoIndicator, Location(.measure, hole.id), hole.message)
            case .activityNoMeasure: add(.hint, .activityNoMeasure, Location(hole.id, Activity.Field.measure), hole.message)
            case .indicatorTracksNothing:
                add(.warning, .indicatorTracksNothing, Location(hole.id, ResultIndicator.Field.measures), hole.message)
            case .recommendationResponse:
                add(.warning, .recommendationResponse, Location(hole.id, Recommendation.Field.response), hole.message)
            default: break // (none: gaps no measure addresses are checkStocktake's gap.unaddressed)
            }
        }
    }

    private mutating func checkDefinition(_ indicator: ResultIndicator) {
        // The locations and texts (made only for a finding) capture the id and name, not the
        // indicator: a closure that captures the indicator copies all of it, for each reference.
        let (id, named) = (indicator.id, Named(indicator))
        reference(indicator.outcomeId, .outcome, from: Location(id, ResultIndicator.Field.outcome))
        reference(indicator.objectiveId, .objective, from: Location(id, ResultIndicator.Field.objective))
        references(indicator.measureIds, .measure, from: Location(id, ResultIndicator.Field.measures))
        references(indicator.activityIds, .activity, from: Location(id, ResultIndicator.Field.activities))
        reference(indicator.responsibleId, .stakeholder, from: Location(id, ResultIndicator.Field.responsible))
        reference(indicator.reporterId, .stakeholder, from: Location(id, ResultIndicator.Field.reporter))
        reference(indicator.sourceInstitutionId, .stakeholder,
                  from: Location(id, ResultIndicator.Field.sourceInstitution))
        references(indicator.dimensionIds, .dimension, from: Location(id, ResultIndicator.Field.dimensions))
        nonNegative(indicator.tolerancePercent, Location(id, ResultIndicator.Field.tolerance), what: "The tolerance")
        if indicator.baseline == nil || indicator.baselineYear == nil {
            add(.warning, .indicatorBaseline, Location(id, ResultIndicator.Field.baseline),
                "Indicator \(name(indicator)) has no baseline value and year.")
        }
        if indicator.targets.isEmpty {
            add(.warning, .indicatorTargets, Location(id, ResultIndicator.Field.targets),
                "Indicator \(name(indicator)) has no targets.")
        }
        for target in indicator.targets {
            inHorizon(target.year, Location(id, ResultIndicator.Field.targets),
                      what: "A target year of \(named)")
        }
        if indicator.outcomeId == nil {
            add(.hint, .indicatorOutcome, Location(id, ResultIndicator.Field.outcome),
                "Indicator \(name(indicator)) is not linked to an outcome.")
        }
        if let computed = indicator.computed, let baseline = indicator.baseline,
           indicator.baselineYear == nil || indicator.baselineYear == plan.meta.baseYear,
           let figure = computed.value(given: sdg131()) {
            // Half a point either side: the stocktake's figure is rounded to one decimal where it is reported.
            if baseline < figure.lowerBound - 0.5 || baseline > figure.upperBound + 0.5 {
                let shown = figure.lowerBound == figure.upperBound
                    ? "\(format(figure.lowerBound))%" : "\(format(figure.lowerBound))-\(format(figure.upperBound))%"
                add(.warning, .indicatorStocktake, Location(id, ResultIndicator.Field.baseline),
                    "Indicator \(name(indicator)) has a baseline of \(format(baseline)), but the stocktake gives "
                        + "\(shown) for \(computed.label) in \(plan.meta.baseYear).")
            }
        }
    }

    mutating func checkActuals() {
        // Dimensions found through the index (the first with each id), not copied into a
        // dictionary of their own.
        let dimensions = positions[.dimension] ?? IDIndex()
        let monitoring = plan.monitoring
        struct Key: Hashable { var indicator: Int; var period: ReportingPeriod; var dimension: EntityID?; var category: String }
        // A value without a breakdown (nearly all), by its indicator's position, its year and its
        // period within the year (0 for none): whole numbers, hashed without a text.
        struct TotalKey: Hashable { var indicator: Int; var year: Int; var period: Int }
        var seen = Set<Key>()
        var seenTotals = Set<TotalKey>(minimumCapacity: monitoring.actuals.count)
        // Each total kept only when some values are broken down (to compare their sum with it).
        let sums = Disaggregation.sums(plan)
        var totals = [Key: Double](minimumCapacity: sums.isEmpty ? 0 : monitoring.actuals.count)
        monitoring.actuals.withUnsafeBufferPointer { actuals in
            for index in actuals.indices {
                // Its fields read where they lie (no copy of each of thousands of values).
                let actual = actuals.baseAddress! + index
                let id = actual.pointee.id // captured by the locations (made only for a finding), not the whole value
                let found = lookUp(actual.pointee.indicatorId, .resultIndicator, from: Location(id, ActualValue.Field.indicator))
                reference(actual.pointee.dimensionId, .dimension, from: Location(id, ActualValue.Field.dimension))
                nonNegative(actual.pointee.denominator, Location(id, ActualValue.Field.denominator), what: "The denominator")
                guard let found else { continue }
                // The indicator's fields read where they lie too.
                let frequency = monitoring.indicators[found].frequency
                let perYear = ReportingPeriod.perYear(frequency)
                let (year, period, dimensionId) = (actual.pointee.year, actual.pointee.period, actual.pointee.dimensionId)
                if let period, !(1...perYear).contains(period) || perYear == 1 {
                    add(.error, .actualPeriod, Location(id, ActualValue.Field.period),
                        "Value \(id) of \(name(monitoring.indicators[found])) is for period \(period), but the indicator reports "
                            + (perYear == 1 ? "\(frequency.label.lowercased()) (leave the period empty)."
                                            : "\(frequency.label.lowercased()) (periods 1 to \(perYear))."))
                    continue
                }
                let reportingPeriod = ReportingPeriod.recorded(year: year, period: period, at: frequency)
                if perYear > 1 && period == nil {
                    add(.hint, .actualPeriod, Location(id, ActualValue.Field.period),
                        "Value \(id) of \(name(monitoring.indicators[found])) has no period, so it is the year's: it counts as "
                            + "\(reportingPeriod.label), the indicator reporting \(frequency.label.lowercased()).")
                }
                guard let dimensionId else {
                    if !seenTotals.insert(TotalKey(indicator: found, year: year, period: reportingPeriod.period ?? 0)).inserted {
                        add(.error, .actualDuplicate, Location(id, ActualValue.Field.value),
                            "Value \(id): \(name(monitoring.indicators[found])) already has a value for \(reportingPeriod.label).")
                    }
                    if !sums.isEmpty {
                        totals[Key(indicator: found, period: reportingPeriod, dimension: nil, category: "")] = actual.pointee.value
                    }
                    continue
                }
                let category = actual.pointee.category
                if !monitoring.indicators[found].dimensionIds.contains(dimensionId) {
                    add(.warning, .actualCategory, Location(id, ActualValue.Field.dimension),
                        "Value \(id) is broken down by \(nameOf(.dimension, dimensionId)), which \(name(monitoring.indicators[found])) does not use.")
                } else if let found = dimensions[dimensionId], case let categories = monitoring.dimensions[found].categories,
                          !categories.isEmpty, !categories.contains(category) {
                    add(.warning, .actualCategory, Location(id, ActualValue.Field.category),
                        "Value \(id) is for \"\(category)\", which is not a category of "
                            + "\(name(monitoring.dimensions[found])) (" + categories.joined(separator: ", ") + ").")
                }
                if !seen.insert(Key(indicator: found, period: reportingPeriod, dimension: dimensionId, category: category)).inserted {
                    add(.error, .actualDuplicate, Location(id, ActualValue.Field.value),
                        "Value \(id): \(name(monitoring.indicators[found])) already has a value for "
                            + reportingPeriod.label + " (\(category)).")
                }
            }
        }
        let indicators = positions[.resultIndicator] ?? IDIndex()
        for sum in sums {
            guard let found = indicators[sum.indicatorId],
                  let total = totals[Key(indicator: found, period: sum.period, dimension: nil, category: "")] else { continue }
            let indicator = monitoring.indicators[found]
            let scale = max(abs(total), 1)
            if abs(sum.value - total) > 0.005 * scale {
                add(.warning, .actualDisaggregation, Location(sum.firstActualId, ActualValue.Field.value),
                    "\(name(indicator)) in \(sum.period.label): the values by \(nameOf(.dimension, sum.dimensionId)) "
                        + "give \(format(sum.value)) (\(sum.isWeighted ? "weighted by their denominators" : "their sum")), "
                        + "but the total recorded is \(format(total)).")
            }
        }
    }

    /// Without a day, only the latest value of each indicator is judged (no value is overdue).
    private mutating func checkLatestValues() {
        checkProgress(asOf: Day(year: PlanYears.valid.upperBound, month: 12, day: 31) ?? Day(dayNumber: 0), overdue: false)
    }

    private mutating func checkProgress(asOf: Day, overdue: Bool = true) {
        let progresses = plan.indicatorProgress(asOf: asOf, index: positions[.resultIndicator])
        // The texts, with their figures, written when read.
        let (numbers, graceDays) = (numbers, plan.monitoring.settings.graceDays)
        for (indicator, progress) in zip(plan.monitoring.indicators, progresses) {
            let named = Named(indicator)
            if let latest = progress.latest, let target = latest.target {
                let tolerance = progress.tolerancePercent
                switch latest.status {
                case .offTrack:
                    add(.warning, .indicatorOffTrack, Location(.resultIndicator, indicator.id)) {
                        Self.standing(named, latest, target, numbers)
                            + ": off track (tolerance \(numbers.format(tolerance, decimals: 2))% of the target)."
                    }
                case .atRisk:
                    add(.hint, .indicatorAtRisk, Location(.resultIndicator, indicator.id)) {
                        Self.standing(named, latest, target, numbers)
                            + ": at risk (within the tolerance of \(numbers.format(tolerance, decimals: 2))%)."
                    }
                default: break
                }
            }
            if overdue, let late = progress.overdue {
                let missing = progress.missing.count
                add(.warning, .indicatorOverdue, Location(.resultIndicator, indicator.id)) {
                    "\(named) has no value for \(late.label) (due \(late.end.adding(days: graceDays).iso))"
                        + (missing > 1 ? "; \(missing) periods in all have none." : ".")
                }
            }
        }
        guard overdue else { return }
        for recommendation in plan.evaluation.recommendations where recommendation.isOverdue(on: asOf) {
            add(.warning, .recommendationOverdue, Location(recommendation.id, Recommendation.Field.followUp),
                "Recommendation \(recommendation.id): the action promised was due on \(recommendation.dueDate?.iso ?? "") "
                    + "and is \(recommendation.followUp.label.lowercased()).")
        }
    }

    /// "Indicator X is 12 in 2027 against a target of 15": what a progress finding begins with.
    private static func standing(_ indicator: Named, _ latest: IndicatorProgress.Point, _ target: Double,
                                 _ numbers: NumberConvention) -> String {
        "\(indicator) is \(numbers.format(latest.value, decimals: 2)) in \(latest.period.label) against a target of "
            + numbers.format(target, decimals: 2)
    }

    private mutating func checkExecution() {
        for record in plan.monitoring.executions {
            reference(record.measureId, .measure, from: Location(record.id, Execution.Field.measure))
            nonNegative(record.spent, Location(record.id, Execution.Field.spent), what: "The amount spent")
            nonNegative(record.beneficiaries, Location(record.id, Execution.Field.beneficiaries), what: "The beneficiaries")
        }
        for (record, year) in zip(plan.monitoring.executions, plan.executionYears()) {
            guard let rate = year.ratePercent, rate < 70 || rate > 110 else { continue }
            add(.hint, .executionRate, Location(record.id, Execution.Field.spent),
                "\(nameOf(.measure, record.measureId)) spent \(format(rate))% of its costing in \(record.year)"
                    + (rate < 70 ? " (under 70%)." : " (over 110%)."))
        }
    }
}
