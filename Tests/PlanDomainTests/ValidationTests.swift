import Testing
@testable import PlanDomain

/// One broken rule: a change to the clean plan and the finding it must produce.
struct BrokenRule: Sendable, CustomTestStringConvertible {
    let rule: String
    let severity: Severity
    let words: String
    let mutate: @Sendable (inout Plan) -> Void
    var testDescription: String { "\(rule): \(words)" }

    init(_ rule: String, _ severity: Severity, _ words: String, _ mutate: @escaping @Sendable (inout Plan) -> Void) {
        self.rule = rule
        self.severity = severity
        self.words = words
        self.mutate = mutate
    }
}

let brokenRules: [BrokenRule] = [
    BrokenRule("meta.horizon", .error, "before it starts") { $0.meta.lastYear = 2020 },
    BrokenRule("meta.baseYear", .warning, "after the first year") { $0.meta.baseYear = 2028 },
    BrokenRule("meta.currency", .error, "ISO 4217") { $0.meta.currency = "francs" },
    BrokenRule("meta.countryCode", .warning, "ISO 3166") { $0.meta.country.code = "ci" },
    BrokenRule("meta.country", .error, "no country name") { $0.meta.country.name = " " },
    BrokenRule("meta.title", .warning, "no title") { $0.meta.title = "" },
    BrokenRule("id.duplicate", .error, "share the id SCH-1") { $0.stocktake.schemes.append(Scheme(id: "SCH-1")) },
    BrokenRule("id.empty", .error, "has no id") { $0.stocktake.reasons.append(ExtensionReason(id: "")) },
    BrokenRule("reference.missing", .error, "stakeholder STK-9") { $0.foundations.leadMinistryId = "STK-9" },
    BrokenRule("reference.missing", .error, "group GRP-7") { $0.stocktake.schemes[0].groupIds.append("GRP-7") },
    BrokenRule("reference.missing", .error, "activity ACT-99") {
        $0.actionPlan.activities[1].dependencies.append(Dependency(activityId: "ACT-99"))
    },
    BrokenRule("value.negative", .error, "cannot be negative") { $0.stocktake.groups[0].size = -5 },
    BrokenRule("group.growth", .error, "impossible") { $0.stocktake.groups[0].growthPercent = -120 },
    BrokenRule("shares.total", .error, "add up to 90%, not 100%") {
        $0.stocktake.schemes[0].financing = FinancingShares(insuredContributions: 40, generalRevenue: 50)
    },
    BrokenRule("shares.total", .error, "add up to 110%") {
        $0.strategy.measures[0].financing = FinancingShares(generalRevenue: 100, coPayments: 10)
    },
    BrokenRule("shares.missing", .warning, "no financing shares") { $0.stocktake.schemes[0].financing = FinancingShares() },
    BrokenRule("percent.range", .error, "between 0 and 100%") { $0.strategy.measures[0].takeUp.targetPercent = 120 },
    BrokenRule("percent.range", .error, "eligible share") { $0.strategy.measures[0].eligibleSharePercent = -1 },
    BrokenRule("scheme.recipients", .warning, "more than the group's 1,000") {
        $0.stocktake.schemes[0].recipients = [GroupCount(groupId: "GRP-1", count: 1500)]
    },
    BrokenRule("scheme.contingencies", .warning, "covers no contingency") { $0.stocktake.schemes[0].contingencies = [] },
    BrokenRule("scheme.adminCost", .warning, "more on administration") {
        $0.stocktake.schemes[0].expenditure = 100
        $0.stocktake.schemes[0].administrativeCost = 150
    },
    BrokenRule("coverage.duplicate", .warning, "assessed twice") {
        var a = CoverageAssessment(id: "COV-1"); a.groupId = "GRP-1"
        var b = CoverageAssessment(id: "COV-2"); b.groupId = "GRP-1"
        $0.stocktake.coverage = [a, b]
    },
    BrokenRule("gap.unaddressed", .warning, "not addressed by any measure") { $0.strategy.measures[0].gapIds = [] },
    BrokenRule("gap.reason", .hint, "not linked to a reason") { $0.stocktake.gaps[0].reasonIds = [] },
    BrokenRule("measure.gaps", .warning, "which gap it closes") { $0.strategy.measures[0].gapIds = [] },
    BrokenRule("measure.lead", .warning, "no lead institution") { $0.strategy.measures[0].leadInstitutionId = nil },
    BrokenRule("measure.start", .warning, "no start year") { $0.strategy.measures[0].startYear = nil },
    BrokenRule("year.horizon", .warning, "outside the plan's horizon") { $0.strategy.measures[0].startYear = 2040 },
    BrokenRule("measure.model", .warning, "contributory but takes no contributions") {
        $0.strategy.measures[0].financingModel = .contributory
    },
    BrokenRule("measure.adminRate", .error, "below 100%") {
        $0.strategy.measures[0].administrativeBasis = .grossSpending
        $0.strategy.measures[0].administrativeRatePercent = 100
    },
    BrokenRule("takeUp.ramp", .error, "at least one year") { $0.strategy.measures[0].takeUp.rampYears = 0 },
    BrokenRule("economy.gdp", .warning, "GDP is not given") { $0.stocktake.economy.gdp = GrowthSeries() },
    BrokenRule("phase.years", .error, "before it starts") {
        var phase = Phase(id: "PHA-1"); phase.firstYear = 2029; phase.lastYear = 2027
        $0.strategy.phases = [phase]
    },
    BrokenRule("score.range", .error, "from 1 to 5") {
        var score = PriorityScore(id: "SCO-1"); score.gapId = "GAP-1"; score.criterionId = "CRI-1"; score.score = 7
        $0.strategy.scores = [score]
    },
    BrokenRule("criterion.weight", .error, "negative weight") { $0.strategy.criteria[0].weight = -1 },
    BrokenRule("approval.order", .warning, "approved before technical validation") {
        $0.strategy.approvals[3].status = .approved
        $0.strategy.approvals[3].date = Day(iso: "2027-01-01")
    },
    BrokenRule("approval.date", .warning, "has no date") { $0.strategy.approvals[0].status = .approved },
    BrokenRule("activity.responsible", .warning, "no responsible institution") {
        $0.actionPlan.activities[0].responsibleId = nil
    },
    BrokenRule("activity.duration", .error, "cannot be negative") { $0.actionPlan.activities[0].durationDays = -3 },
    BrokenRule("activity.milestone", .warning, "a milestone has no duration") { $0.actionPlan.activities[0].milestone = true },
    BrokenRule("dependency.self", .error, "depends on itself") {
        $0.actionPlan.activities[0].dependencies = [Dependency(activityId: "ACT-1")]
    },
    BrokenRule("activity.actual", .error, "finished (2026-01-01) before it started") {
        $0.actionPlan.activities[0].actualStart = Day(iso: "2026-02-01")
        $0.actionPlan.activities[0].actualFinish = Day(iso: "2026-01-01")
    },
    BrokenRule("activity.progress", .hint, "done but shows 50% progress") {
        $0.actionPlan.activities[0].status = .done
        $0.actionPlan.activities[0].progressPercent = 50
    },
    BrokenRule("ceiling.duplicate", .warning, "more than one cost ceiling") {
        $0.administration.costCeilings.append(CostCeiling(id: "CEIL-99"))
    },
    BrokenRule("capacity.institution", .error, "names no institution") {
        $0.administration.capacities = [CapacityAssessment(id: "CAP-1")]
    },
    BrokenRule("indicator.baseline", .warning, "no baseline") {
        $0.monitoring.indicators = [ResultIndicator(id: "RI-1")]
    },
    BrokenRule("indicator.targets", .warning, "no targets") { $0.monitoring.indicators = [ResultIndicator(id: "RI-1")] },
    BrokenRule("finding.rating", .error, "ratings go from 1") {
        var finding = EvaluationFinding(id: "EF-1"); finding.rating = 9
        $0.evaluation.findings = [finding]
    },
]

struct ValidationTests {
    @Test func theCleanPlanHasNoErrorsOrWarnings() {
        let found = cleanPlan().validate().filter { $0.severity != .hint }
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test(arguments: brokenRules)
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
        let finding = try #require(findings(plan, rule: "shares.total").first)
        #expect(finding.location == Location(.scheme, "SCH-1", field: "financing"))
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
        #expect(findings(plan, rule: "approval.order").isEmpty)
        plan.strategy.approvals[2].date = Day(iso: "2026-12-01")
        #expect(findings(plan, rule: "approval.order").count == 2)
    }
}
