/// The persons several schemes reach in one group, counted once, the way the plan's schemes say
/// they relate:
/// 1. branches of one scheme (`Scheme.branchOf`) share their members: they count as one scheme,
///    with the largest of their counts;
/// 2. schemes that are mutually exclusive by law (`Scheme.exclusiveWith`, either way round) reach
///    different persons: their counts add up (schemes linked through exclusions form one block);
/// 3. blocks about which the plan says nothing are assumed to overlap at random (independently):
///    the persons reached are N x (1 - (1 - b1/N) x (1 - b2/N) x ...), the estimate; the range is
///    full overlap (the largest block) to no overlap (the sum, at most N).
public struct Overlap: Encodable, Equatable, Sendable {
    public var estimate: Double
    public var lower: Double
    public var upper: Double

    public static let zero = Overlap(estimate: 0, lower: 0, upper: 0)

    public static let assumption = "Branches of one scheme share their members; schemes exclusive by law add up; "
        + "other schemes are assumed to overlap at random (independently), between full overlap (the largest) "
        + "and none (the sum)."

    /// Persons in a group of `size` reached by the schemes with `counts`, related as `schemes` say.
    public static func combine(_ counts: [SchemeCount], size: Double, schemes: SchemeRelations) -> Overlap {
        let positive = counts.filter { $0.count > 0 }
        guard !positive.isEmpty else { return .zero }
        // 1. One count per scheme family (branches with their root), the largest.
        var byRoot: [EntityID: Double] = [:]
        var order: [EntityID] = []
        for entry in positive {
            let root = schemes.root(of: entry.schemeId)
            if byRoot[root] == nil { order.append(root) }
            byRoot[root] = max(byRoot[root] ?? 0, entry.count)
        }
        // 2. Exclusive blocks add up.
        var blocks: [EntityID: Double] = [:]
        var blockOrder: [EntityID] = []
        let block = schemes.blocks(of: order)
        for root in order {
            let key = block[root] ?? root
            if blocks[key] == nil { blockOrder.append(key) }
            blocks[key, default: 0] += byRoot[root] ?? 0
        }
        let values = blockOrder.map { blocks[$0] ?? 0 }.map { size > 0 ? min($0, size) : $0 }
        let largest = values.max() ?? 0
        let sum = values.reduce(0, +)
        let upper = size > 0 ? min(size, sum) : sum
        // 3. Independent overlap between blocks.
        var estimate = largest
        if size > 0, values.count > 1 {
            let uncovered = values.reduce(1.0) { $0 * (1 - min(1, $1 / size)) }
            estimate = size * (1 - uncovered)
        }
        return Overlap(estimate: min(max(estimate, largest), upper), lower: min(largest, upper), upper: upper)
    }
}

/// How the plan's schemes relate: which are branches of which, which exclude one another.
public struct SchemeRelations: Sendable {
    private var parent: [EntityID: EntityID] = [:]
    private var exclusive: [EntityID: Set<EntityID>] = [:]
    /// The root of every branch (`root(of:)`, computed once: a coverage matrix asks thousands of times).
    private var roots: [EntityID: EntityID] = [:]

    public init(_ schemes: [Scheme]) {
        let known = Set(schemes.map(\.id))
        for scheme in schemes {
            if let branch = scheme.branchOf, known.contains(branch), branch != scheme.id { parent[scheme.id] = branch }
            for other in scheme.exclusiveWith where known.contains(other) && other != scheme.id {
                exclusive[scheme.id, default: []].insert(other)
                exclusive[other, default: []].insert(scheme.id)
            }
        }
        for id in parent.keys { roots[id] = followed(id) }
    }

    /// The scheme a branch belongs to, followed up to the top (a cycle stops where it closes).
    public func root(of id: EntityID) -> EntityID { roots[id] ?? id }

    private func followed(_ id: EntityID) -> EntityID {
        var current = id
        var seen: Set<EntityID> = [id]
        while let next = parent[current], seen.insert(next).inserted { current = next }
        return current
    }

    /// Whether two schemes are exclusive by law (either names the other, or their roots do).
    public func areExclusive(_ a: EntityID, _ b: EntityID) -> Bool {
        let ra = root(of: a), rb = root(of: b)
        return exclusive[a]?.contains(b) == true || exclusive[ra]?.contains(rb) == true
    }

    /// For each of `roots`, the first root of its exclusive block (roots linked by exclusions).
    /// (Two roots are linked when `areExclusive` says so; each root's links are looked up, not
    /// tested against every other root.)
    func blocks(of roots: [EntityID]) -> [EntityID: EntityID] {
        var result: [EntityID: EntityID] = [:]
        guard !exclusive.isEmpty else {
            for root in roots { result[root] = root }
            return result
        }
        let listed = Set(roots)
        // The listed roots by their own root (in a cycle of branches a root is not its own root).
        var byRoot: [EntityID: [EntityID]] = [:]
        for root in roots { byRoot[self.root(of: root), default: []].append(root) }
        for root in roots where result[root] == nil {
            result[root] = root
            var queue = [root]
            while let current = queue.popLast() {
                var linked = (exclusive[current] ?? []).filter(listed.contains)
                for other in exclusive[self.root(of: current)] ?? [] { linked.formUnion(byRoot[other] ?? []) }
                for other in linked where result[other] == nil {
                    result[other] = root
                    queue.append(other)
                }
            }
        }
        return result
    }
}

extension Scheme {
    /// Persons in `groupId` by each of the three measures, each summed over the scheme's entries.
    public func legal(in groupId: EntityID) -> Double { Self.sum(legalCoverage, groupId) }
    public func contributing(in groupId: EntityID) -> Double { Self.sum(activeContributors, groupId) }
    public func receiving(in groupId: EntityID) -> Double { Self.sum(recipients, groupId) }

    /// Effectively protected in the group: active contributors plus beneficiaries (legal coverage
    /// alone protects nobody).
    public func effective(in groupId: EntityID) -> Double { contributing(in: groupId) + receiving(in: groupId) }

    /// The scheme counts someone in the group by any of the three measures.
    public func counts(in groupId: EntityID) -> Bool {
        (recipients + activeContributors + legalCoverage).contains { $0.groupId == groupId }
    }

    /// Pays a cash benefit: covers a branch besides medical care and sickness.
    /// (SDG 1.3.1 leaves out health care, and sickness, whose benefits are short-term.)
    public var paysCashBenefits: Bool { contingencies.contains { $0 != .medicalCare && $0 != .sickness } }

    private static func sum(_ entries: [GroupCount], _ groupId: EntityID) -> Double {
        var total = 0.0
        for entry in entries where entry.groupId == groupId { total += entry.count }
        return total
    }
}
