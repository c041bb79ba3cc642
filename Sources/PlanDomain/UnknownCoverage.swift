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
        // The contingencies each scheme covers, once per scheme (not a copy of the scheme per group
        // and contingency), as bits in the order of `Contingency.allCases` (well within 64).
        assert(Contingency.allCases.count <= 64)
        let provides = schemes.withUnsafeBufferPointer { schemes in
            schemes.indices.map { index in schemes[index].contingencies.reduce(UInt64(0)) { $0 | 1 << $1.casePlace } }
        }
        // Each group's schemes (by the position of the first group with its id): those naming it;
        // and per group, the contingencies those schemes cover (`covered`) and those covered by a
        // scheme that counts someone in the group (`counted`), as bits: most cells are settled by
        // these, without a list of schemes of their own.
        let groupIndex = plan.firstPositions(.group)
        let groupCount = plan.stocktake.groups.count
        var naming = [[Int]](repeating: [], count: groupCount)
        var covered = [UInt64](repeating: 0, count: groupCount)
        var counted = [UInt64](repeating: 0, count: groupCount)
        schemes.withUnsafeBufferPointer { schemes in // each scheme's fields read where they lie (no copy of each)
            var named: [Int] = [] // the groups one scheme names, each once
            var countedHere: [Int] = [] // those it counts someone in
            for index in schemes.indices {
                named.removeAll(keepingCapacity: true)
                countedHere.removeAll(keepingCapacity: true)
                let scheme = schemes.baseAddress! + index
                scheme.pointee.groupIds.withUnsafeBufferPointer { ids in
                    for id in ids { Self.add(groupIndex[id], to: &named) }
                }
                scheme.pointee.recipients.withUnsafeBufferPointer { counts in
                    for count in counts { Self.add(groupIndex[count.groupId], to: &named, counting: &countedHere) }
                }
                scheme.pointee.activeContributors.withUnsafeBufferPointer { counts in
                    for count in counts { Self.add(groupIndex[count.groupId], to: &named, counting: &countedHere) }
                }
                scheme.pointee.legalCoverage.withUnsafeBufferPointer { counts in
                    for count in counts { Self.add(groupIndex[count.groupId], to: &named) }
                }
                for group in named {
                    naming[group].append(index)
                    covered[group] |= provides[index]
                }
                for group in countedHere { counted[group] |= provides[index] }
            }
        }
        // Each cell's first assessment (by group position and contingency), found by place.
        let rowCount = Contingency.allCases.count
        var firstAssessment = [Int32](repeating: -1, count: groupCount * rowCount)
        plan.stocktake.coverage.withUnsafeBufferPointer { coverage in
            for index in coverage.indices.reversed() { // the first one written last
                if let group = groupIndex[coverage[index].groupId] {
                    firstAssessment[group * rowCount + coverage[index].contingency.casePlace] = Int32(index)
                }
            }
        }
        // Per group (columns), then listed contingency after contingency as the matrix lists cells.
        var columns: [[UnknownCoverageCell]] = Array(repeating: [], count: Contingency.allCases.count)
        for group in plan.stocktake.groups {
            guard let first = groupIndex[group.id], covered[first] != 0 else { continue }
            let size = size(of: group, in: year)
            for (row, contingency) in Contingency.allCases.enumerated() where covered[first] & 1 << row != 0 {
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
                if rating == nil && size > 0 && counted[first] & 1 << row != 0 { continue }
                let providing = naming[first].filter { provides[$0] & 1 << row != 0 }
                columns[row].append(UnknownCoverageCell(contingency: contingency, groupId: group.id,
                                                        schemeIds: providing.map { schemes[$0].id }))
            }
        }
        return Array(columns.joined())
    }

    /// Adds `group` (a group's position, nil for an id no group has) to `groups` once.
    private static func add(_ group: Int?, to groups: inout [Int]) {
        if let group, !groups.contains(group) { groups.append(group) }
    }

    /// Adds `group` to `groups` and to `counting` (the groups a scheme counts someone in), once each.
    private static func add(_ group: Int?, to groups: inout [Int], counting: inout [Int]) {
        add(group, to: &groups)
        add(group, to: &counting)
    }
}
