import PlanDomain

/// What the coverage and priority panels (heat map, ranking, role matrix) need: each interprets the
/// tab's list state: `selected` is the row, `offset` (`<` `>`) the column where a panel has columns to
/// move over, `mode` (`m`) the view.
extension Panel {
    /// The panels of coverage and priorities, which Enter and the column clamp treat alike.
    var isAnalysis: Bool { [.heatMap, .ranking, .roleMatrix].contains(self) }

    /// The views `m` steps through.
    public var views: [String] {
        switch self {
        case .heatMap: ["matrix", "gap list", "ABND matrix"]
        case .ranking: ["overall", "by stakeholder group"]
        case .roleMatrix: ["leads by measure", "institutions by function"]
        default: [""]
        }
    }

    /// The view shown for a list's `mode`.
    public func view(_ list: ListState) -> Int {
        let count = views.count
        return ((list.mode % count) + count) % count
    }

    /// How many rows the panel's current view has (for moving and paging).
    public func rowCount(_ state: AppState) -> Int {
        let list = state.list
        switch (self, view(list)) {
        case (.heatMap, 0): return Contingency.allCases.count
        case (.heatMap, 1): return state.coverageMatrix.gaps.count + state.plan.stocktake.gaps.count
        case (.heatMap, _): return state.abndLines.count
        case (.ranking, _): return RankingRows.gapIds(state.priorityRanking).count
        case (.roleMatrix, 0): return state.rolesMatrix.blocks.count
        case (.roleMatrix, _): return RoleMatrixRows.lines(state.rolesMatrix).count
        default: return 0
        }
    }

    /// How many columns `offset` moves over (0 when it does not select a column).
    public func columnCount(_ state: AppState) -> Int {
        self == .heatMap && view(state.list) == 0 ? state.plan.stocktake.groups.count : 0
    }
}

/// The rows of the heat map's gap list: the gaps the matrix finds, then those the team recorded.
enum HeatMapRows {
    enum Row {
        case derived(DerivedGap)
        case recorded(RecordedGap)
    }

    static func rows(_ overview: GapOverview) -> [Row] {
        overview.derived.map(Row.derived) + overview.recorded.map(Row.recorded)
    }
}

/// The ranking's rows: ranked gaps first, then those without scores.
enum RankingRows {
    static func gapIds(_ ranking: PriorityRanking) -> [EntityID] {
        ranking.entries.map(\.gapId) + ranking.unscored
    }
}

/// The lines of the full roles matrix: a heading per measure, a line per institution, and a line
/// naming the functions without a lead.
enum RoleMatrixRows {
    enum Line: Equatable {
        case heading(RolesMatrix.Block)
        case institution(RolesMatrix.Row, measureId: EntityID?)
        /// The strategy-wide leads a measure takes for the functions it has no lead of its own for.
        case inherited(RolesMatrix.Row, measureId: EntityID?)
        case missing(RolesMatrix.Block)
    }

    static func lines(_ matrix: RolesMatrix) -> [Line] {
        matrix.blocks.flatMap { block -> [Line] in
            var lines: [Line] = [.heading(block)]
            lines += block.rows.map { Line.institution($0, measureId: block.measureId) }
            var inherited: [RolesMatrix.Row] = []
            for function in block.inheritedLeads {
                for institution in block.leads[function] ?? [] {
                    if let index = inherited.firstIndex(where: { $0.institutionId == institution }) {
                        inherited[index].cells[function] = .lead
                    } else {
                        inherited.append(RolesMatrix.Row(institutionId: institution, cells: [function: .lead]))
                    }
                }
            }
            lines += inherited.map { Line.inherited($0, measureId: block.measureId) }
            if !block.missingLeads.isEmpty { lines.append(.missing(block)) }
            return lines
        }
    }
}
