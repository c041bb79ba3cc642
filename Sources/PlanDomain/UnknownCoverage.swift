/// A cell of the coverage matrix that schemes cover but that has no figure: the schemes name the
/// group but count nobody in it (or the group has no size), and the assessor gives neither a
/// rating nor a percentage.
struct UnknownCoverageCell: Equatable {
    var contingency: Contingency
    var groupId: EntityID
    /// The schemes that cover the cell, in plan order.
    var schemeIds: [EntityID]
}

/// What `CoverageMatrix.unknownCells(of:)` reads of one scheme: its id, the groups it names and
/// counts, and the contingencies it provides (not its figures). Validation runs that step again
/// after an edit to a scheme only when this changed.
struct SchemeCoverage: Equatable {
    var id: EntityID
    var groupIds: [EntityID]
    var recipients: [EntityID]
    var activeContributors: [EntityID]
    var legalCoverage: [EntityID]
    var contingencies: [Contingency]

    init(_ scheme: Scheme) {
        id = scheme.id
        groupIds = scheme.groupIds
        recipients = scheme.recipients.map(\.groupId)
        activeContributors = scheme.activeContributors.map(\.groupId)
        legalCoverage = scheme.legalCoverage.map(\.groupId)
        contingencies = scheme.contingencies
    }
}

extension CoverageMatrix {
    /// The cells of `CoverageMatrix(plan:)` whose band is unknown though schemes cover them (not
    /// "not applicable"), in the matrix's order, found without the matrix's figures: which schemes
    /// cover a cell and whether any counts someone in the group decide it, not how many persons they
    /// count or how they overlap. A national plan's matrix takes tens of milliseconds; this takes
    /// one pass over what the schemes name (`UnknownCoverageTests` checks that both agree).
    static func unknownCells(of plan: Plan) -> [UnknownCoverageCell] {
        let year = plan.meta.baseYear
        let schemes = plan.stocktake.schemes
        // Each group's schemes (by the position of the first group with its id): those naming it.
        let groupIndex = plan.firstPositions(.group)
        var naming = [[Int]](repeating: [], count: plan.stocktake.groups.count)
        schemes.withUnsafeBufferPointer { schemes in // each scheme's fields read where they lie (no copy of each)
            var named: [Int] = [] // the groups one scheme names, each once
            for index in schemes.indices {
                named.removeAll(keepingCapacity: true)
                func name(_ id: EntityID) {
                    if let group = groupIndex[id], !named.contains(group) { named.append(group) }
                }
                for id in schemes[index].groupIds { name(id) }
                for count in schemes[index].recipients { name(count.groupId) }
                for count in schemes[index].activeContributors { name(count.groupId) }
                for count in schemes[index].legalCoverage { name(count.groupId) }
                for group in named { naming[group].append(index) }
            }
        }
        // Each cell's first assessment (by group position and contingency), found by place.
        let rowCount = Contingency.allCases.count
        var firstAssessment = [Int32](repeating: -1, count: plan.stocktake.groups.count * rowCount)
        plan.stocktake.coverage.withUnsafeBufferPointer { coverage in
            for index in coverage.indices.reversed() { // the first one written last
                if let group = groupIndex[coverage[index].groupId] {
                    firstAssessment[group * rowCount + coverage[index].contingency.casePlace] = Int32(index)
                }
            }
        }
        // Per group (columns), then listed contingency after contingency as the matrix lists cells.
        var columns: [[UnknownCoverageCell]] = Array(repeating: [], count: Contingency.allCases.count)
        // The contingencies each scheme covers, once per scheme (not a copy of the scheme per group
        // and contingency), as bits in the order of `Contingency.allCases` (well within 64).
        assert(Contingency.allCases.count <= 64)
        let provides = schemes.withUnsafeBufferPointer { schemes in
            schemes.indices.map { index in schemes[index].contingencies.reduce(UInt64(0)) { $0 | 1 << $1.casePlace } }
        }
        for group in plan.stocktake.groups {
            guard let first = groupIndex[group.id], case let candidates = naming[first], !candidates.isEmpty else { continue }
            let size = size(of: group, in: year)
            for (row, contingency) in Contingency.allCases.enumerated() {
                let providing = candidates.filter { provides[$0] & 1 << row != 0 }
                guard !providing.isEmpty else { continue }
                let place = firstAssessment[first * rowCount + row]
                let assessment = place < 0 ? nil : plan.stocktake.coverage[Int(place)]
                let rating = assessment?.rating, assessed = assessment?.coveragePercent
                let inapplicable = rating == nil && assessed == nil
                    && group.reference.map { !$0.applicable.contains(contingency) } == true
                if rating == .notApplicable || inapplicable { continue }
                // The cell's band: the rating's, else that of its figure (the assessor's, else the
                // estimate, which there is when the group has a size and a scheme counts someone in it).
                if let rating, CoverageBand(rating: rating) != nil { continue }
                if assessed != nil { continue }
                let counted = schemes.withUnsafeBufferPointer { schemes in
                    providing.contains { index in
                        schemes[index].recipients.contains { $0.groupId == group.id }
                            || schemes[index].activeContributors.contains { $0.groupId == group.id }
                    }
                }
                if rating == nil && size > 0 && counted { continue }
                columns[row].append(UnknownCoverageCell(contingency: contingency, groupId: group.id,
                                                        schemeIds: providing.map { schemes[$0].id }))
            }
        }
        return Array(columns.joined())
    }
}
