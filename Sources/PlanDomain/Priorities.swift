/// Gaps ranked by their scores on the plan's criteria.
///
/// For each gap and criterion: each stakeholder group's scores are averaged, then the groups'
/// averages are averaged, so every group weighs the same however many scores it gave. A criterion
/// where a high score is bad (cost) counts as 6 - score, so 5 always means "do this first". The
/// gap's total is the weighted average over the criteria it has scores on:
///
///     total = Σ weight(c) × adjusted(c) / Σ weight(c)
///
/// Gaps rank by total, highest first (ties keep plan order); gaps without any score are listed
/// apart. A ranking can use one stakeholder group's scores only, and weights other than the plan's.
///
/// Priorities are set by national constituents: the ranking over every group counts the national
/// stakeholders only; development partners' and experts' scores are advice, ranked apart in
/// `advice` (docs/DECISIONS.md).
public struct PriorityRanking: Encodable, Equatable, Sendable {
    public struct CriterionScore: Encodable, Equatable, Sendable {
        public var criterionId: EntityID
        /// The average score as given (1 to 5), over the stakeholder groups' averages.
        public var average: Double
        /// The score as it counts: the average, or 6 - average where a high score is bad.
        public var adjusted: Double
        public var weight: Double
        /// How many stakeholder groups scored it.
        public var groups: Int
    }

    public struct Entry: Encodable, Equatable, Sendable {
        public var gapId: EntityID
        /// 1 for the first.
        public var rank: Int
        public var total: Double
        public var criteria: [CriterionScore]
        /// Criteria of the plan this gap has no score on.
        public var missingCriteria: [EntityID]
    }

    /// Nil when every stakeholder group's scores count.
    public var scoredBy: StakeholderKind?
    public var entries: [Entry]
    /// Gaps with no score (on the chosen group's scores).
    public var unscored: [EntityID]
    /// The advisory stakeholders' (development partners', experts') own totals per gap, when the
    /// ranking is the national one (no `scoredBy`): shown beside it, never in it.
    public var advice: [EntityID: Double] = [:]

    /// - Parameters:
    ///   - scoredBy: only this stakeholder group's scores, or every group's when nil.
    ///   - weights: weights that replace the plan's, by criterion id.
    public init(plan: Plan, scoredBy: StakeholderKind? = nil, weights: [EntityID: Double] = [:]) {
        self.scoredBy = scoredBy
        let criteria = plan.strategy.criteria
        // gap -> criterion -> stakeholder group -> scores
        var table: [EntityID: [EntityID: [StakeholderKind: [Double]]]] = [:]
        for score in plan.strategy.scores
        where scoredBy == nil ? !score.scoredBy.isAdvisory : score.scoredBy == scoredBy {
            table[score.gapId, default: [:]][score.criterionId, default: [:]][score.scoredBy, default: []]
                .append(score.score)
        }
        var scored: [(offset: Int, entry: Entry)] = []
        var unscored: [EntityID] = []
        for (offset, gap) in plan.stocktake.gaps.enumerated() {
            var parts: [CriterionScore] = []
            var missing: [EntityID] = []
            for criterion in criteria {
                guard let byGroup = table[gap.id]?[criterion.id], !byGroup.isEmpty else {
                    missing.append(criterion.id)
                    continue
                }
                let averages = StakeholderKind.allCases.compactMap { kind in
                    byGroup[kind].map { $0.reduce(0, +) / Double($0.count) }
                }
                let average = averages.reduce(0, +) / Double(averages.count)
                parts.append(CriterionScore(criterionId: criterion.id, average: average,
                                            adjusted: criterion.higherIsBetter ? average : 6 - average,
                                            weight: weights[criterion.id] ?? criterion.weight,
                                            groups: averages.count))
            }
            guard !parts.isEmpty else {
                unscored.append(gap.id)
                continue
            }
            let weight = parts.reduce(0) { $0 + $1.weight }
            let total = weight > 0 ? parts.reduce(0) { $0 + $1.weight * $1.adjusted } / weight : 0
            scored.append((offset, Entry(gapId: gap.id, rank: 0, total: total, criteria: parts, missingCriteria: missing)))
        }
        scored.sort { $0.entry.total != $1.entry.total ? $0.entry.total > $1.entry.total : $0.offset < $1.offset }
        entries = scored.enumerated().map { index, item in
            var entry = item.entry
            entry.rank = index + 1
            return entry
        }
        self.unscored = unscored
        if scoredBy == nil {
            // Each advisory group's total per gap, averaged over the advisory groups that scored it.
            var sums: [EntityID: (total: Double, groups: Int)] = [:]
            for kind in StakeholderKind.allCases where kind.isAdvisory {
                for entry in PriorityRanking(plan: plan, scoredBy: kind, weights: weights).entries {
                    let current = sums[entry.gapId] ?? (0, 0)
                    sums[entry.gapId] = (current.total + entry.total, current.groups + 1)
                }
            }
            advice = sums.mapValues { $0.total / Double($0.groups) }
        }
    }

    public func rank(of gapId: EntityID) -> Int? {
        entries.first { $0.gapId == gapId }?.rank
    }

    /// The stakeholder groups that gave scores, in the vocabulary's order.
    public static func stakeholderGroups(in plan: Plan) -> [StakeholderKind] {
        let used = Set(plan.strategy.scores.map(\.scoredBy))
        return StakeholderKind.allCases.filter { used.contains($0) }
    }
}

/// A gap that moved between two rankings.
public struct RankMove: Encodable, Equatable, Sendable {
    public var gapId: EntityID
    /// Nil when the gap was not ranked before (or is no longer ranked after).
    public var from: Int?
    public var to: Int?

    /// "GAP-3 moved from 4th to 2nd".
    public var description: String {
        switch (from, to) {
        case let (from?, to?): "\(gapId) moved from \(ordinal(from)) to \(ordinal(to))"
        case let (nil, to?): "\(gapId) entered the ranking at \(ordinal(to))"
        case let (from?, nil): "\(gapId) left the ranking (was \(ordinal(from)))"
        case (nil, nil): "\(gapId) is not ranked"
        }
    }
}

extension PriorityRanking {
    /// The gaps whose rank differs from `before` to `after`, in the order of `after`, then those
    /// that left the ranking.
    public static func moves(from before: PriorityRanking, to after: PriorityRanking) -> [RankMove] {
        var moves = after.entries.compactMap { entry -> RankMove? in
            let old = before.rank(of: entry.gapId)
            return old == entry.rank ? nil : RankMove(gapId: entry.gapId, from: old, to: entry.rank)
        }
        for entry in before.entries where after.rank(of: entry.gapId) == nil {
            moves.append(RankMove(gapId: entry.gapId, from: entry.rank, to: nil))
        }
        return moves
    }
}

/// "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st".
public func ordinal(_ number: Int) -> String {
    let tens = number % 100
    if (11...13).contains(tens) { return "\(number)th" }
    switch number % 10 {
    case 1: return "\(number)st"
    case 2: return "\(number)nd"
    case 3: return "\(number)rd"
    default: return "\(number)th"
    }
}
