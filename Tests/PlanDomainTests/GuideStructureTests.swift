import Testing
@testable import PlanDomain

/// The rules of issue 16's second slice: the action plan explained, the money (pledges,
/// appropriations, the timetable for commitment), expert support and partners, evaluability.
let guideBrokenRules: [BrokenRule] = [
    BrokenRule(.activityDescription, .hint, "ACT-1 \"Draft the law\" has no description") { _ in },
    BrokenRule(.activityOutput, .warning, "names no output") { $0.actionPlan.activities[0].output = "" },
    BrokenRule(.activityVerification, .warning, "no means of verification") {
        $0.actionPlan.activities[1].verification = " "
    },
    BrokenRule(.outputIndicator, .hint, "2 activities with an output have no output indicator (ACT-1, ACT-2)") { _ in },
    BrokenRule(.referenceMissing, .error, "ACT-77") {
        var indicator = ResultIndicator(id: "RI-9")
        indicator.activityIds = ["ACT-77"]
        $0.monitoring.indicators.append(indicator)
    },
    BrokenRule(.pledgePartner, .warning, "PLG-1 names no partner") { $0.actionPlan.pledges.append(financialPledge(partner: nil)) },
    BrokenRule(.pledgeAmount, .warning, "technical but has no person-days") {
        var pledge = financialPledge()
        pledge.kind = .technical
        $0.actionPlan.pledges.append(pledge)
    },
    BrokenRule(.pledgeYears, .warning, "ends (2027) before it starts (2029)") {
        var pledge = financialPledge()
        pledge.firstYear = 2029
        pledge.lastYear = 2027
        $0.actionPlan.pledges.append(pledge)
    },
    BrokenRule(.pledgeRate, .warning, "is in EUR with no exchange rate to XOF") {
        var pledge = financialPledge()
        pledge.currency = "EUR"
        $0.actionPlan.pledges.append(pledge)
    },
    BrokenRule(.appropriationAmount, .warning, "BUD-1 (State budget, 2027) has no amount") {
        var appropriation = Appropriation(id: "BUD-1")
        appropriation.year = 2027
        $0.actionPlan.appropriations.append(appropriation)
    },
    BrokenRule(.appropriationYear, .warning, "is for 2040, outside the plan's horizon") {
        var appropriation = Appropriation(id: "BUD-1")
        appropriation.year = 2040
        appropriation.amount = 10
        $0.actionPlan.appropriations.append(appropriation)
    },
    BrokenRule(.commitmentYear, .warning, "2028: the plan costs XOF 1,000,000 and no budget appropriation") {
        $0.actionPlan.activities[0].budget = 1_000_000
        $0.actionPlan.activities[0].start = Day(year: 2028, month: 3, day: 1)
    },
    BrokenRule(.fundingGap, .warning, "not fully funded in 2028: the largest gap is XOF 400,000 in 2028") {
        $0.actionPlan.activities[0].budget = 1_000_000
        $0.actionPlan.activities[0].start = Day(year: 2028, month: 3, day: 1)
        var appropriation = Appropriation(id: "BUD-1")
        appropriation.year = 2028
        appropriation.amount = 600_000
        $0.actionPlan.appropriations.append(appropriation)
    },
    BrokenRule(.fundingScenario, .hint, "none is marked as financed") {
        var first = Scenario(id: "SCN-1"), second = Scenario(id: "SCN-2")
        first.name = "Floor"
        first.measureIds = ["MEA-1"]
        second.name = "Floor plus"
        second.measureIds = ["MEA-1"]
        $0.strategy.scenarios = [first, second]
    },
    BrokenRule(.expertStages, .warning, "EXS-1 (ILO actuary) names no stage") {
        var support = ExpertSupport(id: "EXS-1")
        support.expert = "ILO actuary"
        support.personDays = 20
        $0.foundations.expertSupport.append(support)
    },
    BrokenRule(.expertDays, .warning, "has no person-days") {
        var support = ExpertSupport(id: "EXS-1")
        support.expert = "ILO actuary"
        support.stages = [.strategy]
        $0.foundations.expertSupport.append(support)
    },
    BrokenRule(.expertNone, .hint, "No expert support is recorded for Foundations, Stocktake") { _ in },
    BrokenRule(.partnerConsulted, .warning, "Workers' organisation STK-2 \"Trade union congress\" takes part in no") {
        addUnion(&$0, consulted: Day(year: 2026, month: 2, day: 1), consulting: "STK-1")
    },
    BrokenRule(.partnerLate, .hint, "first consulted on 2026-09-01, after the strategy started its approval on 2026-06-30") {
        addUnion(&$0, consulted: Day(year: 2026, month: 9, day: 1), consulting: "STK-2")
        $0.strategy.approvals[0].date = Day(year: 2026, month: 6, day: 30)
    },
    BrokenRule(.questionData, .warning, "EQ-1 says no data it needs") { $0.evaluation.questions.append(question()) },
    BrokenRule(.questionAvailability, .warning, "EQ-1: check whether the data it needs exists") {
        var asked = question()
        asked.dataNeeded = "Beneficiary registry extracts"
        $0.evaluation.questions.append(asked)
    },
    BrokenRule(.questionLimits, .warning, "its data is to be collected; say what this limits") {
        var asked = question()
        asked.dataNeeded = "Household survey with a module on benefits"
        asked.dataAvailability = .toBeCollected
        $0.evaluation.questions.append(asked)
    },
]

private func financialPledge(partner: EntityID? = "STK-1") -> Pledge {
    var pledge = Pledge(id: "PLG-1")
    pledge.partnerId = partner
    pledge.amount = 300_000
    pledge.firstYear = 2027
    pledge.lastYear = 2029
    return pledge
}

/// A workers' organisation, STK-2, and one consultation on `day` that lists `consulting`.
private func addUnion(_ plan: inout Plan, consulted day: Day?, consulting: EntityID) {
    var union = Stakeholder(id: "STK-2")
    union.name = "Trade union congress"
    union.kind = .workers
    plan.foundations.stakeholders.append(union)
    var meeting = Consultation(id: "CON-1")
    meeting.date = day
    meeting.stakeholderIds = [consulting]
    plan.strategy.consultations = [meeting]
}

private func question() -> EvaluationQuestion {
    var question = EvaluationQuestion(id: "EQ-1")
    question.question = "Did the child benefit reach the poorest fifth?"
    return question
}

@Suite struct FundingTimetableTests {
    /// A plan whose only cost is one activity's budget in 2028 and one measure financed half by
    /// contributions, with an appropriation, a pledge in another currency and a technical pledge.
    private func fundedPlan() -> Plan {
        var plan = cleanPlan()
        plan.actionPlan.activities[0].budget = 1_000_000
        plan.actionPlan.activities[0].start = Day(year: 2028, month: 3, day: 1)
        var appropriation = Appropriation(id: "BUD-1")
        appropriation.year = 2028
        appropriation.amount = 250_000
        var fund = Appropriation(id: "BUD-2")
        fund.year = 2028
        fund.source = .socialSecurityFund
        fund.amount = 50_000
        plan.actionPlan.appropriations = [appropriation, fund]
        var euros = financialPledge()
        euros.currency = "EUR"
        euros.exchangeRate = 655.957
        euros.amount = 900
        euros.firstYear = 2027
        euros.lastYear = 2029
        euros.status = .committed
        var days = Pledge(id: "PLG-2")
        days.kind = .technical
        days.personDays = 60
        days.firstYear = 2028
        days.lastYear = 2029
        plan.actionPlan.pledges = [euros, days]
        return plan
    }

    @Test func eachYearAddsUpByHand() throws {
        let timetable = fundedPlan().fundingTimetable()
        #expect(timetable.years.map(\.year) == Array(2026...2030))
        let year = try #require(timetable.years.first { $0.year == 2028 })
        #expect(year.activities == 1_000_000)
        #expect(year.measures == 0)
        #expect(year.appropriations == [.stateBudget: 250_000, .socialSecurityFund: 50_000])
        // 900 EUR over three years at 655.957 XOF: 300 x 655.957 = 196,787.1 in each.
        #expect(abs(year.pledged - 196_787.1) < 1e-6)
        #expect(year.pledges.keys.sorted { $0.rawValue < $1.rawValue } == [.committed])
        #expect(year.personDays == 30)
        #expect(abs(year.gap - (1_000_000 - 300_000 - 196_787.1)) < 1e-6)
        let before = try #require(timetable.years.first { $0.year == 2027 })
        #expect(before.cost == 0 && before.gap < 0, "2027 has a pledge and no cost: a surplus")
        #expect(!before.lacksCommitment)
    }

    @Test func aPledgeWithoutARateIsLeftOut() throws {
        var plan = fundedPlan()
        plan.actionPlan.pledges[0].exchangeRate = nil
        let year = try #require(plan.fundingTimetable().years.first { $0.year == 2028 })
        #expect(year.pledged == 0)
        #expect(findings(plan, rule: .pledgeRate).count == 1)
    }

    @Test func theFinancedScenarioIsTheMarkedOne() {
        var plan = cleanPlan()
        var cheap = Scenario(id: "SCN-1"), dear = Scenario(id: "SCN-2")
        cheap.name = "Cheap"
        dear.name = "Dear"
        dear.financed = true
        plan.strategy.scenarios = [cheap, dear]
        #expect(plan.financedScenario?.id == "SCN-2")
        #expect(findings(plan, rule: .fundingScenario).isEmpty)
    }

    @Test func firstInvolvementIsTheEarliestDatedConsultation() {
        var plan = cleanPlan()
        var late = Consultation(id: "CON-1"), early = Consultation(id: "CON-2"), undated = Consultation(id: "CON-3")
        late.date = Day(year: 2026, month: 5, day: 4)
        early.date = Day(year: 2025, month: 11, day: 20)
        late.stakeholderIds = ["STK-1"]
        early.stakeholderIds = ["STK-1"]
        undated.stakeholderIds = ["STK-1"]
        plan.strategy.consultations = [late, undated, early]
        #expect(plan.firstInvolvement(of: "STK-1") == Day(year: 2025, month: 11, day: 20))
        #expect(plan.firstInvolvement(of: "STK-9") == nil)
        // All at once, as the partners' check reads them: the same days, none for one only undated.
        undated.stakeholderIds = ["STK-1", "STK-2"]
        late.stakeholderIds = ["STK-1", "STK-3"]
        plan.strategy.consultations = [late, undated, early]
        #expect(plan.firstInvolvements()
                == ["STK-1": Day(year: 2025, month: 11, day: 20)!, "STK-3": Day(year: 2026, month: 5, day: 4)!])
        for id in ["STK-1", "STK-2", "STK-3", "STK-9"] { #expect(plan.firstInvolvements()[id] == plan.firstInvolvement(of: id)) }
    }
}

@Suite struct FinancialBurdenTests {
    /// The clean plan's child benefit (1,000 children, 120 a year each from 2027, 5% administration on
    /// benefits) financed 60% by the state, 30% by employers' and 10% by insured persons'
    /// contributions, and a second measure with contribution terms whose insured are self-employed.
    private func plan(selfEmployed: Bool) -> Plan {
        var plan = cleanPlan()
        plan.strategy.measures[0].benefit.annualAmount = 120
        plan.strategy.measures[0].benefit.indexation = .fixed
        plan.strategy.measures[0].takeUp.startPercent = 100
        plan.strategy.measures[0].takeUp.targetPercent = 100
        plan.strategy.measures[0].financing = FinancingShares(employerContributions: 30, insuredContributions: 10,
                                                                generalRevenue: 60)
        plan.strategy.measures[0].insuredSelfEmployed = selfEmployed
        return plan
    }

    @Test func sharesOfTheCostFallOnTheirPayers() throws {
        let burden = plan(selfEmployed: false).financialBurden()
        let year = try #require(burden.total.first { $0.year == 2027 })
        // 1,000 x 120 = 120,000 of benefits, 6,000 of administration: 126,000 in all.
        #expect(abs(year.total - 126_000) < 1e-6)
        #expect(abs(year.amount(.state) - 75_600) < 1e-6)
        #expect(abs(year.amount(.employers) - 37_800) < 1e-6)
        #expect(abs(year.amount(.workers) - 12_600) < 1e-6)
        #expect(year.amount(.selfEmployed) == 0)
        #expect(year.percentOfWages(.employers) == nil, "no contribution terms, no wage base")
        // GDP 1e9 grown 3% a year from 2025: 1,060,900,000 in 2027.
        #expect(abs(try #require(year.percentOfGDP(.state)) - 75_600 / 1_060_900_000 * 100) < 1e-12)
        #expect(burden.payers == [.employers, .workers, .state])
        #expect(burden.total.first { $0.year == 2026 }?.total == 0)
    }

    @Test func selfEmployedPayBothParts() throws {
        let year = try #require(plan(selfEmployed: true).financialBurden().total.first { $0.year == 2027 })
        #expect(abs(year.amount(.selfEmployed) - 50_400) < 1e-6)
        #expect(year.amount(.employers) == 0 && year.amount(.workers) == 0)
    }
}
