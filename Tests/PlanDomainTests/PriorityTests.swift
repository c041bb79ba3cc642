import Testing
@testable import PlanDomain

/// Two criteria (C1 weight 3; C2 cost, weight 1, a high score is bad) and three gaps:
/// - GA: C1 government 5, workers 3 and 4 (workers 3.5): (5 + 3.5) / 2 = 4.25. C2 government 2 -> 6 - 2 = 4.
///   total (3 × 4.25 + 1 × 4) / 4 = 4.1875
/// - GB: C1 government 4, workers 4 -> 4. C2 workers 1 -> 5. total (3 × 4 + 5) / 4 = 4.25
/// - GC: no score.
func priorityPlan() -> Plan {
    var plan = coveragePlan()
    var c1 = Criterion(id: "C1")
    c1.name = "People affected"
    c1.weight = 3
    var c2 = Criterion(id: "C2")
    c2.name = "Cost"
    c2.weight = 1
    c2.higherIsBetter = false
    plan.strategy.criteria = [c1, c2]
    plan.stocktake.gaps = ["GA", "GB", "GC"].map { Gap(id: $0) }
    let scores: [(EntityID, EntityID, StakeholderKind, Double)] = [
        ("GA", "C1", .government, 5), ("GA", "C1", .workers, 3), ("GA", "C1", .workers, 4), ("GA", "C2", .government, 2),
        ("GB", "C1", .government, 4), ("GB", "C1", .workers, 4), ("GB", "C2", .workers, 1),
    ]
    plan.strategy.scores = scores.enumerated().map { index, entry in
        var score = PriorityScore(id: "SCO-\(index + 1)")
        (score.gapId, score.criterionId, score.scoredBy, score.score) = entry
        return score
    }
    return plan
}

@Suite("Priorities")
struct PriorityTests {
    @Test func weightedAverageOfGroupAverages() throws {
        let ranking = PriorityRanking(plan: priorityPlan())
        #expect(ranking.entries.map(\.gapId) == ["GB", "GA"])
        #expect(ranking.entries.map(\.rank) == [1, 2])
        #expect(ranking.entries.map(\.total) == [4.25, 4.1875])
        #expect(ranking.unscored == ["GC"])
        let ga = try #require(ranking.entries.last)
        #expect(ga.criteria.map(\.average) == [4.25, 2])
        #expect(ga.criteria.map(\.adjusted) == [4.25, 4])
        #expect(ga.criteria.map(\.groups) == [2, 1])
    }

    @Test func oneStakeholderGroupsScores() {
        // Government: GA (3 × 5 + 4) / 4 = 4.75; GB has only C1 = 4 (C2 missing), 3 × 4 / 3 = 4.
        let government = PriorityRanking(plan: priorityPlan(), scoredBy: .government)
        #expect(government.entries.map(\.gapId) == ["GA", "GB"])
        #expect(government.entries.map(\.total) == [4.75, 4])
        #expect(government.entries[1].missingCriteria == ["C2"])
        // Workers: GA 3.5 (C1 only); GB (3 × 4 + 5) / 4 = 4.25.
        let workers = PriorityRanking(plan: priorityPlan(), scoredBy: .workers)
        #expect(workers.entries.map(\.total) == [4.25, 3.5])
        #expect(PriorityRanking.stakeholderGroups(in: priorityPlan()) == [.government, .workers])
    }

    @Test func aWeightChangeMovesTheGaps() {
        // With C2 weighing 0: GA 4.25, GB 4 -> GA first.
        let plan = priorityPlan()
        let before = PriorityRanking(plan: plan)
        let after = PriorityRanking(plan: plan, weights: ["C2": 0])
        #expect(after.entries.map(\.total) == [4.25, 4])
        let moves = PriorityRanking.moves(from: before, to: after)
        #expect(moves == [RankMove(gapId: "GA", from: 2, to: 1), RankMove(gapId: "GB", from: 1, to: 2)])
        #expect(moves.map(\.description) == ["GA moved from 2nd to 1st", "GB moved from 1st to 2nd"])
        #expect(PriorityRanking.moves(from: before, to: before).isEmpty)
    }

    @Test func gapsEnteringAndLeavingTheRanking() {
        var plan = priorityPlan()
        let before = PriorityRanking(plan: plan)
        var score = PriorityScore(id: "SCO-99")
        score.gapId = "GC"
        score.criterionId = "C1"
        score.score = 5
        plan.strategy.scores.append(score)
        plan.strategy.scores.removeAll { $0.gapId == "GA" }
        let moves = PriorityRanking.moves(from: before, to: PriorityRanking(plan: plan))
        // GC (5.0) enters first, GB stays first? No: GC 5 > GB 4.25, so GB moves to 2nd; GA leaves.
        #expect(moves.map(\.description) == ["GC entered the ranking at 1st", "GB moved from 1st to 2nd",
                                             "GA left the ranking (was 2nd)"])
    }

    @Test func ordinals() {
        #expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)
            == ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"])
    }

    @Test func theExamplesRanking() throws {
        // Kibara, every group: GAP-1 4.15, GAP-4 3.81, GAP-2 3.79, GAP-3 3.38, GAP-9 3.29, GAP-5 2.90;
        // GAP-1 by hand: C1 5, C2 (5+4+5+5)/4 = 4.75, C3 4.25, C4 4, C5 6 - (5+5+3+3)/4 = 2:
        // (3×5 + 3×4.75 + 2×4.25 + 2×4 + 2×2) / 12 = 49.75 / 12 = 4.1458.
        let ranking = PriorityRanking(plan: try ExamplePlanTests.loadPlan())
        #expect(ranking.entries.map(\.gapId) == ["GAP-1", "GAP-4", "GAP-2", "GAP-3", "GAP-9", "GAP-5"])
        #expect(abs(ranking.entries[0].total - 49.75 / 12) < 1e-9)
        // Workers put unemployment (GAP-5) 4th; employers last.
        let plan = try ExamplePlanTests.loadPlan()
        #expect(PriorityRanking(plan: plan, scoredBy: .workers).rank(of: "GAP-5") == 4)
        #expect(PriorityRanking(plan: plan, scoredBy: .employers).rank(of: "GAP-5") == 6)
    }
}
