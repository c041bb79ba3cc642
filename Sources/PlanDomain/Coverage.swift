/// Persons one scheme counts in one population group.
public struct SchemeCount: Encodable, Equatable, Sendable {
    public var schemeId: EntityID
    public var count: Double
    public init(schemeId: EntityID, count: Double) {
        self.schemeId = schemeId
        self.count = count
    }
}

/// One cell of the coverage matrix: a contingency for a population group, computed from the
/// scheme inventory, with the assessor's view where one is recorded.
///
/// Computed coverage: the schemes whose contingencies include the cell's contingency and that
/// count persons in the group (`Scheme.recipients`), over the group's size in the matrix's year.
/// Several schemes may reach the same persons or different ones, so the cell gives both ends:
/// - lower: the largest scheme's count (the schemes overlap fully);
/// - upper: the sum of the counts, at most 100% (they do not overlap at all).
/// A cell no scheme covers is 0%. A cell with schemes that name the group but count nobody in it
/// has no computed figure.
///
/// The figure shown is the assessor's percentage when given, else (unless the assessor gives only
/// a rating) the computed upper end. The band is the assessor's rating when given, else the band
/// of the figure. A cell rated not applicable has
/// neither figure nor band and is never a gap.
public struct CoverageCell: Encodable, Equatable, Sendable {
    public var contingency: Contingency
    public var groupId: EntityID
    /// The group's size in the matrix's year.
    public var groupSize: Double
    /// The schemes that cover the contingency and name the group (in their groups or their counts).
    public var schemeIds: [EntityID]
    /// The persons each of those schemes counts in the group (schemes that count nobody are left out).
    public var counts: [SchemeCount]
    public var lowerPercent: Double?
    public var upperPercent: Double?
    /// The kind of gap the cell is under the matrix's threshold, or nil.
    public var gap: GapKind?
    /// The assessor's record of the cell.
    public var assessmentId: EntityID?
    public var rating: CoverageRating?
    public var assessedPercent: Double?
    public var note: String
    /// The figure shown: the assessor's, else the computed upper end; nil when not applicable,
    /// unknown, or only rated.
    public var percent: Double?
    public var band: CoverageBand?
    /// The assessor's rating or figure replaces the computed one.
    public var isOverridden: Bool
    public var isNotApplicable: Bool

    public init(contingency: Contingency, groupId: EntityID, groupSize: Double, schemes: [Scheme],
                assessment: CoverageAssessment?) {
        self.init(contingency: contingency, groupId: groupId, groupSize: groupSize, schemes: schemes,
                  candidates: Array(schemes.indices), assessment: assessment)
    }

    /// The cell from the schemes at `candidates` in `schemes`, read in place (a national plan has
    /// thousands of schemes; copying them for each cell was most of the coverage matrix's time).
    init(contingency: Contingency, groupId: EntityID, groupSize: Double, schemes: [Scheme], candidates: [Int],
         assessment: CoverageAssessment?) {
        self.contingency = contingency
        self.groupId = groupId
        self.groupSize = groupSize
        let providing = candidates.filter { index in
            schemes[index].contingencies.contains(contingency)
                && (schemes[index].groupIds.contains(groupId) || schemes[index].recipients.contains { $0.groupId == groupId })
        }
        schemeIds = providing.map { schemes[$0].id }
        counts = providing.compactMap { index in
            var total = 0.0, found = false
            for entry in schemes[index].recipients where entry.groupId == groupId {
                total += entry.count
                found = true
            }
            return found ? SchemeCount(schemeId: schemes[index].id, count: total) : nil
        }
        if groupSize > 0, providing.isEmpty {
            lowerPercent = 0
            upperPercent = 0
        } else if groupSize > 0, !counts.isEmpty {
            let largest = counts.map(\.count).max() ?? 0
            let sum = counts.reduce(0) { $0 + $1.count }
            lowerPercent = min(100, largest / groupSize * 100)
            upperPercent = min(100, sum / groupSize * 100)
        }
        assessmentId = assessment?.id
        rating = assessment?.rating
        assessedPercent = assessment?.coveragePercent
        note = assessment?.note ?? ""
        isNotApplicable = rating == .notApplicable
        isOverridden = rating != nil || assessedPercent != nil
        if !isNotApplicable {
            percent = assessedPercent ?? (rating == nil ? upperPercent : nil)
            band = rating.flatMap(CoverageBand.init(rating:)) ?? percent.map(CoverageBand.init(percent:))
        }
    }

    /// Some scheme covers this contingency for the group.
    public var hasProvision: Bool { !schemeIds.isEmpty }

    /// The kind of gap this cell is under `threshold` (percent), or nil when it is none:
    /// no provision when its band is none; low coverage when its figure is below the threshold
    /// (for a rating without a figure: when the rating's whole band lies below it).
    public func gapKind(threshold: Double) -> GapKind? {
        guard !isNotApplicable, let band else { return nil }
        if band == .none { return .noProvision }
        if let assessedPercent { return assessedPercent < threshold ? .lowCoverage : nil }
        if rating != nil { return band.upperLimit <= threshold ? .lowCoverage : nil }
        if let percent { return percent < threshold ? .lowCoverage : nil }
        return nil
    }
}

/// Coverage per contingency and population group: every contingency of C102 by every group of
/// the plan, in the plan's base year.
public struct CoverageMatrix: Encodable, Sendable {
    public struct Group: Encodable, Equatable, Sendable {
        public var id: EntityID
        public var name: String
        /// The size in the matrix's year.
        public var size: Double
        public var partOfPartition: Bool
    }

    /// The year of the group sizes: the plan's base year.
    public var year: Int
    public var thresholdPercent: Double
    public var contingencies: [Contingency]
    public var groups: [Group]
    /// Every cell, contingency after contingency, groups in plan order within each.
    public var cells: [CoverageCell]
    /// The cells that are gaps: no provision, or below the threshold.
    public var gaps: [DerivedGap]

    public init(plan: Plan) {
        let year = plan.meta.baseYear
        self.year = year
        thresholdPercent = plan.stocktake.coverageThresholdPercent
        contingencies = Contingency.allCases
        groups = plan.stocktake.groups.map { group in
            Group(id: group.id, name: group.name, size: Self.size(of: group, in: year),
                  partOfPartition: group.partOfPartition)
        }
        var assessments: [String: CoverageAssessment] = [:]
        for assessment in plan.stocktake.coverage {
            let key = "\(assessment.contingency.rawValue)|\(assessment.groupId)"
            if assessments[key] == nil { assessments[key] = assessment }
        }
        // The schemes that name each group, so each cell looks at those only.
        let schemes = plan.stocktake.schemes
        var naming: [EntityID: [Int]] = [:]
        for (index, scheme) in schemes.enumerated() {
            var named: [EntityID] = []
            for id in scheme.groupIds + scheme.recipients.map(\.groupId) where !named.contains(id) { named.append(id) }
            for id in named { naming[id, default: []].append(index) }
        }
        let columns = groups
        let threshold = thresholdPercent
        let cells = Contingency.allCases.flatMap { contingency in
            columns.map { group in
                var cell = CoverageCell(contingency: contingency, groupId: group.id, groupSize: group.size,
                                        schemes: schemes, candidates: naming[group.id] ?? [],
                                        assessment: assessments["\(contingency.rawValue)|\(group.id)"])
                cell.gap = cell.gapKind(threshold: threshold)
                return cell
            }
        }
        self.cells = cells
        let index = DerivedGap.Index(plan)
        gaps = cells.compactMap { cell in cell.gap.map { DerivedGap(cell: cell, kind: $0, plan: plan, index: index) } }
    }

    public func cell(_ contingency: Contingency, _ groupId: EntityID) -> CoverageCell? {
        guard let row = contingencies.firstIndex(of: contingency),
              let column = groups.firstIndex(where: { $0.id == groupId }) else { return nil }
        return cells[row * groups.count + column]
    }

    public func gap(_ contingency: Contingency, _ groupId: EntityID) -> DerivedGap? {
        guard cell(contingency, groupId)?.gap != nil else { return nil }
        return gaps.first { $0.contingency == contingency && $0.groupId == groupId }
    }

    /// A group's size in `year`: its projection for that year when it gives one, else its size
    /// grown (or shrunk) at its yearly growth rate from the year of the figure (the same year when
    /// it names none).
    public static func size(of group: PopulationGroup, in year: Int) -> Double {
        GrowthSeries(baseValue: group.size, growthPercent: group.growthPercent, yearly: group.projection)
            .value(in: year, baseYear: group.year ?? year)
    }
}

extension Plan {
    /// The coverage matrix of the stocktake.
    public var coverageMatrix: CoverageMatrix { CoverageMatrix(plan: self) }
}
