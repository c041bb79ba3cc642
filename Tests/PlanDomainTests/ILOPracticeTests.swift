import Testing
@testable import PlanDomain

/// Figures computed by hand for the ILO-practice analyses: SDG 1.3.1, branch ratios over their
/// reference populations, the ABND matrix, contributory financing, replaced schemes, the
/// administrative bases, and the rules of social dialogue and legislation.
@Suite("ILO practice")
struct ILOPracticeTests {
    static func plan() -> Plan {
        Plan.new(meta: PlanMeta(country: Country(name: "Kibara", code: "XB"), title: "ILO", currency: "XKB",
                                baseYear: 2025, firstYear: 2026, lastYear: 2028))
    }

    static func group(_ id: String, _ size: Double, partition: Bool = true,
                      reference: ReferencePopulation? = nil) -> PopulationGroup {
        var group = PopulationGroup(id: id)
        group.name = "Group \(id)"
        group.size = size
        group.year = 2025
        group.partOfPartition = partition
        group.reference = reference
        return group
    }

    static func scheme(_ id: String, _ type: SchemeType, _ contingencies: [Contingency],
                       contributors: [(EntityID, Double)] = [], beneficiaries: [(EntityID, Double)] = [],
                       legal: [(EntityID, Double)] = []) -> Scheme {
        var scheme = Scheme(id: id)
        scheme.name = "Scheme \(id)"
        scheme.type = type
        scheme.contingencies = contingencies
        scheme.activeContributors = contributors.map { GroupCount(groupId: $0.0, count: $0.1) }
        scheme.recipients = beneficiaries.map { GroupCount(groupId: $0.0, count: $0.1) }
        scheme.legalCoverage = legal.map { GroupCount(groupId: $0.0, count: $0.1) }
        return scheme
    }

    /// Partition A (1,000) and B (1,000):
    /// - S1 social insurance, old age: 200 contributors in A, 100 pensioners in B;
    /// - S6 its employment-injury branch: the same 200 contributors in A (counted once);
    /// - S5 civil-service pensions, exclusive with S1 by law: 100 contributors in A (added up);
    /// - S2 social assistance, family: 300 recipients in A (independent of the others);
    /// - S3 employer liability for sickness and maternity: 500 legally covered in A, nobody paid;
    /// - S4 health insurance: 400 contributors in A (health care: left out);
    /// - S7 micro-insurance, survivors: 50 contributors in B (not statutory: left out).
    static func sdgPlan() -> Plan {
        var plan = plan()
        plan.stocktake.groups = [group("A", 1000), group("B", 1000)]
        var s6 = scheme("S6", .socialInsurance, [.employmentInjury], contributors: [("A", 200)])
        s6.branchOf = "S1"
        var s5 = scheme("S5", .socialInsurance, [.oldAge], contributors: [("A", 100)])
        s5.exclusiveWith = ["S1"]
        plan.stocktake.schemes = [
            scheme("S1", .socialInsurance, [.oldAge], contributors: [("A", 200)], beneficiaries: [("B", 100)]),
            s6, s5,
            scheme("S2", .socialAssistance, [.family], beneficiaries: [("A", 300)]),
            scheme("S3", .employerLiability, [.sickness, .maternity], legal: [("A", 500)]),
            scheme("S4", .socialInsurance, [.medicalCare], contributors: [("A", 400)]),
            scheme("S7", .microInsurance, [.survivors], contributors: [("B", 50)]),
        ]
        return plan
    }

    @Test func sdg131CountsContributorsAndRecipientsOnce() throws {
        // A: S1 and its branch S6 -> 200 (once); S5 exclusive with S1 -> block 200 + 100 = 300;
        //    S2 300, independent of that block: 1,000 x (1 - 0.7 x 0.7) = 510; range 300 to 600.
        //    S3's legal coverage, S4 (health) and S7 (micro-insurance) count nobody.
        // B: S1's 100 pensioners -> 100.
        // Estimate 610 / 2,000 = 30.5%; range 400 / 2,000 = 20% to 700 / 2,000 = 35%.
        let sdg = Self.sdgPlan().sdg131
        let a = try #require(sdg.groups.first { $0.groupId == "A" })
        #expect(abs(a.estimatePersons - 510) < 1e-9)
        #expect(a.lowerPersons == 300 && a.upperPersons == 600)
        #expect(sdg.groups.first { $0.groupId == "B" }?.estimatePersons == 100)
        #expect(abs(try #require(sdg.estimatePercent) - 30.5) < 1e-9)
        #expect(abs(try #require(sdg.lowerPercent) - 20) < 1e-9)
        #expect(abs(try #require(sdg.upperPercent) - 35) < 1e-9)
        #expect(sdg.excludedSchemeIds == ["S4", "S7"])
        #expect(sdg.method.contains("independently"))
    }

    @Test func withoutExclusivityTheBlocksOverlapAtRandom() {
        // Without S5's exclusion: S1 200, S5 100, S2 300 -> 1,000 x (1 - 0.8 x 0.9 x 0.7) = 496.
        var plan = Self.sdgPlan()
        plan.stocktake.schemes[2].exclusiveWith = []
        let a = plan.sdg131.groups[0]
        #expect(abs(a.estimatePersons - 496) < 1e-9)
        #expect(a.lowerPersons == 300 && a.upperPersons == 600)
    }

    @Test func employerLiabilityOnPaperCoversNobody() {
        // S3 covers 500 on paper; once it pays 40 mothers in A, those count (maternity is a cash benefit).
        var plan = Self.sdgPlan()
        plan.stocktake.schemes = [plan.stocktake.schemes[4]]
        #expect(plan.sdg131.estimatePersons == 0)
        plan.stocktake.schemes[0].recipients = [GroupCount(groupId: "A", count: 40)]
        #expect(plan.sdg131.estimatePersons == 40)
    }

    /// Children C 1,000; persons above pensionable age O 200; mothers M 50 (not in the partition).
    static func branchPlan() -> Plan {
        var plan = plan()
        plan.stocktake.groups = [group("C", 1000, reference: .children), group("O", 200, reference: .olderPersons),
                                 group("M", 50, partition: false, reference: .mothersOfNewborns)]
        plan.stocktake.schemes = [
            scheme("F", .universal, [.family], beneficiaries: [("C", 250)]),
            scheme("P1", .socialInsurance, [.oldAge], beneficiaries: [("O", 50)], legal: [("O", 120)]),
            scheme("P2", .universal, [.oldAge], beneficiaries: [("O", 100)]),
            scheme("H", .universal, [.medicalCare], beneficiaries: [("C", 600), ("O", 200)]),
        ]
        return plan
    }

    @Test func branchRatiosUseTheirReferencePopulations() throws {
        let floor = Self.branchPlan().floorStatus
        // Family: 250 / 1,000 children = 25%.
        #expect(floor.branch(.family)?.effectivePercent == 25)
        // Old age: P1 50 and P2 100 of 200, independent: 200 x (1 - 0.75 x 0.5) = 125 -> 62.5%;
        // legal coverage 120 / 200 = 60%, kept apart.
        let oldAge = try #require(floor.branch(.oldAge))
        #expect(oldAge.groupId == "O" && oldAge.effectivePercent == 62.5)
        #expect(oldAge.beneficiaryPersons == 125 && oldAge.contributorPersons == 0 && oldAge.legalPersons == 120)
        #expect(oldAge.legalPercent == 60)
        // Maternity: women giving birth marked, but nobody paid: 0%.
        #expect(floor.branch(.maternity)?.effectivePercent == 0)
        // Unemployment: no group is the unemployed: no ratio, and it says why.
        #expect(floor.branch(.unemployment)?.effectivePercent == nil)
        #expect(floor.branch(.unemployment)?.note?.contains("unemployed") == true)
        // Medical care over the whole partition: (600 + 200) / 1,200.
        #expect(abs(try #require(floor.branch(.medicalCare)?.effectivePercent) - 800.0 / 12) < 1e-9)
        // The floor: children 25%, older persons 62.5%; working age measured by its weakest branch.
        let status = Dictionary(uniqueKeysWithValues: floor.guarantees.map { ($0.guarantee, $0) })
        #expect(status[.children]?.percent == 25 && status[.olderPersons]?.percent == 62.5)
        #expect(status[.workingAge]?.percent == 0 && status[.workingAge]?.measuredBy == .maternity)
        #expect(status[.olderPersons]?.schemeIds == ["P1", "P2"])
    }

    @Test func aBranchThatCannotApplyIsNoGap() throws {
        let matrix = Self.branchPlan().coverageMatrix
        let cell = try #require(matrix.cell(.oldAge, "C"))
        #expect(cell.isNotApplicable && cell.isInapplicable && cell.gap == nil)
        #expect(matrix.cell(.invalidity, "M")?.gap == nil)
        // Family for children is 25%, below the 50% threshold: a gap.
        #expect(matrix.cell(.family, "C")?.gap == .lowCoverage)
        // An assessor's record wins over applicability.
        var plan = Self.branchPlan()
        var assessment = CoverageAssessment(id: "COV-1")
        assessment.contingency = .oldAge
        assessment.groupId = "C"
        assessment.rating = CoverageRating.none
        plan.stocktake.coverage = [assessment]
        #expect(plan.coverageMatrix.cell(.oldAge, "C")?.gap == .noProvision)
    }

    @Test func theABNDMatrixHasARowPerGuarantee() throws {
        var plan = Self.branchPlan()
        var gap = Gap(id: "GAP-1")
        gap.kind = .implementationIssue
        gap.contingency = .oldAge
        gap.description = "Late payments"
        var loose = Gap(id: "GAP-2")
        loose.kind = .policyGap
        loose.description = "No social registry"
        var measure = Measure(id: "MEA-1")
        measure.name = "Child benefit"
        measure.contingency = .family
        measure.targetGroupId = "C"
        measure.startYear = 2027
        plan.stocktake.gaps = [gap, loose]
        plan.strategy.measures = [measure]
        let matrix = plan.abndMatrix()
        #expect(matrix.rows.map(\.guarantee) == [.healthCare, .children, .workingAge, .olderPersons, nil])
        let children = try #require(matrix.row(.children))
        #expect(children.provision.map(\.id) == ["F"])
        // Family at 25% and survivors (orphans) without provision; old age cannot apply to children.
        #expect(children.policyGaps.map(\.id) == ["gap:family:C", "gap:survivors:C"])
        #expect(children.policyGaps[0].links == ["MEA-1"])
        #expect(children.recommendations.map(\.id) == ["MEA-1"])
        let older = try #require(matrix.row(.olderPersons))
        #expect(older.implementationIssues.map(\.id) == ["GAP-1"])
        #expect(older.status?.percent == 62.5)
        #expect(matrix.rows.last?.policyGaps.map(\.id) == ["GAP-2"])
    }

    /// Insured: half of E (1,000) = 500 persons on 10,000 a year = 5,000,000 of insurable earnings;
    /// employer 2%, worker 1%, state 1%. Benefits: all 100 of U at 2,000 (fixed) = 200,000.
    /// GDP 10,000,000.
    static func contributoryPlan() -> Plan {
        var plan = plan()
        plan.stocktake.groups = [group("E", 1000), group("U", 100, partition: false)]
        plan.stocktake.economy.gdp.baseValue = 10_000_000
        var measure = Measure(id: "MEA-1")
        measure.name = "Unemployment insurance"
        measure.contingency = .unemployment
        measure.targetGroupId = "U"
        measure.startYear = 2026
        measure.takeUp.startPercent = 100
        measure.takeUp.targetPercent = 100
        measure.benefit.annualAmount = 2000
        measure.benefit.indexation = .fixed
        measure.administrativeRatePercent = 0
        measure.financingModel = .contributory
        measure.schemeType = .socialInsurance
        measure.contribution.insuredGroupId = "E"
        measure.contribution.insuredSharePercent = 50
        measure.contribution.insurableEarnings = 10_000
        measure.contribution.employerRatePercent = 2
        measure.contribution.workerRatePercent = 1
        measure.contribution.stateRatePercent = 1
        plan.strategy.measures = [measure]
        return plan
    }

    @Test func contributionIncomePaygRateAndTheGeneralRevenueShare() throws {
        var plan = Self.contributoryPlan()
        let cost = CostModel(plan: plan).cost(of: plan.strategy.measures[0])
        let year = try #require(cost.year(2026))
        let contributions = try #require(year.contributions)
        #expect(contributions.insuredPersons == 500 && contributions.insurableEarnings == 5_000_000)
        #expect(contributions.employer == 100_000 && contributions.worker == 50_000 && contributions.state == 50_000)
        #expect(contributions.income == 150_000)
        #expect(year.total == 200_000)
        // PAYG cost rate: 200,000 / 5,000,000 = 4%; the required rate over the years too.
        #expect(year.paygCostRatePercent == 4)
        #expect(cost.requiredContributionRatePercent == 4)
        // General revenue: the state's 50,000, no deficit: 0.5% of GDP while the total is 2%.
        #expect(year.generalRevenue == 50_000 && year.generalRevenuePercentOfGDP == 0.5 && year.percentOfGDP == 2)
        #expect(year.financing == [.employerContributions: 100_000, .insuredContributions: 50_000, .generalRevenue: 50_000])
        // Only the general-revenue share counts against the fiscal-space ceiling.
        let package = try #require(plan.costComparison().first)
        #expect(package.yearsAbove(ceiling: 1).isEmpty)
        #expect(package.yearsAbove(ceiling: 0.4).count == 3)
        plan.stocktake.economy.fiscalSpaceCeilingPercentOfGDP = 1
        #expect(findings(plan, rule: .costCeiling).isEmpty)
        #expect(findings(plan, rule: .measureContributionRate).isEmpty)
        // Without the worker's 1%: 150,000 collected, general revenue pays the state's 50,000 and the
        // 50,000 deficit; 3% collected against 4% required.
        plan.strategy.measures[0].contribution.workerRatePercent = 0
        let short = try #require(CostModel(plan: plan).cost(of: plan.strategy.measures[0]).year(2026))
        #expect(short.generalRevenue == 100_000)
        #expect(findings(plan, rule: .measureContributionRate).count == 1)
    }

    @Test func aReplacedSchemeIsNettedOut() throws {
        // The scheme spent 60,000 in 2025, all from general revenue; no inflation.
        var plan = Self.contributoryPlan()
        var old = Scheme(id: "SCH-1")
        old.expenditure = 60_000
        old.year = 2025
        old.financing.generalRevenue = 100
        plan.stocktake.schemes = [old]
        plan.strategy.measures[0].replacesSchemeIds = ["SCH-1"]
        let year = try #require(CostModel(plan: plan).cost(of: plan.strategy.measures[0]).year(2026))
        #expect(year.total == 200_000 && year.replacedSpending == 60_000 && year.netTotal == 140_000)
        #expect(year.generalRevenue == 50_000 - 60_000)
        // With 10% inflation in 2026 the scheme would have spent 66,000.
        plan.stocktake.economy.inflation.yearly = [YearValue(year: 2026, value: 10)]
        let inflated = try #require(CostModel(plan: plan).cost(of: plan.strategy.measures[0]).year(2026))
        #expect(abs(inflated.replacedSpending - 66_000) < 1e-6)
    }

    @Test func eachAdministrativeBasis() throws {
        // A measure at 5% of contributions: 5% of the 200,000 collected (employer, worker, state) = 10,000.
        var plan = Self.contributoryPlan()
        plan.strategy.measures[0].administrativeRatePercent = 5
        plan.strategy.measures[0].administrativeBasis = .contributions
        let year = try #require(CostModel(plan: plan).cost(of: plan.strategy.measures[0]).year(2026))
        #expect(year.administration == 10_000 && year.total == 210_000)
        // 5% of benefits: 10,000; 5% of gross spending: 200,000 x 5 / 95.
        plan.strategy.measures[0].administrativeBasis = .benefits
        #expect(CostModel(plan: plan).cost(of: plan.strategy.measures[0]).year(2026)?.administration == 10_000)
        plan.strategy.measures[0].administrativeBasis = .grossSpending
        let gross = try #require(CostModel(plan: plan).cost(of: plan.strategy.measures[0]).year(2026)?.administration)
        #expect(abs(gross - 200_000 * 5 / 95) < 1e-6)
        // Without contribution terms a share of contributions has no base: the measure cannot be costed.
        plan.strategy.measures[0].administrativeBasis = .contributions
        plan.strategy.measures[0].contribution.insuredGroupId = nil
        #expect(CostModel(plan: plan).problem(with: plan.strategy.measures[0]) == .noContributionBase)
    }

    @Test func schemeRatiosOnContributionsAndCeilingsPerBranch() throws {
        // Pension: 30 of administration, 1,030 spent, 1,000 of contributions -> 3% of contributions.
        // Health: 50 of administration on 1,000 of contributions -> 5%.
        var plan = Self.plan()
        plan.administration.costCeilings = CostCeiling.defaults
        var pension = Self.scheme("P", .socialInsurance, [.oldAge])
        pension.administrativeCost = 30
        pension.expenditure = 1030
        pension.contributionIncome = 1000
        var health = Self.scheme("H", .socialInsurance, [.medicalCare])
        health.administrativeCost = 50
        health.expenditure = 1050
        health.contributionIncome = 1000
        plan.stocktake.schemes = [pension, health]
        let ratios = plan.adminCostRatios()
        #expect(ratios[0].basis == .contributions && ratios[0].percent == 3 && ratios[0].ceiling?.ceilingPercent == 3)
        #expect(!ratios[0].isOverCeiling)
        // Health insurance has its own ceiling (8% of contributions): 5% is within it.
        #expect(ratios[1].percent == 5 && ratios[1].ceiling?.contingency == .medicalCare && !ratios[1].isOverCeiling)
        // The same 5% for the pension branch is above the general 3%.
        plan.stocktake.schemes[0].administrativeCost = 50
        #expect(findings(plan, rule: .adminCeiling).count == 1)
        // Without its contribution income a ratio on contributions cannot be computed.
        plan.stocktake.schemes[0].contributionIncome = nil
        #expect(plan.adminCostRatios()[0].percent == nil)
        // The bases convert by formula except contributions.
        #expect(AdministrativeBasis.benefits.convert(5, to: .contributions) == nil)
    }

    @Test func aSteeringCommitteeWithoutSocialPartnersIsFlagged() {
        var plan = Self.plan()
        func stakeholder(_ id: String, _ kind: StakeholderKind) -> Stakeholder {
            var stakeholder = Stakeholder(id: id)
            stakeholder.name = id
            stakeholder.kind = kind
            return stakeholder
        }
        plan.foundations.stakeholders = [stakeholder("GOV", .government), stakeholder("EMP", .employers),
                                         stakeholder("WRK", .workers)]
        var member = CommitteeMember(id: "COM-1")
        member.stakeholderId = "GOV"
        plan.foundations.steeringCommittee = [member]
        let found = findings(plan, rule: .committeeTripartite)
        #expect(found.count == 1 && found[0].message.contains("employers'") && found[0].message.contains("workers'"))
        member.id = "COM-2"
        member.stakeholderId = "EMP"
        plan.foundations.steeringCommittee.append(member)
        member.id = "COM-3"
        member.stakeholderId = "WRK"
        plan.foundations.steeringCommittee.append(member)
        #expect(findings(plan, rule: .committeeTripartite).isEmpty)
    }

    @Test func benefitsBeforeTheLawAreFlagged() {
        var plan = Self.contributoryPlan()
        plan.strategy.measures[0].legislationStatus = .drafted
        #expect(findings(plan, rule: .measureLaw).first?.severity == .hint)
        plan.strategy.measures[0].lawYear = 2027
        let found = findings(plan, rule: .measureLaw)
        #expect(found.count == 1 && found[0].severity == .warning && found[0].message.contains("2026"))
        plan.strategy.measures[0].lawYear = 2026
        #expect(findings(plan, rule: .measureLaw).isEmpty)
    }

    @Test func nationalConstituentsSetPrioritiesAndPartnersAdvise() {
        var plan = Self.plan()
        plan.strategy.criteria = [Criterion(id: "CRI-1")]
        var gap = Gap(id: "GAP-1")
        gap.description = "x"
        plan.stocktake.gaps = [gap]
        func score(_ id: String, _ kind: StakeholderKind, _ value: Double) -> PriorityScore {
            var score = PriorityScore(id: id)
            score.gapId = "GAP-1"
            score.criterionId = "CRI-1"
            score.scoredBy = kind
            score.score = value
            return score
        }
        plan.strategy.scores = [score("S1", .government, 4), score("S2", .workers, 2), score("S3", .developmentPartner, 5)]
        let ranking = PriorityRanking(plan: plan)
        // (4 + 2) / 2 = 3: the partner's 5 does not count; it is advice.
        #expect(ranking.entries.first?.total == 3)
        #expect(ranking.advice["GAP-1"] == 5)
        #expect(PriorityRanking(plan: plan, scoredBy: .developmentPartner).entries.first?.total == 5)
    }

    @Test func guaranteesOfBranches() {
        #expect(Guarantee.healthCare.contingencies == [.medicalCare])
        #expect(Guarantee.workingAge.contingencies == [.sickness, .unemployment, .employmentInjury, .maternity, .invalidity])
        #expect(Guarantee.of(.survivors) == .olderPersons && Guarantee.of(.survivors, for: .children) == .children)
        #expect(EvaluationCriterion.dac.count == 6 && EvaluationCriterion.allCases.count == 10)
        #expect(SchemeType.microInsurance.isFormal && !SchemeType.microInsurance.isStatutory)
        #expect(!SchemeType.communityBased.isFormal)
    }
}
