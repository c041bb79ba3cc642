import Foundation
import Testing
@testable import PlanDomain

/// A plan with one indicator (targets 30, 40, 50... from 2026), baseline 20 in 2025.
private func planWithIndicator(_ change: (inout ResultIndicator) -> Void = { _ in }) -> Plan {
    var plan = cleanPlan()
    change(&plan.monitoring.indicators[0])
    return plan
}

private func value(_ id: String, _ year: Int, _ period: Int? = nil, _ value: Double, indicator: String = "RI-1",
                   dimension: EntityID? = nil, category: String = "", denominator: Double? = nil) -> ActualValue {
    var actual = ActualValue(id: id)
    actual.indicatorId = indicator
    actual.year = year
    actual.period = period
    actual.value = value
    actual.dimensionId = dimension
    actual.category = category
    actual.denominator = denominator
    return actual
}

struct ProgressStatusTests {
    @Test(arguments: [
        // actual, target, direction, tolerance, status
        (30.0, 30.0, IndicatorDirection.up, 5.0, ProgressStatus.onTrack),
        (31, 30, .up, 5, .onTrack),
        (28.5, 30, .up, 5, .atRisk),        // 1.5 short = 5% of 30: at risk, the bound included
        (28.4, 30, .up, 5, .offTrack),
        (9.6, 10, .up, 5, .atRisk),         // the example's RI-2 in 2026
        (9.6, 10, .up, 2, .offTrack),       // a stricter tolerance
        (9.6, 10, .up, 0, .offTrack),       // no tolerance: short is off track
        (30, 31, .down, 5, .onTrack),
        (32, 31, .down, 5, .atRisk),
        (34, 31, .down, 5, .offTrack),
        (10.4, 10, .range, 5, .onTrack),    // within 5% either side
        (9.4, 10, .range, 5, .atRisk),      // within twice the tolerance
        (11.2, 10, .range, 5, .offTrack),
        (0.02, 0, .up, 5, .onTrack),        // a target of zero: tolerance counts in units
        (-0.04, 0, .up, 5, .atRisk),
    ])
    func statusByToleranceAndDirection(_ c: (Double, Double, IndicatorDirection, Double, ProgressStatus)) {
        #expect(ProgressJudgement.status(actual: c.0, target: c.1, direction: c.2, tolerancePercent: c.3) == c.4)
    }

    @Test func quarterlyTargetsStepFromTheYearBefore() {
        let plan = planWithIndicator { $0.frequency = .quarterly }
        let indicator = plan.monitoring.indicators[0]
        // 2026: from the baseline 20 (2025) to 30; 2027: from 30 to 40.
        #expect(indicator.target(at: ReportingPeriod(year: 2026, period: 1, frequency: .quarterly)) == 22.5)
        #expect(indicator.target(at: ReportingPeriod(year: 2027, period: 2, frequency: .quarterly)) == 35)
        #expect(indicator.target(at: ReportingPeriod(year: 2027, period: 4, frequency: .quarterly)) == 40)
        #expect(indicator.target(at: ReportingPeriod(year: 2031, period: 1, frequency: .quarterly)) == nil)
        let monthly = ReportingPeriod(year: 2027, period: 3, frequency: .monthly)
        #expect(monthly.end == day("2027-03-31") && monthly.yearFraction == 0.25)
    }

    @Test func progressTakesTheLatestValueDueByTheDayAndSaysWhichWayItMoves() {
        var plan = planWithIndicator { $0.frequency = .quarterly; $0.direction = .up }
        plan.monitoring.actuals = [value("VAL-1", 2026, 1, 22.6), value("VAL-2", 2026, 2, 24),
                                   value("VAL-3", 2026, 3, 26.2), value("VAL-4", 2026, 4, 29)]
        let onSeptember = IndicatorProgress(plan.monitoring.indicators[0], plan: plan, asOf: day("2026-09-30"))
        #expect(onSeptember.latest?.period.label == "2026 Q3")
        #expect(onSeptember.latest?.target == 27.5)
        #expect(onSeptember.status == .atRisk)   // 26.2 against 27.5: 4.7% short
        #expect(onSeptember.improving == true)
        let onNewYear = IndicatorProgress(plan.monitoring.indicators[0], plan: plan, asOf: day("2027-01-01"))
        #expect(onNewYear.points.map(\.status) == [.onTrack, .atRisk, .atRisk, .atRisk])
        #expect(onNewYear.nextTarget == YearValue(year: 2027, value: 40))
    }

    /// Before schema 6 every value was a year's; a quarterly indicator's value with no period is still
    /// the year's, compared with the year's target at the end of the year, and a Q4 value of its own wins.
    @Test func aValueWithNoPeriodIsTheYearsCountedInItsLastQuarter() {
        var plan = planWithIndicator { $0.frequency = .quarterly }
        plan.monitoring.actuals = [value("VAL-1", 2026, nil, 30.4)]
        let indicator = plan.monitoring.indicators[0]
        let progress = IndicatorProgress(indicator, plan: plan, asOf: day("2027-01-31"))
        #expect(progress.latest?.period.label == "2026 Q4")
        #expect(progress.latest?.target == 30 && progress.status == .onTrack)
        // Not yet counted before the year is over.
        #expect(IndicatorProgress(indicator, plan: plan, asOf: day("2026-12-30")).latest == nil)
        plan.monitoring.actuals.append(value("VAL-2", 2026, 4, 25))
        #expect(IndicatorProgress(indicator, plan: plan, asOf: day("2027-01-31")).latest?.value == 25)
        #expect(findings(plan, rule: .actualPeriod).map(\.severity) == [.hint])
    }

    @Test func aMissingValueIsOverdueOnlyAfterTheGraceDays() {
        var plan = planWithIndicator { $0.frequency = .quarterly }
        plan.monitoring.settings.graceDays = 30
        plan.monitoring.actuals = [value("VAL-1", 2026, 1, 23)]
        let indicator = plan.monitoring.indicators[0]
        #expect(IndicatorProgress(indicator, plan: plan, asOf: day("2026-07-30")).overdue == nil)
        let late = IndicatorProgress(indicator, plan: plan, asOf: day("2026-07-31"))
        #expect(late.overdue?.label == "2026 Q2")
        #expect(late.missing.map(\.label) == ["2026 Q2"])
        // The finding needs a day: validation without one judges values but finds nothing overdue.
        #expect(findings(plan, rule: .indicatorOverdue).isEmpty)
        let dated = plan.validate(today: day("2026-10-31")).filter { $0.rule == .indicatorOverdue }
        #expect(dated.count == 1 && dated[0].message.contains("2026 Q2") == false && dated[0].message.contains("2026 Q3"))
        #expect(dated.first?.message.contains("2 periods in all") == true)
    }

    @Test func biennialIndicatorsReportEveryOtherYearFromTheirBaseline() {
        let periods = ReportingPeriod.all(.biennial, years: 2026...2031, anchor: 2024)
        #expect(periods.map(\.year) == [2026, 2028, 2030])
        #expect(ReportingPeriod.all(.endOfPlan, years: 2026...2035, anchor: 2025).map(\.year) == [2035])
        #expect(ReportingPeriod.all(.monthly, years: 2026...2026, anchor: 2025).count == 12)
    }
}

struct DisaggregationTests {
    private func planBrokenDown(_ values: [ActualValue], ratio: Bool) -> Plan {
        var plan = planWithIndicator { indicator in
            indicator.dimensionIds = ["DIM-1"]
            indicator.denominator = ratio ? "Children" : ""
        }
        plan.monitoring.actuals = values
        return plan
    }

    @Test func countsAddUpToTheTotal() {
        let plan = planBrokenDown([value("VAL-1", 2026, nil, 1000), value("VAL-2", 2026, nil, 400, dimension: "DIM-1", category: "Women"),
                                   value("VAL-3", 2026, nil, 600, dimension: "DIM-1", category: "Men")], ratio: false)
        let sums = Disaggregation.sums(plan)
        #expect(sums.count == 1)
        #expect(sums[0].value == 1000 && !sums[0].isWeighted && sums[0].categories == ["Women", "Men"])
        #expect(findings(plan, rule: .actualDisaggregation).isEmpty)
    }

    @Test func sharesAddUpWeightedByTheirDenominators() {
        // 40% of 1,000 girls and 30% of 3,000 boys: 1,300 of 4,000 children, 32.5%.
        let plan = planBrokenDown([value("VAL-1", 2026, nil, 32.5),
                                   value("VAL-2", 2026, nil, 40, dimension: "DIM-1", category: "Women", denominator: 1000),
                                   value("VAL-3", 2026, nil, 30, dimension: "DIM-1", category: "Men", denominator: 3000)],
                                  ratio: true)
        #expect(Disaggregation.sums(plan).first?.value == 32.5)
        #expect(Disaggregation.sums(plan).first?.isWeighted == true)
        #expect(findings(plan, rule: .actualDisaggregation).isEmpty)
    }

    @Test func aBreakdownThatDoesNotAddUpIsAFindingOnItsFirstValue() {
        let plan = planBrokenDown([value("VAL-1", 2026, nil, 1000), value("VAL-2", 2026, nil, 400, dimension: "DIM-1", category: "Women"),
                                   value("VAL-3", 2026, nil, 500, dimension: "DIM-1", category: "Men")], ratio: false)
        let found = findings(plan, rule: .actualDisaggregation)
        #expect(found.count == 1)
        #expect(found.first?.location.id == "VAL-2")
        #expect(found.first?.message.contains("give 900 (their sum), but the total recorded is 1,000") == true)
    }

    @Test func sharesWithoutDenominatorsAreNotSummed() {
        let plan = planBrokenDown([value("VAL-1", 2026, nil, 32.5), value("VAL-2", 2026, nil, 40, dimension: "DIM-1", category: "Women"),
                                   value("VAL-3", 2026, nil, 30, dimension: "DIM-1", category: "Men")], ratio: true)
        #expect(Disaggregation.sums(plan).isEmpty)
    }
}

/// One broken monitoring or evaluation rule: each must fire on the clean plan changed so.
let brokenMonitoringRules: [BrokenRule] = [
    BrokenRule(.actualPeriod, .error, "periods 1 to 4") {
        $0.monitoring.indicators[0].frequency = .quarterly
        $0.monitoring.actuals = [value("VAL-1", 2026, 5, 30)]
    },
    BrokenRule(.actualPeriod, .error, "leave the period empty") { $0.monitoring.actuals = [value("VAL-1", 2026, 2, 30)] },
    BrokenRule(.actualPeriod, .hint, "counts as 2026 Q4") {
        $0.monitoring.indicators[0].frequency = .quarterly
        $0.monitoring.actuals = [value("VAL-1", 2026, nil, 30)]
    },
    BrokenRule(.actualCategory, .warning, "does not use") {
        $0.monitoring.actuals = [value("VAL-1", 2026, nil, 30, dimension: "DIM-1", category: "Women")]
    },
    BrokenRule(.actualCategory, .warning, "not a category of") {
        $0.monitoring.indicators[0].dimensionIds = ["DIM-1"]
        $0.monitoring.actuals = [value("VAL-1", 2026, nil, 30, dimension: "DIM-1", category: "Girls")]
    },
    BrokenRule(.actualDuplicate, .error, "already has a value for 2026") {
        $0.monitoring.actuals = [value("VAL-1", 2026, nil, 30), value("VAL-2", 2026, nil, 31)]
    },
    BrokenRule(.actualDisaggregation, .warning, "but the total recorded is 30") {
        $0.monitoring.indicators[0].dimensionIds = ["DIM-1"]
        $0.monitoring.indicators[0].denominator = ""
        $0.monitoring.actuals = [value("VAL-1", 2026, nil, 30), value("VAL-2", 2026, nil, 10, dimension: "DIM-1", category: "Women")]
    },
    BrokenRule(.indicatorOffTrack, .warning, "off track") { $0.monitoring.actuals = [value("VAL-1", 2026, nil, 25)] },
    BrokenRule(.indicatorAtRisk, .hint, "at risk") { $0.monitoring.actuals = [value("VAL-1", 2026, nil, 29)] },
    BrokenRule(.indicatorOverdue, .warning, "has no value for 2027") {
        $0.monitoring.settings.asOf = Day(iso: "2028-03-31")
        $0.monitoring.actuals = [value("VAL-1", 2026, nil, 30)]
    },
    BrokenRule(.indicatorStocktake, .warning, "the stocktake gives") {
        $0.stocktake.groups[0].partOfPartition = true
        $0.monitoring.indicators[0].computed = .sdg131
        $0.monitoring.indicators[0].baseline = 55
    },
    BrokenRule(.indicatorTracksNothing, .warning, "tracks no outcome") {
        var indicator = ResultIndicator(id: "RI-2")
        indicator.name = "Loose"
        $0.monitoring.indicators.append(indicator)
    },
    BrokenRule(.measureNoIndicator, .warning, "tracked by no indicator") { $0.monitoring.indicators[0].measureIds = [] },
    BrokenRule(.measureNoActivity, .warning, "has no activity") { $0.actionPlan.activities[0].measureId = nil },
    BrokenRule(.activityNoMeasure, .hint, "serves no measure") { $0.actionPlan.activities[0].measureId = nil },
    BrokenRule(.executionRate, .hint, "of its costing") {
        $0.strategy.measures[0].benefit.annualAmount = 100
        $0.strategy.measures[0].takeUp.targetPercent = 50
        var record = Execution(id: "EXE-1")
        record.measureId = "MEA-1"
        record.year = 2028
        record.spent = 1
        $0.monitoring.executions = [record]
    },
    BrokenRule(.riskMitigation, .warning, "has no owner") {
        var risk = Risk(id: "RSK-1")
        risk.risk = "Budget cuts"
        risk.likelihood = .high
        risk.impact = .high
        $0.monitoring.risks = [risk]
    },
    BrokenRule(.riskMitigation, .warning, "has no mitigation") {
        var risk = Risk(id: "RSK-1")
        risk.likelihood = .high
        risk.impact = .medium
        risk.ownerId = "STK-1"
        $0.monitoring.risks = [risk]
    },
    BrokenRule(.evaluationTiming, .warning, "no year and no activity") {
        $0.evaluation.evaluations = [PlannedEvaluation(id: "EVP-1")]
    },
    BrokenRule(.evaluationCriteria, .hint, "asks no question on relevance, coherence") {
        var planned = PlannedEvaluation(id: "EVP-1"); planned.year = 2028
        var question = EvaluationQuestion(id: "EQ-1"); question.evaluationId = "EVP-1"; question.criterion = .impact
        $0.evaluation.evaluations = [planned]
        $0.evaluation.questions = [question]
    },
    BrokenRule(.recommendationResponse, .warning, "no management response") {
        $0.evaluation.recommendations = [Recommendation(id: "REC-1")]
    },
    BrokenRule(.recommendationOverdue, .warning, "was due on 2027-06-30") {
        var recommendation = Recommendation(id: "REC-1")
        recommendation.response = .accepted
        recommendation.dueDate = Day(iso: "2027-06-30")
        recommendation.followUp = .inProgress
        $0.monitoring.settings.asOf = Day(iso: "2027-07-01")
        $0.evaluation.recommendations = [recommendation]
    },
]

struct MonitoringRuleTests {
    @Test(arguments: brokenMonitoringRules)
    func eachRuleFires(_ broken: BrokenRule) {
        var plan = cleanPlan()
        broken.mutate(&plan)
        let found = plan.validate().filter { $0.rule == broken.rule }
        #expect(found.contains { $0.severity == broken.severity && $0.message.contains(broken.words) },
                "\(found.map(\.message))")
    }

    @Test func aRejectedOrDoneRecommendationIsNeverOverdue() {
        var recommendation = Recommendation(id: "REC-1")
        recommendation.dueDate = Day(iso: "2027-06-30")
        for (response, followUp) in [(ManagementResponse.rejected, FollowUpStatus.notStarted), (.accepted, .done),
                                     (.partlyAccepted, .dropped), (.pending, .notStarted)] {
            recommendation.response = response
            recommendation.followUp = followUp
            #expect(!recommendation.isOverdue(on: day("2028-01-01")))
        }
    }
}

struct ExampleMonitoringTests {
    @Test func theExampleFlagsRI2ShortOfItsTargetIn2026() throws {
        var plan = try ExamplePlanTests.loadPlan()
        plan.monitoring.settings.asOf = day("2027-02-15")
        let found = plan.validate().filter { $0.location.id == "RI-2" && $0.rule == .indicatorAtRisk }
        #expect(found.count == 1)
        #expect(found.first?.message.contains("9.6 in 2026 Q4 against a target of 10") == true)
    }

    @Test func theExampleRunsSeveralYearsWithQuarterlyValuesSomeOffTrack() throws {
        let plan = try ExamplePlanTests.loadPlan()
        let report = ProgressReport(plan: plan, asOf: plan.monitoringDay(today: day("2026-01-01")))
        #expect(report.asOf == day("2031-03-31"))
        let quarterly = report.indicators.filter { $0.frequency == .quarterly }
        #expect(quarterly.count >= 3 && quarterly.allSatisfy { $0.points.count >= 16 })
        #expect(report.indicators.contains { $0.frequency == .monthly && $0.points.count >= 48 })
        #expect(report.indicators.filter { $0.status == .offTrack }.map(\.id).contains("RI-2"))
        #expect(report.indicators.contains { $0.overdue != nil })
        #expect(!plan.monitoring.risks.isEmpty && !plan.monitoring.executions.isEmpty)
        let midTerm = try #require(plan.evaluation.evaluations.first { $0.type == .midTerm })
        let findings = plan.evaluation.findings.filter { $0.evaluationId == midTerm.id }.map(\.id)
        let recommendations = plan.evaluation.recommendations.filter { !Set($0.findingIds).isDisjoint(with: findings) }
        #expect(recommendations.count >= 3)
        #expect(recommendations.contains { $0.response == .accepted } && recommendations.contains { $0.response == .rejected })
    }

    @Test func theExamplesTraceHasAThreadForEveryMeasure() throws {
        let plan = try ExamplePlanTests.loadPlan()
        let trace = plan.trace
        #expect(trace.measures.allSatisfy { !$0.activityIds.isEmpty && !$0.indicatorIds.isEmpty })
        #expect(trace.measures.contains { !$0.findingIds.isEmpty && !$0.recommendationIds.isEmpty })
        // The holes the example keeps on purpose: gaps left for later, a recommendation not answered yet.
        #expect(Set(trace.holes.map(\.rule)).isSubset(of: [.gapUnaddressed, .recommendationResponse, .activityNoMeasure]))
        #expect(trace.holes.contains { $0.rule == .recommendationResponse && $0.id == "REC-10" })
    }
}

/// `Plan.indicatorProgress(asOf:)` gathers every indicator's values in one pass over the values:
/// each indicator's progress must be what the indicator's own gives, whatever the values.
struct IndicatorProgressGatheredTests {
    @Test("every indicator's progress from the values gathered at once is its own, over random values")
    func gatheredAsEachOwn() throws {
        var plan = try ExamplePlanTests.loadPlan()
        var random = IncrementalValidationTests.Random(state: 5)
        let indicators = plan.monitoring.indicators.map(\.id) + ["RI-none", ""]
        for round in 0..<12 {
            // Values in random order: totals and broken-down ones, some for indicators that do not
            // exist, some duplicates, some with periods out of range.
            plan.monitoring.actuals = (0..<(20 + round * 15)).map { number in
                var actual = ActualValue(id: "V-\(round)-\(number)")
                actual.indicatorId = indicators[random.next(indicators.count)]
                actual.year = 2024 + random.next(6)
                actual.period = random.next(3) == 0 ? nil : 1 + random.next(13)
                actual.value = Double(random.next(1_000)) / 10
                actual.dimensionId = random.next(5) == 0 ? plan.monitoring.dimensions.first?.id : nil
                return actual
            }
            let day = Day(year: 2025 + round % 4, month: 1 + round % 12, day: 15)!
            let gathered = plan.indicatorProgress(asOf: day)
            #expect(gathered.count == plan.monitoring.indicators.count)
            for (indicator, progress) in zip(plan.monitoring.indicators, gathered) {
                #expect(progress == IndicatorProgress(indicator, plan: plan, asOf: day), "round \(round), \(indicator.id)")
            }
        }
    }
}
