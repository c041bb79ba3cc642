/// A gap that follows from the coverage matrix: a cell with no provision, or below the plan's
/// coverage threshold. Its id names the cell ("gap:oldAge:GRP-3"), so it is stable and never
/// mistaken for a recorded gap's id ("GAP-2").
///
/// A recorded gap of kind no provision or low coverage on the same cell records it: the derived
/// gap then serves that gap's reasons for extension, and the measures that name that gap address
/// it. A measure for the same contingency and target group addresses it too.
public struct DerivedGap: Encodable, Equatable, Sendable {
    public var id: String
    public var kind: GapKind
    public var contingency: Contingency
    public var groupId: EntityID
    /// The cell's figure (nil when only rated).
    public var percent: Double?
    public var band: CoverageBand
    public var thresholdPercent: Double
    /// The recorded gaps on this cell.
    public var recordedAs: [EntityID]
    /// The reasons for extension the recorded gaps serve.
    public var reasonIds: [EntityID]
    /// The measures that address it.
    public var measureIds: [EntityID]

    public static func id(_ contingency: Contingency, _ groupId: EntityID) -> String {
        "gap:\(contingency.rawValue):\(groupId)"
    }

    /// The recorded gaps and the measures of a plan by cell and by gap id, so each derived gap
    /// looks at its own (a search of every gap and measure per cell grew with the square of the plan).
    struct Index {
        /// Positions in the plan's gaps of the coverage gaps recorded on each cell, in plan order.
        var recorded: [String: [Int]] = [:]
        /// Positions in the plan's measures naming each gap id, and aimed at each cell.
        var measuresByGap: [EntityID: [Int]] = [:]
        var measuresByCell: [String: [Int]] = [:]

        init(_ plan: Plan) {
            for (index, gap) in plan.stocktake.gaps.enumerated() where gap.kind.isCoverageGap {
                guard let contingency = gap.contingency, let group = gap.groupId else { continue }
                recorded[DerivedGap.id(contingency, group), default: []].append(index)
            }
            for (index, measure) in plan.strategy.measures.enumerated() {
                for gap in Set(measure.gapIds) { measuresByGap[gap, default: []].append(index) }
                if let group = measure.targetGroupId {
                    measuresByCell[DerivedGap.id(measure.contingency, group), default: []].append(index)
                }
            }
        }
    }

    init(cell: CoverageCell, kind: GapKind, plan: Plan, index: Index) {
        id = Self.id(cell.contingency, cell.groupId)
        self.kind = kind
        contingency = cell.contingency
        groupId = cell.groupId
        percent = cell.percent
        band = cell.band ?? .none
        thresholdPercent = plan.stocktake.coverageThresholdPercent
        let gaps = plan.stocktake.gaps
        let recorded = (index.recorded[id] ?? []).map { gaps[$0] }
        recordedAs = recorded.map(\.id)
        var reasons: [EntityID] = []
        for reason in recorded.flatMap(\.reasonIds) where !reasons.contains(reason) { reasons.append(reason) }
        reasonIds = reasons
        // The measures naming a recorded gap or aimed at the cell, in plan order, each once.
        var addressing = Set(index.measuresByCell[id] ?? [])
        for gap in Set(recordedAs) { addressing.formUnion(index.measuresByGap[gap] ?? []) }
        measureIds = addressing.sorted().map { plan.strategy.measures[$0].id }
    }
}

extension GapKind {
    /// The kinds that the coverage matrix finds by itself; the others (benefit adequacy, policy gaps,
    /// implementation issues) only the team can record.
    public var isCoverageGap: Bool { self == .noProvision || self == .lowCoverage }
}

/// A gap the team recorded, with what it links to.
public struct RecordedGap: Encodable, Equatable, Sendable {
    public var id: EntityID
    public var kind: GapKind
    public var contingency: Contingency?
    public var groupId: EntityID?
    public var description: String
    public var reasonIds: [EntityID]
    public var measureIds: [EntityID]
    /// The derived gap on the same cell, when the matrix finds one there.
    public var derivedId: String?
}

/// Every gap of the stocktake: those the matrix finds and those the team records.
public struct GapOverview: Encodable, Sendable {
    public var derived: [DerivedGap]
    public var recorded: [RecordedGap]

    public init(plan: Plan, matrix: CoverageMatrix) {
        derived = matrix.gaps
        let derivedIds = Set(derived.map(\.id))
        recorded = plan.stocktake.gaps.map { gap in
            var cellGap: String?
            if let contingency = gap.contingency, let group = gap.groupId,
               derivedIds.contains(DerivedGap.id(contingency, group)) {
                cellGap = DerivedGap.id(contingency, group)
            }
            return RecordedGap(id: gap.id, kind: gap.kind, contingency: gap.contingency, groupId: gap.groupId,
                               description: gap.description, reasonIds: gap.reasonIds,
                               measureIds: plan.strategy.measures.filter { $0.gapIds.contains(gap.id) }.map(\.id),
                               derivedId: cellGap)
        }
    }

    /// Derived gaps no recorded gap records: they serve no reason for extension yet.
    public var unrecorded: [DerivedGap] { derived.filter { $0.recordedAs.isEmpty } }
}
