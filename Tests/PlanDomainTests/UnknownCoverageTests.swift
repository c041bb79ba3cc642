import Testing
@testable import PlanDomain

/// Validation finds the coverage cells without a figure with `CoverageMatrix.unknownCells`, not
/// from the matrix; after any edit both must name the same cells, with the same schemes.
@Suite("Unknown coverage cells agree with the coverage matrix")
struct UnknownCoverageTests {
    typealias Random = LookupTests.Random

    static func fromMatrix(_ plan: Plan) -> [UnknownCoverageCell] {
        plan.coverageMatrix.cells.filter { $0.band == nil && !$0.isNotApplicable && !$0.schemeIds.isEmpty }.map {
            UnknownCoverageCell(contingency: $0.contingency, groupId: $0.groupId, schemeIds: $0.schemeIds)
        }
    }

    /// An edit to what decides a cell's band: an assessment's rating or figure, a group's size or
    /// reference population, or one of the incremental-validation tests' scheme edits.
    static func randomEdit(of plan: inout Plan, _ random: inout Random, step: Int) {
        let groups = plan.stocktake.groups
        switch random.next(4) {
        case 0 where !groups.isEmpty:
            var assessment = CoverageAssessment(id: "CA-r\(step)")
            assessment.groupId = groups[random.next(groups.count)].id
            assessment.contingency = Contingency.allCases[random.next(Contingency.allCases.count)]
            let ratings = CoverageRating.allCases
            assessment.rating = random.next(3) == 0 ? nil : ratings[random.next(ratings.count)]
            assessment.coveragePercent = [nil, 0, 40][random.next(3)]
            _ = try? plan.apply(.insert(AnyEntity(assessment), index: random.next(plan.stocktake.coverage.count + 1)))
        case 1 where !groups.isEmpty:
            var group = groups[random.next(groups.count)]
            group.size = [0, -3, 5e5][random.next(3)]
            let references = ReferencePopulation.allCases
            group.reference = random.next(2) == 0 ? nil : references[random.next(references.count)]
            group.projection = []
            _ = try? plan.apply(.update(AnyEntity(group)))
        default:
            IncrementalValidationTests.randomSchemeEdit(of: &plan, &random, step: step)
        }
    }

    @Test("after each of 150 random edits, the same unknown cells as the matrix", arguments: [1, 2, 3] as [UInt64])
    func randomEdits(seed: UInt64) throws {
        var plan = try ExamplePlanTests.loadPlan()
        var random = Random(state: seed)
        #expect(CoverageMatrix.unknownCells(of: plan) == Self.fromMatrix(plan))
        var seen = 0
        for step in 0..<150 {
            Self.randomEdit(of: &plan, &random, step: step)
            let cells = CoverageMatrix.unknownCells(of: plan)
            #expect(cells == Self.fromMatrix(plan), "seed \(seed), step \(step)")
            seen += cells.count
        }
        #expect(seen > 0, "no edit made a cell unknown: the test checks nothing")
    }
}
