import Testing
@testable import PlanDomain

/// A plan built to check the coverage formulas by hand (base year 2025):
/// - G1 Children: 1,000 in 2025.
/// - G2 Working age: 2,000 in 2024 growing 10% a year, so 2,200 in 2025.
/// - G3 Older persons: 500 in 2024, but projected at 400 for 2025 (the projection wins).
/// - G4 Rural workers: 1,000 in 2025, not part of the partition.
func coveragePlan() -> Plan {
    var plan = Plan.new(meta: PlanMeta(country: Country(name: "São Tomé", code: "ST"), title: "Coverage",
                                       currency: "STN", baseYear: 2025, firstYear: 2026, lastYear: 2030))
    func group(_ id: String, _ name: String, _ size: Double, year: Int, growth: Double = 0,
               projection: [YearValue] = [], partition: Bool = true) -> PopulationGroup {
        var group = PopulationGroup(id: id)
        group.name = name
        group.size = size
        group.year = year
        group.growthPercent = growth
        group.projection = projection
        group.partOfPartition = partition
        return group
    }
    plan.stocktake.groups = [
        group("G1", "Children", 1000, year: 2025),
        group("G2", "Working age", 2000, year: 2024, growth: 10),
        group("G3", "Older persons", 500, year: 2024, growth: 5, projection: [YearValue(year: 2025, value: 400)]),
        group("G4", "Rural workers", 1000, year: 2025, partition: false),
    ]
    func scheme(_ id: String, _ type: SchemeType, _ contingencies: [Contingency], groups: [EntityID] = [],
                _ counts: [(EntityID, Double)]) -> Scheme {
        var scheme = Scheme(id: id)
        scheme.name = "Scheme \(id)"
        scheme.type = type
        scheme.contingencies = contingencies
        scheme.groupIds = groups
        scheme.recipients = counts.map { GroupCount(groupId: $0.0, count: $0.1) }
        return scheme
    }
    plan.stocktake.schemes = [
        scheme("S1", .socialInsurance, [.oldAge, .invalidity], groups: ["G2"], [("G2", 440), ("G3", 100)]),
        scheme("S2", .universal, [.oldAge], [("G3", 150)]),
        scheme("S3", .socialAssistance, [.family], [("G1", 300), ("G2", 500)]),
        scheme("S4", .microInsurance, [.medicalCare], [("G2", 660)]),
        scheme("S5", .universal, [.medicalCare], [("G1", 800)]),
        scheme("S6", .categorical, [.invalidity], groups: ["G1"], []),
        scheme("S7", .universal, [.medicalCare], [("G3", 300)]),
        scheme("S8", .communityBased, [.medicalCare, .survivors], [("G3", 200)]),
    ]
    func assessment(_ id: String, _ contingency: Contingency, _ group: EntityID, rating: CoverageRating? = nil,
                    percent: Double? = nil) -> CoverageAssessment {
        var cell = CoverageAssessment(id: id)
        cell.contingency = contingency
        cell.groupId = group
        cell.rating = rating
        cell.coveragePercent = percent
        cell.note = "note \(id)"
        return cell
    }
    plan.stocktake.coverage = [
        assessment("C1", .sickness, "G3", rating: .notApplicable),
        assessment("C2", .maternity, "G1", percent: 60),
        assessment("C3", .survivors, "G1", rating: .low),
        assessment("C4", .survivors, "G2", rating: .partial),
        assessment("C5", .unemployment, "G2"),
    ]
    plan.stocktake.coverageThresholdPercent = 50
    return plan
}

@Suite("Coverage matrix")
struct CoverageTests {
    let matrix = coveragePlan().coverageMatrix

    @Test func groupSizesAreTakenInTheBaseYear() {
        // G2: 2,000 × 1.10 = 2,200; G3: the projection's 400 wins over 500 × 1.05.
        #expect(matrix.year == 2025)
        #expect(matrix.groups.map(\.size) == [1000, 2200, 400, 1000])
    }

    @Test func oneSchemeGivesOneFigure() throws {
        // S1 counts 440 of G2's 2,200: 20%.
        let cell = try #require(matrix.cell(.oldAge, "G2"))
        #expect(cell.lowerPercent == 20 && cell.upperPercent == 20)
        #expect(cell.percent == 20 && cell.band == .low && !cell.isOverridden)
    }

    @Test func severalSchemesGiveARange() throws {
        // S1 100 and S2 150 of G3's 400: full overlap 150/400 = 37.5%, none 250/400 = 62.5%;
        // the estimate, overlapping at random: 400 x (1 - 0.75 x 0.625) = 212.5 = 53.125%.
        let cell = try #require(matrix.cell(.oldAge, "G3"))
        #expect(cell.counts == [SchemeCount(schemeId: "S1", count: 100), SchemeCount(schemeId: "S2", count: 150)])
        #expect(cell.lowerPercent == 37.5)
        #expect(cell.upperPercent == 62.5)
        #expect(cell.estimatePercent == 53.125)
        #expect(cell.percent == 53.125 && cell.band == .partial)
        #expect(matrix.gap(.oldAge, "G3") == nil, "53.1% is above the 50% threshold")
    }

    @Test func theSumIsCappedAtTheGroup() throws {
        // S7 300 and S8 200 of G3's 400: 75% with full overlap; 500/400 = 125%, capped at 100%;
        // at random 400 x (1 - 0.25 x 0.5) = 350 = 87.5%.
        let cell = try #require(matrix.cell(.medicalCare, "G3"))
        #expect(cell.lowerPercent == 75)
        #expect(cell.upperPercent == 100)
        #expect(cell.estimatePercent == 87.5 && cell.band == .high)
    }

    @Test func noSchemeIsNoProvision() throws {
        let cell = try #require(matrix.cell(.sickness, "G1"))
        #expect(!cell.hasProvision && cell.percent == 0 && cell.band == CoverageBand.none)
        #expect(matrix.gap(.sickness, "G1")?.kind == .noProvision)
    }

    @Test func schemesWithoutCountsGiveNoFigure() throws {
        // S6 names G1 for invalidity but counts nobody: no figure, no band, and no gap.
        let cell = try #require(matrix.cell(.invalidity, "G1"))
        #expect(cell.hasProvision && cell.schemeIds == ["S6"] && cell.counts.isEmpty)
        #expect(cell.percent == nil && cell.band == nil)
        #expect(matrix.gap(.invalidity, "G1") == nil)
        #expect(findings(coveragePlan(), rule: .coverageUnknown).map(\.message)
            == ["Invalidity for Children has no figure: S6 covers it but counts nobody in the group. "
                + "Give the count, or assess the cell."])
    }

    @Test func theAssessorsFigureOverrides() throws {
        // Nothing covers maternity for G1 (0%), but the assessor says 60%: partial, not a gap.
        let cell = try #require(matrix.cell(.maternity, "G1"))
        #expect(cell.upperPercent == 0)
        #expect(cell.percent == 60 && cell.band == .partial && cell.isOverridden)
        #expect(matrix.gap(.maternity, "G1") == nil)
    }

    @Test func aRatingAloneOverridesTheBand() throws {
        // S8 (survivors) does not name G1 or G2. C3 rates G1 low: the band is low, no figure is shown,
        // and the whole low band (below 33%) lies under the 50% threshold, so it is a gap.
        let low = try #require(matrix.cell(.survivors, "G1"))
        #expect(low.band == .low && low.percent == nil && low.isOverridden)
        #expect(matrix.gap(.survivors, "G1")?.kind == .lowCoverage)
        // C4 rates G2 partial (33% to 67%), which straddles 50%: not a gap.
        #expect(matrix.cell(.survivors, "G2")?.band == .partial)
        #expect(matrix.gap(.survivors, "G2") == nil)
    }

    @Test func notApplicableIsNeitherCoverageNorGap() throws {
        let cell = try #require(matrix.cell(.sickness, "G3"))
        #expect(cell.isNotApplicable && cell.percent == nil && cell.band == nil)
        #expect(matrix.gap(.sickness, "G3") == nil)
    }

    @Test func aNoteAloneIsNoOverride() throws {
        let cell = try #require(matrix.cell(.unemployment, "G2"))
        #expect(cell.note == "note C5" && !cell.isOverridden && cell.band == CoverageBand.none)
    }

    @Test func theMatrixHasEveryContingencyByEveryGroup() {
        #expect(matrix.cells.count == 9 * 4)
        #expect(matrix.cells[0].contingency == .medicalCare && matrix.cells[0].groupId == "G1")
        #expect(matrix.cells[35].contingency == .survivors && matrix.cells[35].groupId == "G4")
    }

    @Test func derivedGapsHaveStableIdsAndLinks() throws {
        var plan = coveragePlan()
        var gap = Gap(id: "GAP-1")
        gap.kind = .lowCoverage
        gap.contingency = .oldAge
        gap.groupId = "G2"
        gap.reasonIds = ["RSN-2", "RSN-1"]
        var adequacy = Gap(id: "GAP-2")
        adequacy.kind = .benefitAdequacy
        adequacy.contingency = .oldAge
        adequacy.groupId = "G2"
        adequacy.reasonIds = ["RSN-3"]
        plan.stocktake.gaps = [gap, adequacy]
        var byGap = Measure(id: "MEA-1")
        byGap.gapIds = ["GAP-1"]
        var byCell = Measure(id: "MEA-2")
        byCell.contingency = .oldAge
        byCell.targetGroupId = "G2"
        plan.strategy.measures = [byGap, byCell]
        let derived = try #require(plan.coverageMatrix.gap(.oldAge, "G2"))
        #expect(derived.id == "gap:oldAge:G2")
        #expect(derived.kind == .lowCoverage && derived.percent == 20)
        // Only a coverage gap records the cell; a benefit-adequacy gap on it does not.
        #expect(derived.recordedAs == ["GAP-1"])
        #expect(derived.reasonIds == ["RSN-2", "RSN-1"])
        #expect(derived.measureIds == ["MEA-1", "MEA-2"])
        let overview = GapOverview(plan: plan, matrix: plan.coverageMatrix)
        #expect(overview.recorded.map(\.derivedId) == ["gap:oldAge:G2", "gap:oldAge:G2"])
        #expect(overview.recorded.map(\.measureIds) == [["MEA-1"], []])
        #expect(!overview.unrecorded.contains { $0.id == "gap:oldAge:G2" })
    }

    @Test func theThresholdMovesTheGaps() {
        // At 15%, G2's 20% old-age coverage is no longer a gap; the 0% cells still are.
        var plan = coveragePlan()
        plan.stocktake.coverageThresholdPercent = 15
        let gaps = plan.coverageMatrix.gaps
        #expect(!gaps.contains { $0.id == "gap:oldAge:G2" })
        #expect(gaps.contains { $0.id == "gap:sickness:G1" })
    }

    @Test func bands() {
        let cases: [(Double, CoverageBand)] = [(0, .none), (0.1, .low), (32.9, .low), (33, .partial), (66.9, .partial),
                                               (67, .high), (89.9, .high), (90, .full), (100, .full)]
        for (percent, band) in cases { #expect(CoverageBand(percent: percent) == band, "\(percent)%") }
        #expect(CoverageBand(rating: .high) == .high)
        #expect(CoverageBand(rating: .notApplicable) == nil)
    }
}
