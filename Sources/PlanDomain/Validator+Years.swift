extension Validator {
    /// Every year and date of the plan must lie within `PlanYears.valid` (1900-2200): an error
    /// naming the place otherwise. Computations leave such parts out (see `PlanYears`), so these
    /// findings are what tells the user why a cost or a date is missing. In five steps, one per
    /// part of the plan they read (see ``Validation``): the plan's details and mandate, the
    /// stocktake, the strategy, the action plan, monitoring.
    mutating func checkRecordYears() {
        let meta = plan.meta
        year(meta.baseYear, Location(RecordKind.DetailsField.baseYear), what: "The base year")
        year(meta.firstYear, Location(RecordKind.DetailsField.firstYear), what: "The first year")
        year(meta.lastYear, Location(RecordKind.DetailsField.lastYear), what: "The last year")
        date(plan.foundations.mandate.date, Location(RecordKind.MandateField.date), what: "The mandate's date")
    }

    mutating func checkStocktakeYears() {
        for indicator in plan.stocktake.indicators {
            year(indicator.year, Location(indicator.id, Indicator.Field.year), what: "The year of \(Named(indicator))")
        }
        let economy = plan.stocktake.economy
        // Each names the economic-inputs field that holds its yearly values.
        let series: [(String, GrowthSeries, Location)] = [
            ("GDP", economy.gdp, Location(RecordKind.EconomyField.gdpByYear)),
            ("Government expenditure", economy.governmentExpenditure, Location(RecordKind.EconomyField.expenditureByYear)),
            ("Inflation", economy.inflation, Location(RecordKind.EconomyField.inflationByYear)),
            ("The poverty line", economy.povertyLine, Location(RecordKind.EconomyField.povertyLine)),
            ("The minimum wage", economy.minimumWage, Location(RecordKind.EconomyField.minimumWage)),
        ]
        for (what, values, location) in series {
            years(values.yearly, location, what: "\(what) is given for")
        }
        for group in plan.stocktake.groups {
            year(group.year, Location(group.id, PopulationGroup.Field.year), what: "The year of \(Named(group))'s size")
            years(group.projection, Location(group.id, PopulationGroup.Field.projection),
                  what: "The projection of \(Named(group)) gives a size for")
        }
    }

    /// The year of one scheme's figures (after the rest of the stocktake's years).
    mutating func checkSchemeYear(_ scheme: Scheme) {
        year(scheme.year, Location(scheme.id, Scheme.Field.year), what: "The year of \(Named(scheme))'s figures")
    }

    mutating func checkStrategyYears() {
        for measure in plan.strategy.measures {
            year(measure.startYear, Location(measure.id, Measure.Field.startYear),
                 what: "The start year of \(Named(measure))")
            years(measure.eligibleShareFrom ?? [], Location(measure.id, Measure.Field.eligibleShare),
                  what: "\(Named(measure)) changes its eligible share in")
            years(measure.takeUp.yearly, Location(measure.id, Measure.Field.takeUp),
                  what: "\(Named(measure)) gives a take-up for")
        }
        for phase in plan.strategy.phases {
            let here = Location(phase.id, Phase.Field.years)
            year(phase.firstYear, here, what: "The first year of \(Named(phase))")
            year(phase.lastYear, here, what: "The last year of \(Named(phase))")
        }
        for step in plan.strategy.approvals {
            date(step.date, Location(step.id, ApprovalStep.Field.date), what: "The date of \(Named(step))")
        }
        for consultation in plan.strategy.consultations {
            date(consultation.date, Location(consultation.id, Consultation.Field.date),
                 what: "The date of \(Named(consultation))")
        }
        for action in plan.strategy.publicInformation {
            date(action.date, Location(action.id, PublicAction.Field.date), what: "The date of \(Named(action))")
        }
    }

    /// The timetable's start date (then each activity's: `checkDates(of:)`).
    mutating func checkActionPlanYears() {
        date(plan.actionPlan.startDate, Location(RecordKind.TimetableField.startDate),
             what: "The timetable's start date")
    }

    mutating func checkDates(of activity: Activity) {
        // The message is written only for a date out of range (10,000 activities, four dates each),
        // and the dates are read one by one (a list of them for each activity cost an allocation).
        func check(_ field: Activity.Field, _ what: String, _ day: Day?) {
            guard let day, !PlanYears.isValid(day.year) else { return }
            date(day, Location(activity.id, field), what: "The \(what) of \(Named(activity))")
        }
        check(.start, "fixed start", activity.start)
        check(.start, "not-earlier-than date", activity.notEarlierThan)
        check(.actualStart, "actual start", activity.actualStart)
        check(.actualFinish, "actual finish", activity.actualFinish)
    }

    mutating func checkMonitoringYears() {
        for indicator in plan.monitoring.indicators {
            let named = Named(indicator) // captured by the texts instead of the whole indicator
            year(indicator.baselineYear, Location(indicator.id, ResultIndicator.Field.baseline),
                 what: "The baseline year of \(named)")
            years(indicator.targets, Location(indicator.id, ResultIndicator.Field.targets),
                  what: "\(named) has a target for")
        }
        for actual in plan.monitoring.actuals {
            year(actual.year, Location(actual.id, ActualValue.Field.year), what: "The year of value \(actual.id)")
        }
    }

    private mutating func year(_ value: Int?, _ location: Location, what: @autoclosure () -> String) {
        guard let value, !PlanYears.isValid(value) else { return }
        add(.error, .yearRange, location, "\(what()) is \(value); years go from \(PlanYears.rangeText).")
    }

    private mutating func years(_ values: [YearValue], _ location: Location, what: @autoclosure () -> String) {
        // One finding per field, naming the first year out of range: a list of a million bad
        // years gives one line, not a million.
        let bad = values.filter { !PlanYears.isValid($0.year) }
        guard let first = bad.first else { return }
        let more = bad.count > 1 ? " (and \(bad.count - 1) more years out of range)" : ""
        add(.error, .yearRange, location, "\(what()) \(first.year)\(more); years go from \(PlanYears.rangeText).")
    }

    private mutating func date(_ day: Day?, _ location: Location, what: @autoclosure () -> String) {
        guard let day, !PlanYears.isValid(day.year) else { return }
        add(.error, .yearRange, location, "\(what()) is \(day); years go from \(PlanYears.rangeText).")
    }
}
