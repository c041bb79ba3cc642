import Testing
@testable import PlanDomain

/// `SchemeRelations` looks roots up and links each root through its exclusions only; the coverage
/// matrix asks it thousands of times. It must give what following the branches and testing every
/// pair of roots with `areExclusive` gives.
@Suite("Scheme relations: roots and exclusive blocks")
struct SchemeRelationsTests {
    typealias Random = LookupTests.Random

    /// The root, found by following the branches each time (a cycle stops where it closes).
    static func followedRoot(_ id: EntityID, _ schemes: [Scheme]) -> EntityID {
        let known = Set(schemes.map(\.id))
        var parent: [EntityID: EntityID] = [:]
        for scheme in schemes {
            if let branch = scheme.branchOf, known.contains(branch), branch != scheme.id { parent[scheme.id] = branch }
        }
        var current = id
        var seen: Set<EntityID> = [id]
        while let next = parent[current], seen.insert(next).inserted { current = next }
        return current
    }

    /// The blocks by testing every later root against each root of a block.
    static func pairwiseBlocks(_ roots: [EntityID], _ relations: SchemeRelations) -> [EntityID: EntityID] {
        var result: [EntityID: EntityID] = [:]
        for (index, root) in roots.enumerated() where result[root] == nil {
            result[root] = root
            var queue = [root]
            while let current = queue.popLast() {
                for other in roots[(index + 1)...] where result[other] == nil && relations.areExclusive(current, other) {
                    result[other] = root
                    queue.append(other)
                }
            }
        }
        return result
    }

    @Test("random branches (cycles too) and exclusions: the same roots and blocks as the pairwise way",
          arguments: 1...40 as ClosedRange<UInt64>)
    func randomRelations(seed: UInt64) {
        var random = Random(state: seed)
        let ids = (0..<(3 + random.next(14))).map { "S\($0)" }
        let schemes = ids.map { id -> Scheme in
            var scheme = Scheme(id: id)
            if random.next(3) == 0 { scheme.branchOf = random.next(5) == 0 ? "NONE" : ids[random.next(ids.count)] }
            for _ in 0..<random.next(3) where random.next(2) == 0 {
                scheme.exclusiveWith.append(random.next(6) == 0 ? "GONE" : ids[random.next(ids.count)])
            }
            return scheme
        }
        let relations = SchemeRelations(schemes)
        for id in ids + ["UNKNOWN"] {
            #expect(relations.root(of: id) == Self.followedRoot(id, schemes), "seed \(seed), \(id)")
        }
        for _ in 0..<10 {
            var roots: [EntityID] = []
            for _ in 0..<random.next(2 * ids.count) {
                let root = relations.root(of: ids[random.next(ids.count)])
                if !roots.contains(root) { roots.append(root) }
            }
            #expect(relations.blocks(of: roots) == Self.pairwiseBlocks(roots, relations), "seed \(seed), \(roots)")
        }
    }
}
