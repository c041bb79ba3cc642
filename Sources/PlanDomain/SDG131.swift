/// SDG indicator 1.3.1: the share of the population covered by at least one social protection
/// benefit (receiving a benefit or actively contributing), as a range.
///
/// It is computed over the groups the plan marks as a partition of the population, in the plan's
/// base year. For each group, from the persons each counted scheme reports in it:
/// - lower bound: the largest count (the schemes reach the same persons: full overlap);
/// - upper bound: the sum of the counts, at most the group's size (no overlap at all).
/// The totals are the sums over the groups, over the sum of their sizes.
///
/// Counted schemes: the formal ones (not micro-insurance or community-based mechanisms) that cover
/// a contingency besides medical care. Health protection is measured apart from SDG 1.3.1, and the
/// ILO counts statutory schemes only.
public struct SDG131: Encodable, Equatable, Sendable {
    public struct GroupBounds: Encodable, Equatable, Sendable {
        public var groupId: EntityID
        public var name: String
        public var size: Double
        public var lowerPersons: Double
        public var upperPersons: Double
        public var counts: [SchemeCount]
    }

    public static let method = """
        Share of the population receiving at least one social protection benefit or actively contributing, \
        over the groups marked as a partition of the population (sizes in the base year). Within a group, the \
        lower bound assumes the schemes reach the same persons (full overlap: the largest scheme's count); the \
        upper bound assumes they reach different persons (no overlap: the sum of the counts, at most the group's \
        size). Schemes covering medical care only, and informal mechanisms (micro-insurance, community-based \
        schemes), are left out, as in the ILO's method.
        """

    public var year: Int
    public var groups: [GroupBounds]
    public var population: Double
    public var lowerPersons: Double
    public var upperPersons: Double
    /// Nil when no group is marked as part of the partition (or their sizes add up to nothing).
    public var lowerPercent: Double?
    public var upperPercent: Double?
    /// The schemes left out, with the reason in `method`.
    public var excludedSchemeIds: [EntityID]
    public var method: String

    public init(plan: Plan) {
        year = plan.meta.baseYear
        method = Self.method
        let schemes = plan.stocktake.schemes
        let counted = schemes.filter(Self.counts)
        excludedSchemeIds = schemes.filter { !Self.counts($0) }.map(\.id)
        groups = plan.stocktake.groups.filter(\.partOfPartition).map { group in
            let size = CoverageMatrix.size(of: group, in: plan.meta.baseYear)
            let counts = counted.compactMap { scheme -> SchemeCount? in
                let entries = scheme.recipients.filter { $0.groupId == group.id }
                guard !entries.isEmpty else { return nil }
                return SchemeCount(schemeId: scheme.id, count: entries.reduce(0) { $0 + $1.count })
            }
            let sum = counts.reduce(0) { $0 + $1.count }
            let largest = counts.map(\.count).max() ?? 0
            return GroupBounds(groupId: group.id, name: group.name, size: size,
                               lowerPersons: min(size, largest), upperPersons: min(size, sum), counts: counts)
        }
        population = groups.reduce(0) { $0 + $1.size }
        lowerPersons = groups.reduce(0) { $0 + $1.lowerPersons }
        upperPersons = groups.reduce(0) { $0 + $1.upperPersons }
        if population > 0 {
            lowerPercent = lowerPersons / population * 100
            upperPercent = upperPersons / population * 100
        }
    }

    /// Whether a scheme counts towards SDG 1.3.1: formal, and covering more than medical care.
    public static func counts(_ scheme: Scheme) -> Bool {
        scheme.type.isFormal && scheme.contingencies.contains { $0 != .medicalCare }
    }
}

extension Plan {
    public var sdg131: SDG131 { SDG131(plan: self) }
}
