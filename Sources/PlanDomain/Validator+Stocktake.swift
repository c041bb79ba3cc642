extension Validator {
    /// The threshold, the economy and the groups (the schemes are checked one by one by
    /// `checkScheme`, the rest by `checkCoverageAndGaps`).
    mutating func checkStocktake() {
        let stocktake = plan.stocktake
        percent(stocktake.coverageThresholdPercent, Location(RecordKind.EconomyField.coverageThreshold),
                what: "The coverage threshold")
        checkEconomy(stocktake.economy)
        for group in stocktake.groups {
            let here = Location(group.id, PopulationGroup.Field.size)
            nonNegative(group.size, here, what: "The size of group \(Named(group))")
            for point in group.projection {
                nonNegative(point.value, Location(group.id, PopulationGroup.Field.projection),
                            what: "The projected size of \(Named(group)) in \(point.year)")
            }
            if group.growthPercent <= -100 {
                add(.error, .groupGrowth, Location(group.id, PopulationGroup.Field.growth),
                    "Group \(name(group)) shrinks by \(format(-group.growthPercent))% a year, which is impossible.")
            }
        }
    }

    /// The coverage assessments and the gaps (after the schemes, each checked by `checkScheme`).
    mutating func checkCoverageAndGaps() {
        let stocktake = plan.stocktake
        // A cell by its contingency and its group: the group's position when it has one (a whole
        // number, hashed without a text), else its id.
        struct Cell: Hashable { let contingency: Contingency, groupId: EntityID }
        var cells: Set<Int> = [], unknownGroupCells: Set<Cell> = []
        cells.reserveCapacity(stocktake.coverage.count)
        let contingencies = Contingency.allCases.count
        stocktake.coverage.withUnsafeBufferPointer { coverage in
            for index in coverage.indices {
                // Its fields read where they lie (no copy of each of a national plan's thousands).
                let cell = coverage.baseAddress! + index
                let (id, groupId, contingency) = (cell.pointee.id, cell.pointee.groupId, cell.pointee.contingency)
                let here = Location(id, CoverageAssessment.Field.group)
                let group = lookUp(groupId, .group, from: here)
                percent(cell.pointee.coveragePercent, Location(id, CoverageAssessment.Field.coverage), what: "Coverage")
                let first = group.map { cells.insert($0 * contingencies + contingency.casePlace).inserted }
                    ?? unknownGroupCells.insert(Cell(contingency: contingency, groupId: groupId)).inserted
                if !first {
                    // The text written when read.
                    let (label, name) = (contingency.label, nameOf(.group, groupId))
                    add(.warning, .coverageDuplicate, here) { "\(label) for group \(name) is assessed twice." }
                }
            }
        }
        let addressed = Set(plan.strategy.measures.flatMap(\.gapIds))
        for gap in stocktake.gaps {
            reference(gap.groupId, .group, from: Location(gap.id, Gap.Field.group))
            references(gap.reasonIds, .reason, from: Location(gap.id, Gap.Field.reasons))
            let (id, named) = (gap.id, Named(gap))
            if !addressed.contains(id) {
                add(.warning, .gapUnaddressed, Location(.gap, id)) { "Gap \(named) is not addressed by any measure." }
            }
            if gap.reasonIds.isEmpty {
                add(.hint, .gapReason, Location(id, Gap.Field.reasons)) { "Gap \(id) is not linked to a reason for extension." }
            }
        }
    }

    /// One scheme: what it reads besides itself is the groups (their ids, titles and sizes), the
    /// stakeholders' ids and the number format.
    mutating func checkScheme(_ scheme: Scheme) {
        // What the texts (written only for a finding) name: a text that names the scheme itself
        // would copy all of it, for each of the thousands.
        let (id, named, numbers) = (scheme.id, Named(scheme), numbers)
        reference(scheme.institutionId, .stakeholder, from: Location(id, Scheme.Field.institution))
        references(scheme.groupIds, .group, from: Location(id, Scheme.Field.groups))
        shares(scheme.financing, Location(id, Scheme.Field.financing), what: "Scheme \(named)")
        nonNegative(scheme.contributors, Location(id, Scheme.Field.contributors), what: "Contributors")
        nonNegative(scheme.expenditure, Location(id, Scheme.Field.expenditure), what: "Expenditure")
        nonNegative(scheme.administrativeCost, Location(id, Scheme.Field.administrativeCost),
                    what: "Administrative cost")
        if scheme.contingencies.isEmpty {
            add(.warning, .schemeContingencies, Location(id, Scheme.Field.contingencies),
                "Scheme \(name(scheme)) covers no contingency.")
        }
        // Texts with figures written when read (a figure written costs thousands of instructions).
        if let cost = scheme.administrativeCost, let spent = scheme.expenditure, spent > 0, cost > spent {
            add(.warning, .schemeAdminCost, Location(id, Scheme.Field.administrativeCost)) {
                "Scheme \(named) spends more on administration (\(numbers.format(cost, decimals: 2))) than in all "
                    + "(\(numbers.format(spent, decimals: 2)))."
            }
        }
        for count in scheme.recipients {
            let here = Location(id, Scheme.Field.recipients)
            let group = lookUp(count.groupId, .group, from: here)
            if !(count.count.isFinite && count.count >= 0) { // the group's name found only for a finding
                let group = nameOf(.group, count.groupId)
                nonNegative(count.count, here, what: "Recipients in \(group)")
            }
            if let size = groupSize(count.groupId, at: group), size > 0, count.count > size {
                let (persons, group) = (count.count, nameOf(.group, count.groupId))
                add(.warning, .schemeRecipients, here) {
                    "Scheme \(named) counts \(numbers.format(persons, decimals: 2)) persons in \(group), "
                        + "more than the group's \(numbers.format(size, decimals: 2))."
                }
            }
        }
    }

    private mutating func checkEconomy(_ economy: Economy) {
        // Each finding names the economic-inputs field it concerns (its base value or its yearly values).
        func here(_ field: RecordKind.EconomyField) -> Location { Location(field) }
        let series: [(String, GrowthSeries, base: RecordKind.EconomyField, yearly: RecordKind.EconomyField)] = [
            ("GDP", economy.gdp, .gdpBaseYear, .gdpByYear),
            ("Government expenditure", economy.governmentExpenditure, .governmentExpenditure, .expenditureByYear),
            ("The poverty line", economy.povertyLine, .povertyLine, .povertyLine),
            ("The minimum wage", economy.minimumWage, .minimumWage, .minimumWage),
        ]
        for (what, value, base, yearly) in series {
            nonNegative(value.baseValue, here(base), what: what)
            for point in value.yearly { nonNegative(point.value, here(yearly), what: "\(what) in \(point.year)") }
        }
        if !plan.strategy.measures.isEmpty && economy.gdp.baseValue <= 0 && economy.gdp.yearly.isEmpty {
            add(.warning, .economyGdp, here(.gdpBaseYear), "GDP is not given, so costs cannot be shown as a share of GDP.")
        }
        if let ceiling = economy.fiscalSpaceCeilingPercentOfGDP {
            percent(ceiling, here(.fiscalSpaceCeiling), what: "The fiscal-space ceiling")
        }
    }

    /// The size of the group `id` (the last group with the id, as a list read in order gives it),
    /// `first` the position of the first group with it (as the index gives it): when every group's
    /// id is its own, that group's; else from a table kept once made.
    mutating func groupSize(_ id: EntityID, at first: Int?) -> Double? {
        if positions.idsUnique(.group) { // read without a reference to the index, which every core shares
            return first.map { plan.stocktake.groups[$0].size }
        }
        if groupSizeCache == nil {
            var sizes: [EntityID: Double] = [:]
            for group in plan.stocktake.groups { sizes[group.id] = group.size }
            groupSizeCache = sizes
        }
        return groupSizeCache?[id]
    }
}
