import Testing
@testable import PlanDomain

/// One broken rule: a change to the clean plan and the finding it must produce.
struct BrokenRule: Sendable, CustomTestStringConvertible {
    let rule: Rule
    let severity: Severity
    let words: String
    let mutate: @Sendable (inout Plan) -> Void
    var testDescription: String { "\(rule): \(words)" }

    init(_ rule: Rule, _ severity: Severity, _ words: String, _ mutate: @escaping @Sendable (inout Plan) -> Void) {
        self.rule = rule
        self.severity = severity
        self.words = words
        self.mutate = mutate
    }
}

let brokenRules: [BrokenRule] = [
    BrokenRule(.ceilingGross, .error, "gross spending") {
        var ceiling = CostCeiling(id: "CEIL-9")
        ceiling.basis = .grossSpending
        ceiling.ceilingPercent = 100
        $0.administration.costCeilings.append(ceiling)
    },
    BrokenRule(.indicatorOutcome, .hint, "not linked to an outcome") {
        var indicator = ResultIndicator(id: "RI-9")
        indicator.name = "Coverage"
        $0.monitoring.indicators.append(indicator)
    },
    BrokenRule(.nameEmpty, .warning, "has no name") { $0.foundations.stakeholders.append(Stakeholder(id: "STK-99")) },
    BrokenRule(.studyNone, .hint, "register of studies is empty") { $0.foundations.studies = [] },
    BrokenRule(.studyTitle, .warning, "STU-9 has no title") {
        var study = Study(id: "STU-9"); study.stages = [.stocktake]
        $0.foundations.studies.append(study)
    },
    BrokenRule(.studyStages, .warning, "says no stage it informs") {
        var study = Study(id: "STU-9"); study.title = "Labour Force Survey 2024"
        $0.foundations.studies.append(study)
    },
    BrokenRule(.studyFile, .warning, "keeps no file or link") {
        var study = Study(id: "STU-9"); study.title = "Actuarial valuation"; study.stages = [.strategy]
        study.status = .done
        $0.foundations.studies.append(study)
    },
    BrokenRule(.referenceMissing, .error, "STU-42") { $0.stocktake.groups[0].studyId = "STU-42" },
    BrokenRule(.metaHorizon, .error, "before it starts") { $0.meta.lastYear = 2020 },
    BrokenRule(.metaBaseYear, .warning, "after the first year") { $0.meta.baseYear = 2028 },
    BrokenRule(.metaCurrency, .error, "ISO 4217") { $0.meta.currency = "francs" },
    BrokenRule(.metaCountryCode, .warning, "ISO 3166") { $0.meta.country.code = "ci" },
    BrokenRule(.metaCountry, .error, "no country name") { $0.meta.country.name = " " },
    BrokenRule(.metaTitle, .warning, "no title") { $0.meta.title = "" },
    BrokenRule(.idDuplicate, .error, "share the id SCH-1") { $0.stocktake.schemes.append(Scheme(id: "SCH-1")) },
    BrokenRule(.idEmpty, .error, "has no id") { $0.stocktake.reasons.append(ExtensionReason(id: "")) },
    BrokenRule(.referenceMissing, .error, "stakeholder STK-9") { $0.foundations.leadMinistryId = "STK-9" },
    BrokenRule(.referenceMissing, .error, "group GRP-7") { $0.stocktake.schemes[0].groupIds.append("GRP-7") },
    BrokenRule(.referenceMissing, .error, "activity ACT-99") {
        $0.actionPlan.activities[1].dependencies.append(Dependency(activityId: "ACT-99"))
    },
    BrokenRule(.valueNegative, .error, "cannot be negative") { $0.stocktake.groups[0].size = -5 },
    BrokenRule(.groupGrowth, .error, "impossible") { $0.stocktake.groups[0].growthPercent = -120 },
    BrokenRule(.sharesTotal, .error, "add up to 90%, not 100%") {
        $0.stocktake.schemes[0].financing = FinancingShares(insuredContributions: 40, generalRevenue: 50)
    },
    BrokenRule(.sharesTotal, .error, "add up to 110%") {
        $0.strategy.measures[0].financing = FinancingShares(generalRevenue: 100, coPayments: 10)
    },
    BrokenRule(.sharesMissing, .warning, "no financing shares") { $0.stocktake.schemes[0].financing = FinancingShares() },
    BrokenRule(.percentRange, .error, "between 0 and 100%") { $0.strategy.measures[0].takeUp.targetPercent = 120 },
    BrokenRule(.percentRange, .error, "eligible share") { $0.strategy.measures[0].eligibleSharePercent = -1 },
    BrokenRule(.schemeRecipients, .warning, "more than the group's 1,000") {
        $0.stocktake.schemes[0].recipients = [GroupCount(groupId: "GRP-1", count: 1500)]
    },
    BrokenRule(.schemeContingencies, .warning, "covers no contingency") { $0.stocktake.schemes[0].contingencies = [] },
    BrokenRule(.schemeAdminCost, .warning, "more on administration") {
        $0.stocktake.schemes[0].expenditure = 100
        $0.stocktake.schemes[0].administrativeCost = 150
    },
    BrokenRule(.coverageDuplicate, .warning, "assessed twice") {
        var a = CoverageAssessment(id: "COV-1"); a.groupId = "GRP-1"
        var b = CoverageAssessment(id: "COV-2"); b.groupId = "GRP-1"
        $0.stocktake.coverage = [a, b]
    },
    BrokenRule(.gapUnaddressed, .warning, "not addressed by any measure") { $0.strategy.measures[0].gapIds = [] },
    BrokenRule(.gapReason, .hint, "not linked to a reason") { $0.stocktake.gaps[0].reasonIds = [] },
    BrokenRule(.measureGaps, .warning, "which gap it closes") { $0.strategy.measures[0].gapIds = [] },
    BrokenRule(.measureLead, .warning, "no lead institution") { $0.strategy.measures[0].leadInstitutionId = nil },
    BrokenRule(.measureStart, .warning, "no start year") { $0.strategy.measures[0].startYear = nil },
    BrokenRule(.yearHorizon, .warning, "outside the plan's horizon") { $0.strategy.measures[0].startYear = 2040 },
    BrokenRule(.measureModel, .warning, "contributory but takes no contributions") {
        $0.strategy.measures[0].financingModel = .contributory
    },
    BrokenRule(.measureAdminRate, .error, "below 100%") {
        $0.strategy.measures[0].administrativeBasis = .grossSpending
        $0.strategy.measures[0].administrativeRatePercent = 100
    },
    BrokenRule(.takeUpRamp, .error, "at least one year") { $0.strategy.measures[0].takeUp.rampYears = 0 },
    BrokenRule(.economyGdp, .warning, "GDP is not given") { $0.stocktake.economy.gdp = GrowthSeries() },
    BrokenRule(.phaseOverlap, .warning, "overlap in 2028-2029") {
        var first = Phase(id: "PHA-1"); first.firstYear = 2026; first.lastYear = 2029
        var second = Phase(id: "PHA-2"); second.firstYear = 2028; second.lastYear = 2030
        $0.strategy.phases = [second, first]
    },
    BrokenRule(.phaseYears, .error, "before it starts") {
        var phase = Phase(id: "PHA-1"); phase.firstYear = 2029; phase.lastYear = 2027
        $0.strategy.phases = [phase]
    },
    BrokenRule(.scoreRange, .error, "from 1 to 5") {
        var score = PriorityScore(id: "SCO-1"); score.gapId = "GAP-1"; score.criterionId = "CRI-1"; score.score = 7
        $0.strategy.scores = [score]
    },
    BrokenRule(.criterionWeight, .error, "negative weight") { $0.strategy.criteria[0].weight = -1 },
    BrokenRule(.approvalOrder, .warning, "approved before technical validation") {
        $0.strategy.approvals[3].status = .approved
        $0.strategy.approvals[3].date = Day(iso: "2027-01-01")
    },
    BrokenRule(.approvalDate, .warning, "has no date") { $0.strategy.approvals[0].status = .approved },
    BrokenRule(.activityResponsible, .warning, "no responsible institution") {
        $0.actionPlan.activities[0].responsibleId = nil
    },
    BrokenRule(.activityDuration, .error, "cannot be negative") { $0.actionPlan.activities[0].durationDays = -3 },
    BrokenRule(.activityMilestone, .warning, "a milestone has no duration") { $0.actionPlan.activities[0].milestone = true },
    BrokenRule(.dependencySelf, .error, "depends on itself") {
        $0.actionPlan.activities[0].dependencies = [Dependency(activityId: "ACT-1")]
    },
    BrokenRule(.activityActual, .error, "finished (2026-01-01) before it started") {
        $0.actionPlan.activities[0].actualStart = Day(iso: "2026-02-01")
        $0.actionPlan.activities[0].actualFinish = Day(iso: "2026-01-01")
    },
    BrokenRule(.activityProgress, .hint, "done but shows 50% progress") {
        $0.actionPlan.activities[0].status = .done
        $0.actionPlan.activities[0].progressPercent = 50
    },
    BrokenRule(.ceilingDuplicate, .warning, "more than one cost ceiling") {
        $0.administration.costCeilings.append(CostCeiling(id: "CEIL-99"))
    },
    BrokenRule(.capacityInstitution, .error, "names no institution") {
        $0.administration.capacities = [CapacityAssessment(id: "CAP-1")]
    },
    BrokenRule(.indicatorBaseline, .warning, "no baseline") {
        $0.monitoring.indicators = [ResultIndicator(id: "RI-1")]
    },
    BrokenRule(.indicatorTargets, .warning, "no targets") { $0.monitoring.indicators = [ResultIndicator(id: "RI-1")] },
    BrokenRule(.findingRating, .error, "ratings go from 1") {
        var finding = EvaluationFinding(id: "EF-1"); finding.rating = 9
        $0.evaluation.findings = [finding]
    },
]

struct ValidationTests {
    @Test func theCleanPlanHasNoErrorsOrWarnings() {
        let found = cleanPlan().validate().filter { $0.severity != .hint }
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test(arguments: brokenRules + guideBrokenRules + processRules)
    func eachRuleFires(_ broken: BrokenRule) {
        var plan = cleanPlan()
        broken.mutate(&plan)
        let hits = findings(plan, rule: broken.rule)
        #expect(hits.contains { $0.severity == broken.severity && $0.message.contains(broken.words) },
                "got \(plan.validate().map { "\($0.rule): \($0.message)" })")
    }

    @Test func findingsSayWhere() throws {
        var plan = cleanPlan()
        plan.stocktake.schemes[0].financing = FinancingShares(generalRevenue: 50)
        let finding = try #require(findings(plan, rule: .sharesTotal).first)
        #expect(finding.location == Location("SCH-1", Scheme.Field.financing))
        #expect(finding.location.description == "1 Stocktake > scheme SCH-1 > financing")
    }

    @Test func errorsComeFirst() {
        var plan = cleanPlan()
        plan.meta.title = ""
        plan.meta.lastYear = 2000
        let severities = plan.validate().map(\.severity)
        #expect(severities == severities.sorted())
        #expect(severities.first == .error)
    }

    @Test func approvalsInOrderAreFine() {
        var plan = cleanPlan()
        for index in 0..<3 {
            plan.strategy.approvals[index].status = .approved
            plan.strategy.approvals[index].date = Day(iso: "2027-0\(index + 1)-10")
        }
        #expect(findings(plan, rule: .approvalOrder).isEmpty)
        plan.strategy.approvals[2].date = Day(iso: "2026-12-01")
        #expect(findings(plan, rule: .approvalOrder).count == 2)
    }
}
