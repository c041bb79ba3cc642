import Testing
@testable import PlanDomain

@Suite("SDG 1.3.1")
struct SDG131Tests {
    @Test func boundsOverThePartition() {
        // Partition: G1 1,000, G2 2,200, G3 400 (2025 sizes) = 3,600; G4 is not part of it.
        // Counted: S1, S2, S3 (S6 counts nobody). Left out: S4 (micro-insurance, medical care only),
        // S5 and S7 (medical care only), S8 (community-based).
        //   G1: S3 300                 -> lower 300, upper 300, estimate 300
        //   G2: S1 440, S3 500         -> lower 500, upper 940, estimate 2,200 x (1 - 0.8 x 17/22) = 840
        //   G3: S1 100, S2 150         -> lower 150, upper 250, estimate 400 x (1 - 0.75 x 0.625) = 212.5
        // lower 950 / 3,600 = 26.39%; upper 1,490 / 3,600 = 41.39%; estimate 1,352.5 / 3,600 = 37.57%.
        let sdg = coveragePlan().sdg131
        #expect(sdg.year == 2025)
        #expect(sdg.groups.map(\.groupId) == ["G1", "G2", "G3"])
        #expect(sdg.groups.map(\.lowerPersons) == [300, 500, 150])
        #expect(sdg.groups.map(\.upperPersons) == [300, 940, 250])
        #expect(sdg.population == 3600)
        #expect(sdg.lowerPersons == 950 && sdg.upperPersons == 1490)
        #expect(abs(sdg.lowerPercent! - 26.3889) < 0.0001)
        #expect(abs(sdg.upperPercent! - 41.3889) < 0.0001)
        #expect(sdg.excludedSchemeIds == ["S4", "S5", "S7", "S8"])
        #expect(sdg.groups.map(\.estimatePersons).map { ($0 * 1000).rounded() / 1000 } == [300, 840, 212.5])
        #expect(abs(sdg.estimatePercent! - 1352.5 / 36) < 1e-9)
        #expect(sdg.method.contains("full overlap") && sdg.method.contains("independently"))
    }

    @Test func theUpperBoundStopsAtTheGroupSize() {
        // S2 now counts 390 in G3: lower 390, upper min(400, 100 + 390) = 400.
        var plan = coveragePlan()
        plan.stocktake.schemes[1].recipients = [GroupCount(groupId: "G3", count: 390)]
        let g3 = plan.sdg131.groups[2]
        #expect(g3.lowerPersons == 390 && g3.upperPersons == 400)
    }

    @Test func noPartitionNoFigure() {
        var plan = coveragePlan()
        for index in plan.stocktake.groups.indices { plan.stocktake.groups[index].partOfPartition = false }
        let sdg = plan.sdg131
        #expect(sdg.groups.isEmpty && sdg.lowerPercent == nil && sdg.upperPercent == nil)
        #expect(findings(plan, rule: .sdgPartition).count == 1)
        #expect(findings(coveragePlan(), rule: .sdgPartition).isEmpty)
    }
}

@Suite("Coverage of the example plan")
struct ExampleCoverageTests {
    @Test func pensionCoverageOfOlderPersons() throws {
        // NSSF 38,000 and the civil-service scheme 61,000, exclusive by law: 99,000; the senior
        // citizens' grant 58,000. Full overlap 99,000 / 420,000 = 23.57%; none 157,000 = 37.38%;
        // at random 420,000 x (1 - (321/420) x (362/420)) = 143,328.6 = 34.13%.
        let cell = try #require(try ExamplePlanTests.loadPlan().coverageMatrix.cell(.oldAge, "GRP-3"))
        #expect(abs(cell.upperPercent! - 157_000.0 / 420_000 * 100) < 1e-9)
        #expect(abs(cell.lowerPercent! - 99_000.0 / 420_000 * 100) < 1e-9)
        let estimate = 420_000 * (1 - (321_000.0 / 420_000) * (362_000.0 / 420_000))
        #expect(abs(cell.estimatePercent! - estimate / 420_000 * 100) < 1e-9)
        #expect(cell.band == .partial && !cell.isOverridden)
    }

    @Test func sdgRange() throws {
        // Children: household cash transfer 480,000, NSSF orphans 6,200, disability allowance 3,500.
        // Working age: NSSF 312,000 contributors (its employment-injury branch shares them) plus the
        //   civil-service scheme's 214,000, exclusive by law: 526,000; cash transfer 390,000,
        //   disability allowance 6,500, employer-paid maternity 14,500 (the 400,000 covered on paper
        //   do not count). Older: NSSF + civil service 99,000; cash transfer 80,000; grant 58,000;
        //   disability allowance 2,000.
        // Lower 480,000 + 526,000 + 99,000 = 1,105,000 (9.21%); upper 489,700 + 937,000 + 239,000
        // = 1,665,700 (13.88%).
        let sdg = try ExamplePlanTests.loadPlan().sdg131
        #expect(sdg.population == 12_000_000)
        #expect(sdg.lowerPersons == 1_105_000 && sdg.upperPersons == 1_665_700)
        func random(_ size: Double, _ blocks: [Double]) -> Double { size * (1 - blocks.reduce(1) { $0 * (1 - $1 / size) }) }
        let estimate = random(4_920_000, [480_000, 6_200, 3_500]) + random(6_660_000, [526_000, 390_000, 6_500, 14_500])
            + random(420_000, [99_000, 80_000, 58_000, 2_000])
        #expect(abs(sdg.estimatePersons - estimate) < 1e-6)
        #expect(abs(sdg.estimatePercent! - estimate / 120_000) < 1e-9)
        #expect(sdg.excludedSchemeIds == ["SCH-4", "SCH-8", "SCH-9", "SCH-10"])
        let children = try #require(sdg.components.first { $0.reference == .children })
        #expect(children.groupId == "GRP-1" && abs(children.percent! - 480_000.0 / 4_920_000 * 100) < 1e-9)
    }
}
