import Testing
@testable import PlanDomain

@Suite("Administrative cost ratios and ceilings")
struct AdminCostTests {
    /// The ceiling for a scheme found in one pass is the one the two filters and `max` found:
    /// random ceilings, with repeated types and branches, equal and NaN percentages.
    @Test("the ceiling for a type and its branches, as found before", arguments: [1, 2, 3, 4, 5] as [UInt64])
    func ceilingAsBefore(seed: UInt64) {
        var random = LookupTests.Random(state: seed)
        let types = SchemeType.allCases, branches = Contingency.allCases
        let percents: [Double] = [3, 5, 5, 7.5, 12, .nan, 0]
        for _ in 0..<40 {
            var plan = cleanPlan()
            plan.administration.costCeilings = (0..<random.next(12)).map { index in
                var ceiling = CostCeiling(id: "CC-\(index)")
                ceiling.schemeType = types[random.next(types.count)]
                ceiling.contingency = random.next(3) == 0 ? nil : branches[random.next(branches.count)]
                ceiling.ceilingPercent = percents[random.next(percents.count)]
                return ceiling
            }
            for type in types {
                let asked = (0..<random.next(4)).map { _ in branches[random.next(branches.count)] }
                let ofType = plan.administration.costCeilings.filter { $0.schemeType == type }
                let specific = ofType.filter { $0.contingency.map(asked.contains) ?? false }
                let before = specific.max { $0.ceilingPercent < $1.ceilingPercent } ?? ofType.first { $0.contingency == nil }
                #expect(plan.costCeiling(for: type, contingencies: asked)?.id == before?.id)
            }
        }
    }

    @Test func convertingBetweenBases() {
        // 5% of gross spending: 5 of every 100 spent, 95 go to benefits: 5 / 95 = 5.263% of benefits.
        #expect(abs(AdministrativeBasis.grossSpending.convert(5, to: .benefits)! - 500.0 / 95) < 1e-12)
        // 5% of benefits: 5 on top of 100 of benefits, 105 in all: 5 / 105 = 4.762% of gross spending.
        #expect(abs(AdministrativeBasis.benefits.convert(5, to: .grossSpending)! - 500.0 / 105) < 1e-12)
        #expect(AdministrativeBasis.benefits.convert(7, to: .benefits) == 7)
        #expect(AdministrativeBasis.grossSpending.convert(100, to: .benefits) == nil)
    }

    /// The clean plan's scheme (social insurance) spending 1,100 of which 100 on administration.
    func plan(ceiling: Double, basis: AdministrativeBasis) -> Plan {
        var plan = cleanPlan()
        plan.stocktake.schemes[0].type = .socialInsurance
        plan.stocktake.schemes[0].expenditure = 1100
        plan.stocktake.schemes[0].administrativeCost = 100
        plan.strategy.measures[0].schemeType = .universal
        plan.strategy.measures[0].contingency = .oldAge
        plan.stocktake.schemes[0].contingencies = [.oldAge]
        let index = plan.administration.costCeilings.firstIndex { $0.schemeType == .socialInsurance && $0.contingency == nil }!
        plan.administration.costCeilings[index].ceilingPercent = ceiling
        plan.administration.costCeilings[index].basis = basis
        return plan
    }

    @Test func aSchemeAboveItsCeiling() throws {
        // Benefits = 1,100 − 100 = 1,000: 100 / 1,000 = 10% of benefits, above 3%.
        let over = plan(ceiling: 3, basis: .benefits)
        let ratio = try #require(over.adminCostRatios().first { $0.id == "SCH-1" })
        #expect(ratio.percent == 10 && ratio.basis == .benefits && ratio.benefits == 1000 && ratio.isOverCeiling)
        let found = findings(over, rule: .adminCeiling)
        #expect(found.count == 1 && found[0].severity == .warning && found[0].location.id == "SCH-1")
        #expect(found[0].message.contains("10% of benefits") && found[0].message.contains("3% ceiling"))
        #expect(found[0].message.contains("1,000 of benefits"))
    }

    @Test("a ceiling finding's words, on benefits, on contributions and for a measure")
    func theWordsOfACeilingFinding() throws {
        var over = plan(ceiling: 3, basis: .benefits)
        let scheme = over.stocktake.schemes[0]
        let title = try #require(over.adminCostRatios().first { $0.id == "SCH-1" }?.ceiling?.title).lowercased()
        let who = scheme.name.isEmpty ? "SCH-1" : "SCH-1 \"\(scheme.name)\""
        #expect(findings(over, rule: .adminCeiling).map(\.message) == [
            "Scheme \(who) spends 100 on administration for 1,000 of benefits (expenditure 1,100 less administration)"
                + ": 10% of benefits, above the 3% ceiling for \(title).",
        ])
        // On contributions: 100 / 2,500 = 4%.
        let index = over.administration.costCeilings.firstIndex { $0.schemeType == .socialInsurance && $0.contingency == nil }!
        over.administration.costCeilings[index].basis = .contributions
        over.stocktake.schemes[0].contributionIncome = 2500
        #expect(findings(over, rule: .adminCeiling).map(\.message) == [
            "Scheme \(who) spends 100 on administration for 1,000 of benefits (expenditure 1,100 less administration)"
                + " and 2,500 of contributions: 4% of contributions, above the 3% ceiling for \(title).",
        ])
        // A measure: 6% of gross spending is 6.38% of benefits.
        var p = plan(ceiling: 6, basis: .benefits)
        p.stocktake.schemes[0].administrativeCost = 10
        p.strategy.measures[0].schemeType = .socialInsurance
        p.strategy.measures[0].administrativeRatePercent = 6
        p.strategy.measures[0].administrativeBasis = .grossSpending
        let measure = p.strategy.measures[0]
        let named = measure.name.isEmpty ? measure.id : "\(measure.id) \"\(measure.name)\""
        #expect(findings(p, rule: .adminCeiling).map(\.message) == [
            "Measure \(named) plans administration at 6.38% of benefits, above the 6% ceiling for \(title).",
        ])
    }

    @Test func aSchemeUnderACeilingOnGrossSpending() throws {
        // On gross spending: 100 / 1,100 = 9.09%, under a 10% ceiling.
        let under = plan(ceiling: 10, basis: .grossSpending)
        let ratio = try #require(under.adminCostRatios().first { $0.id == "SCH-1" })
        #expect(abs(ratio.percent! - 100.0 / 11) < 1e-12 && ratio.basis == .grossSpending && !ratio.isOverCeiling)
        #expect(findings(under, rule: .adminCeiling).isEmpty)
    }

    @Test func aMeasureStatedOnGrossSpendingAgainstACeilingOnBenefits() {
        // 6% of gross spending = 6 / 94 = 6.383% of benefits: above a 6% ceiling, under 6.5%.
        var p = plan(ceiling: 6, basis: .benefits)
        p.stocktake.schemes[0].administrativeCost = 10
        p.strategy.measures[0].schemeType = .socialInsurance
        p.strategy.measures[0].administrativeRatePercent = 6
        p.strategy.measures[0].administrativeBasis = .grossSpending
        let found = findings(p, rule: .adminCeiling)
        #expect(found.map(\.location.id) == ["MEA-1"])
        #expect(found.first?.message.contains("6.38% of benefits") == true)
        p.administration.costCeilings[0].ceilingPercent = 6.5
        #expect(findings(p, rule: .adminCeiling).isEmpty)
    }

    @Test func exactlyAtTheCeilingIsNotOver() {
        var p = plan(ceiling: 3, basis: .benefits)
        p.stocktake.schemes[0].administrativeCost = nil
        p.strategy.measures[0].schemeType = .socialInsurance
        p.strategy.measures[0].administrativeRatePercent = 3
        #expect(findings(p, rule: .adminCeiling).isEmpty)
        #expect(p.adminCostRatios().first { $0.id == "SCH-1" }?.percent == nil, "no figures, no ratio")
    }
}
