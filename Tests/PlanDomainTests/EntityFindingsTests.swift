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
        // Fifty entities' findings replaced at random, each time the same as in lists per entity.
        func replaceFifty(_ findings: inout EntityFindings, numbered from: Int) {
            for _ in 0..<50 {
                let entity = random.next(expected.count)
                let these = Self.findings(from + entity, random.next(5))
                findings.replace(entity, with: these)
                expected[entity] = these
                #expect(Self.lists(of: findings) == expected)
            }
        }
        replaceFifty(&gathered, numbered: 1_000)
        var kept = EntityFindings()
        for entity in expected.indices.reversed() { kept.append(gathered[entity]) }
        #expect(Self.lists(of: kept) == expected.reversed())
        let cuts = [0, 37, 37, 120, 200]
        let runs = zip(cuts, cuts.dropFirst()).map { start, end in
            var run = EntityFindings()
            for entity in start..<end { run.append(gathered[entity]) }
            return run
        }
        // Joined by keeping each run's list: the same findings per entity, in one list or in the
        // runs' lists, and a run held elsewhere keeps its findings when the join is edited.
        let shared = runs[2]
        let sharedLists = Self.lists(of: shared)
        var joined = EntityFindings.joined(runs)
        #expect(Self.lists(of: joined) == expected)
        #expect(joined.all == expected.flatMap { $0 })
        #expect(joined.lists.count == 3) // the empty run (37..<37) holds no list
        replaceFifty(&joined, numbered: 2_000)
        #expect(Self.lists(of: shared) == sharedLists && !shared.all.isEmpty)
        #expect(EntityFindings.joined([]).count == 0)
        #expect(Self.lists(of: .joined([gathered, EntityFindings()])) == Self.lists(of: gathered))
    }
}
