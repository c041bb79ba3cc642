import Testing
@testable import PlanDomain

@Suite("SDG 1.3.1")
struct SDG131Tests {
    @Test func boundsOverThePartition() {
        // Partition: G1 1,000, G2 2,200, G3 400 (2025 sizes) = 3,600; G4 is not part of it.
        // Counted: S1, S2, S3 (S6 counts nobody). Left out: S4 (micro-insurance, medical care only),
        // S5 and S7 (medical care only), S8 (community-based).
        //   G1: S3 300                 -> lower 300, upper 300
        //   G2: S1 440, S3 500         -> lower 500, upper 940
        //   G3: S1 100, S2 150         -> lower 150, upper 250
        // lower 950 / 3,600 = 26.39%; upper 1,490 / 3,600 = 41.39%.
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
        #expect(sdg.method.contains("full overlap") && sdg.method.contains("no overlap"))
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
        // NSSF 38,000 + civil service 61,000 + senior citizens' grant 58,000 = 157,000 of 420,000:
        // 37.38% with no overlap; 61,000 / 420,000 = 14.52% with full overlap.
        let cell = try #require(try ExamplePlanTests.loadPlan().coverageMatrix.cell(.oldAge, "GRP-3"))
        #expect(abs(cell.upperPercent! - 157_000.0 / 420_000 * 100) < 1e-9)
        #expect(abs(cell.lowerPercent! - 61_000.0 / 420_000 * 100) < 1e-9)
        #expect(cell.band == .partial && !cell.isOverridden)
    }

    @Test func sdgRange() throws {
        // Children: household cash transfer 480,000 (lower) + NSSF orphans 6,200 + disability allowance 3,500
        //   = 489,700 (upper). Working age: lower 400,000 (employer liability); upper 312,000 + 312,000
        //   + 214,000 + 390,000 + 6,500 + 400,000 = 1,634,500. Older: lower 80,000; upper 38,000 + 61,000
        //   + 80,000 + 58,000 + 2,000 = 239,000. Totals 960,000 and 2,363,200 of 12,000,000: 8% to 19.69%.
        let sdg = try ExamplePlanTests.loadPlan().sdg131
        #expect(sdg.population == 12_000_000)
        #expect(sdg.lowerPersons == 960_000 && sdg.upperPersons == 2_363_200)
        #expect(abs(sdg.lowerPercent! - 8) < 1e-9)
        #expect(abs(sdg.upperPercent! - 19.693333) < 1e-6)
        #expect(sdg.excludedSchemeIds == ["SCH-4", "SCH-8", "SCH-9", "SCH-10"])
    }
}
