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
/// Computed coverage is effective coverage: the persons the schemes covering the cell's
/// contingency protect in the group, active contributors plus beneficiaries (legal coverage alone
/// does not count), over the group's size in the matrix's year. Several schemes are combined as
/// `Overlap` says: the estimate assumes independent overlap except where the plan says schemes
/// are branches of one another (counted once) or exclusive by law (added up); lower and upper are
/// full and no overlap. A cell no scheme covers is 0%. A cell with schemes that name the group but
/// count nobody in it has no computed figure. Legal coverage is kept apart (`legalPercent`).
///
/// The figure shown is the assessor's percentage when given, else (unless the assessor gives only
/// a rating) the computed estimate. The band is the assessor's rating when given, else the band
/// of the figure. A cell rated not applicable, or whose branch cannot apply to the group's
/// reference population (`ReferencePopulation.applicable`), has neither figure nor band and is
/// never a gap.
public struct CoverageCell: Encodable, Equatable, Sendable {
    public var contingency: Contingency
    public var groupId: EntityID
    /// The group's size in the matrix's year.
    public var groupSize: Double
    /// The schemes that cover the contingency and name the group (in their groups or their counts).
    public var schemeIds: [EntityID]
    /// The persons each of those schemes effectively protects in the group (contributors plus
    /// beneficiaries; schemes that count nobody are left out).
    public var counts: [SchemeCount]
    public var lowerPercent: Double?
    public var upperPercent: Double?
    /// The computed estimate (see `Overlap`).
    public var estimatePercent: Double?
    /// The three measures kept apart, in persons (each combined across schemes as `Overlap` says).
    public var legalPersons: Double
    public var contributorPersons: Double
    public var beneficiaryPersons: Double
    /// Legal coverage in percent of the group; nil when no scheme gives it.
    public var legalPercent: Double?
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
    /// The branch cannot apply to the group's reference population (not rated so by an assessor).
    public var isInapplicable: Bool

    public init(contingency: Contingency, groupId: EntityID, groupSize: Double, schemes: [Scheme],
                assessment: CoverageAssessment?, reference: ReferencePopulation? = nil) {
        self.init(contingency: contingency, groupId: groupId, groupSize: groupSize, schemes: schemes,
                  candidates: Array(schemes.indices), assessment: assessment, reference: reference,
                  relations: SchemeRelations(schemes))
    }

    /// The cell from the schemes at `candidates` in `schemes`, read in place (a national plan has
    /// thousands of schemes; copying them for each cell was most of the coverage matrix's time).
    init(contingency: Contingency, groupId: EntityID, groupSize: Double, schemes: [Scheme], candidates: [Int],
         assessment: CoverageAssessment?, reference: ReferencePopulation?, relations: SchemeRelations) {
        self.contingency = contingency
        self.groupId = groupId
        self.groupSize = groupSize
        let providing = candidates.filter { index in
            schemes[index].contingencies.contains(contingency)
                && (schemes[index].groupIds.contains(groupId) || schemes[index].counts(in: groupId))
        }
        schemeIds = providing.map { schemes[$0].id }
        let effective = providing.compactMap { index -> SchemeCount? in
            let scheme = schemes[index]
            let found = (scheme.recipients + scheme.activeContributors).contains { $0.groupId == groupId }
            return found ? SchemeCount(schemeId: scheme.id, count: scheme.effective(in: groupId)) : nil
        }
        counts = effective
        func combined(_ measure: (Scheme) -> Double) -> Double {
            Overlap.combine(providing.map { SchemeCount(schemeId: schemes[$0].id, count: measure(schemes[$0])) },
                            size: groupSize, schemes: relations).estimate
        }
        legalPersons = combined { $0.legal(in: groupId) }
        contributorPersons = combined { $0.contributing(in: groupId) }
        beneficiaryPersons = combined { $0.receiving(in: groupId) }
        if groupSize > 0, providing.contains(where: { schemes[$0].legalCoverage.contains { $0.groupId == groupId } }) {
            legalPercent = min(100, legalPersons / groupSize * 100)
        }
        if groupSize > 0, providing.isEmpty {
            lowerPercent = 0
            upperPercent = 0
            estimatePercent = 0
        } else if groupSize > 0, !effective.isEmpty {
            let overlap = Overlap.combine(effective, size: groupSize, schemes: relations)
            lowerPercent = min(100, overlap.lower / groupSize * 100)
            upperPercent = min(100, overlap.upper / groupSize * 100)
            estimatePercent = min(100, overlap.estimate / groupSize * 100)
        }
        assessmentId = assessment?.id
        rating = assessment?.rating
        assessedPercent = assessment?.coveragePercent
        note = assessment?.note ?? ""
        // The assessor's rating or figure wins; a note alone does not make the branch apply.
        isInapplicable = rating == nil && assessedPercent == nil
            && reference.map { !$0.applicable.contains(contingency) } == true
        isNotApplicable = rating == .notApplicable || isInapplicable
        isOverridden = rating != nil || assessedPercent != nil
        if !isNotApplicable {
            percent = assessedPercent ?? (rating == nil ? estimatePercent : nil)
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
        public var reference: ReferencePopulation?
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
                  partOfPartition: group.partOfPartition, reference: group.reference)
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
            for id in scheme.groupIds + (scheme.recipients + scheme.activeContributors + scheme.legalCoverage).map(\.groupId)
            where !named.contains(id) { named.append(id) }
            for id in named { naming[id, default: []].append(index) }
        }
        let columns = groups
        let threshold = thresholdPercent
        let relations = SchemeRelations(schemes)
        let cells = Contingency.allCases.flatMap { contingency in
            columns.map { group in
                var cell = CoverageCell(contingency: contingency, groupId: group.id, groupSize: group.size,
                                        schemes: schemes, candidates: naming[group.id] ?? [],
                                        assessment: assessments["\(contingency.rawValue)|\(group.id)"],
                                        reference: group.reference, relations: relations)
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
