extension Validator {
    /// Rules of the cost model: measures that cannot be costed, start years outside their phase,
    /// eligibility changes, base-year amounts that disagree with their reference, and packages
    /// above the fiscal-space ceiling. (Financing shares that do not add up to 100% are `shares.total`.)
    mutating func checkCosting() {
        let model = CostModel(plan: plan)
        let inScenario = Set(plan.strategy.scenarios.flatMap(\.measureIds))
        for measure in plan.strategy.measures {
            checkPhase(of: measure)
            checkEligibilityChanges(of: measure)
            checkReference(of: measure, model: model)
            if inScenario.contains(measure.id), let problem = model.problem(with: measure), problem != .administrativeRate {
                add(.warning, .measureCost, Location(.measure, measure.id),
                    "Measure \(name(measure)) cannot be costed: \(problem).")
            }
            if !plan.strategy.scenarios.isEmpty && !inScenario.contains(measure.id) {
                add(.hint, .measureScenario, Location(.measure, measure.id),
                    "Measure \(name(measure)) is in no scenario, so no package costs it.")
            }
        }
        checkCeiling()
    }

    private mutating func checkPhase(of measure: Measure) {
        guard let start = measure.startYear, let phaseId = measure.phaseId,
              let phase = plan.strategy.phases.first(where: { $0.id == phaseId }),
              phase.firstYear <= phase.lastYear, !(phase.firstYear...phase.lastYear).contains(start) else { return }
        add(.warning, .measurePhase, Location(measure.id, Measure.Field.startYear),
            "Measure \(name(measure)) starts in \(start), outside its phase \(name(phase)) "
                + "(\(phase.firstYear)-\(phase.lastYear)).")
    }

    private mutating func checkEligibilityChanges(of measure: Measure) {
        let here = Location(measure.id, Measure.Field.eligibleShare)
        var years: Set<Int> = []
        for change in measure.eligibleShareFrom ?? [] {
            percent(change.value, here, what: "The eligible share from \(change.year)")
            if !years.insert(change.year).inserted {
                add(.error, .measureEligibleShare, here,
                    "Measure \(name(measure)) changes its eligible share twice in \(change.year).")
            }
        }
    }

    /// A benefit set as a share of a reference should start at the base-year amount the plan states.
    private mutating func checkReference(of measure: Measure, model: CostModel) {
        let benefit = measure.benefit
        guard benefit.indexation == .shareOfPovertyLine || benefit.indexation == .shareOfMinimumWage,
              benefit.annualAmount > 0 else { return }
        let computed = model.annualBenefit(measure, in: model.baseYear)
        guard computed > 0, abs(computed - benefit.annualAmount) > 0.01 * benefit.annualAmount else { return }
        let reference = benefit.indexation == .shareOfPovertyLine ? "poverty line" : "minimum wage"
        add(.hint, .benefitReference, Location(measure.id, Measure.Field.benefit),
            "Measure \(name(measure)) states \(format(benefit.annualAmount)) a year in \(model.baseYear), but "
                + "\(format(benefit.referenceSharePercent))% of the \(reference) is \(format(computed)); "
                + "the cost uses the share.")
    }

    /// One warning per scenario whose package goes above the fiscal-space ceiling in some year.
    private mutating func checkCeiling() {
        guard let ceiling = plan.stocktake.economy.fiscalSpaceCeilingPercentOfGDP, ceiling.isFinite, ceiling >= 0 else {
            return
        }
        for cost in plan.costComparison() {
            let above = cost.yearsAbove(ceiling: ceiling)
            guard let first = above.first, let peak = cost.generalRevenuePeak else { continue }
            var message = "Scenario \"\(cost.name)\" needs \(format(first.generalRevenuePercentOfGDP ?? 0))% of GDP from "
                + "general revenue in \(first.year), above the fiscal-space ceiling of \(format(ceiling))%"
            if above.count > 1 {
                message += "; it is above in \(counted(above.count, "year")) and peaks at "
                    + "\(format(peak.generalRevenuePercentOfGDP ?? 0))% in \(peak.year)"
            }
            add(.warning, .costCeiling, cost.id.map { Location($0, Scenario.Field.cost) }
                    ?? Location(stage: .strategy, kind: .scenario), message + ".")
        }
    }
}
