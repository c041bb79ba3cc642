extension Validator {
    /// SDG 1.3.1 needs groups that together make up the population.
    mutating func checkCoverage() {
        let groups = plan.stocktake.groups
        if !groups.isEmpty && !groups.contains(where: \.partOfPartition) {
            add(.hint, .sdgPartition, Location(stage: .stocktake, kind: .group),
                "No population group is marked as part of the population partition, so SDG 1.3.1 cannot be computed.")
        }
        checkUnknownCoverage()
    }
}

extension Validator {
    /// A cell covered by schemes that count nobody in the group has no figure: ask for one.
    mutating func checkUnknownCoverage() {
        for cell in CoverageMatrix.unknownCells(of: plan) {
            guard let scheme = cell.schemeIds.first else { continue }
            let names = Self.list(cell.schemeIds)
            let verbs = cell.schemeIds.count == 1 ? "covers it but counts" : "cover it but count"
            add(.hint, .coverageUnknown, Location(scheme, Scheme.Field.recipients),
                "\(cell.contingency.label) for \(nameOf(.group, cell.groupId)) has no figure: \(names) "
                    + "\(verbs) nobody in the group. Give the count, or assess the cell.")
        }
    }
}
