import Testing
@testable import PlanDomain

/// One findings list per step, with where each entity's end: gathering, keeping, replacing and
/// joining give what one list per entity gives.
@Suite("Findings about each entity in one list")
struct EntityFindingsTests {
    static func findings(_ entity: Int, _ count: Int) -> [Finding] {
        (0..<count).map { Finding(.hint, .activityDescription, at: Location(.activity, "A\(entity)"), "finding \($0)") }
    }

    static func lists(of findings: EntityFindings) -> [[Finding]] {
        (0..<findings.count).map { Array(findings[$0]) }
    }

    @Test("gathered, replaced, kept and joined as lists per entity would be", arguments: [1, 2, 3] as [UInt64])
    func asLists(seed: UInt64) throws {
        var random = LookupTests.Random(state: seed)
        let plan = try ExamplePlanTests.loadPlan()
        var validator = Validator(plan: plan, numbers: .commaPoint)
        var expected: [[Finding]] = []
        var gathered = EntityFindings()
        for entity in 0..<200 {
            let these = Self.findings(entity, random.next(4))
            validator.findings = Self.findings(-1, 2) // what the validator held stays as it was
            gathered.gather(&validator) { $0.findings += these }
            #expect(validator.findings == Self.findings(-1, 2))
            expected.append(these)
        }
        #expect(Self.lists(of: gathered) == expected)
        #expect(gathered.all == expected.flatMap { $0 })
        for _ in 0..<50 {
            let entity = random.next(expected.count)
            let these = Self.findings(1_000 + entity, random.next(5))
            gathered.replace(entity, with: these)
            expected[entity] = these
            #expect(Self.lists(of: gathered) == expected)
        }
        var kept = EntityFindings()
        for entity in expected.indices.reversed() { kept.append(gathered[entity]) }
        #expect(Self.lists(of: kept) == expected.reversed())
        let cuts = [0, 37, 37, 120, 200]
        var runs = zip(cuts, cuts.dropFirst()).map { start, end in
            var run = EntityFindings()
            for entity in start..<end { run.append(gathered[entity]) }
            return run
        }
        // Joined by moving the findings out of the runs: a run also held elsewhere keeps its findings.
        let shared = runs[2]
        let sharedLists = Self.lists(of: shared)
        #expect(Self.lists(of: .joined(moving: &runs)) == expected)
        #expect(runs.isEmpty)
        #expect(Self.lists(of: shared) == sharedLists && !shared.all.isEmpty)
        var none: [EntityFindings] = []
        #expect(EntityFindings.joined(moving: &none).count == 0)
        var one = [gathered]
        #expect(Self.lists(of: .joined(moving: &one)) == expected)
    }
}
