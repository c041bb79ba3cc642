extension Validator {
    /// SDG 1.3.1 needs groups that together make up the population.
    mutating func checkCoverage() {
        let groups = plan.stocktake.groups
        if !groups.isEmpty && !groups.contains(where: \.partOfPartition) {
            add(.hint, "sdg.partition", Location(stage: .stocktake, kind: .group),
                "No population group is marked as part of the population partition, so SDG 1.3.1 cannot be computed.")
        }
    }
}
