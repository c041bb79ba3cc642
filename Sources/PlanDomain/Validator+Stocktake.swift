extension Validator {
    mutating func checkStocktake() {
        let stocktake = plan.stocktake
        percent(stocktake.coverageThresholdPercent, Location(stage: .stocktake, field: "coverage threshold"),
                what: "The coverage threshold")
        checkEconomy(stocktake.economy)
        var sizes: [EntityID: Double] = [:]
        for group in stocktake.groups {
            sizes[group.id] = group.size
            let here = Location(.group, group.id, field: "size")
            nonNegative(group.size, here, what: "The size of group \(name(group))")
            for point in group.projection {
                nonNegative(point.value, Location(.group, group.id, field: "projection"),
                            what: "The projected size of \(name(group)) in \(point.year)")
            }
            if group.growthPercent <= -100 {
                add(.error, "group.growth", Location(.group, group.id, field: "growth"),
                    "Group \(name(group)) shrinks by \(format(-group.growthPercent))% a year, which is impossible.")
            }
        }
        for scheme in stocktake.schemes { checkScheme(scheme, sizes: sizes) }
        var cells: Set<String> = []
        for cell in stocktake.coverage {
            let here = Location(.coverage, cell.id, field: "group")
            reference(cell.groupId, .group, from: here)
            percent(cell.coveragePercent, Location(.coverage, cell.id, field: "coverage"), what: "Coverage")
            if !cells.insert("\(cell.contingency.rawValue)|\(cell.groupId)").inserted {
                add(.warning, "coverage.duplicate", here,
                    "\(cell.contingency.label) for group \(nameOf(.group, cell.groupId)) is assessed twice.")
            }
        }
        let addressed = Set(plan.strategy.measures.flatMap(\.gapIds))
        for gap in stocktake.gaps {
            reference(gap.groupId, .group, from: Location(.gap, gap.id, field: "group"))
            references(gap.reasonIds, .reason, from: Location(.gap, gap.id, field: "reasons"))
            if !addressed.contains(gap.id) {
                add(.warning, "gap.unaddressed", Location(.gap, gap.id),
                    "Gap \(name(gap)) is not addressed by any measure.")
            }
            if gap.reasonIds.isEmpty {
                add(.hint, "gap.reason", Location(.gap, gap.id, field: "reasons"),
                    "Gap \(gap.id) is not linked to a reason for extension.")
            }
        }
    }

    private mutating func checkScheme(_ scheme: Scheme, sizes: [EntityID: Double]) {
        let id = scheme.id
        reference(scheme.institutionId, .stakeholder, from: Location(.scheme, id, field: "institution"))
        references(scheme.groupIds, .group, from: Location(.scheme, id, field: "groups"))
        shares(scheme.financing, Location(.scheme, id, field: "financing"), what: "Scheme \(name(scheme))")
        nonNegative(scheme.contributors, Location(.scheme, id, field: "contributors"), what: "Contributors")
        nonNegative(scheme.expenditure, Location(.scheme, id, field: "expenditure"), what: "Expenditure")
        nonNegative(scheme.administrativeCost, Location(.scheme, id, field: "administrative cost"),
                    what: "Administrative cost")
        if scheme.contingencies.isEmpty {
            add(.warning, "scheme.contingencies", Location(.scheme, id, field: "contingencies"),
                "Scheme \(name(scheme)) covers no contingency.")
        }
        if let cost = scheme.administrativeCost, let spent = scheme.expenditure, spent > 0, cost > spent {
            add(.warning, "scheme.adminCost", Location(.scheme, id, field: "administrative cost"),
                "Scheme \(name(scheme)) spends more on administration (\(format(cost))) than in all (\(format(spent))).")
        }
        for count in scheme.recipients {
            let here = Location(.scheme, id, field: "recipients")
            reference(count.groupId, .group, from: here)
            nonNegative(count.count, here, what: "Recipients in \(nameOf(.group, count.groupId))")
            if let size = sizes[count.groupId], size > 0, count.count > size {
                add(.warning, "scheme.recipients", here,
                    "Scheme \(name(scheme)) counts \(format(count.count)) persons in \(nameOf(.group, count.groupId)), "
                        + "more than the group's \(format(size)).")
            }
        }
    }

    private mutating func checkEconomy(_ economy: Economy) {
        // Each finding names the economic-inputs field it concerns (its base value or its yearly values).
        func here(_ field: String) -> Location { Location(stage: .stocktake, field: field) }
        let series: [(String, GrowthSeries, base: String, yearly: String)] = [
            ("GDP", economy.gdp, "gdp (base year)", "gdp by year"),
            ("Government expenditure", economy.governmentExpenditure, "government expenditure", "expenditure by year"),
            ("The poverty line", economy.povertyLine, "poverty line", "poverty line"),
            ("The minimum wage", economy.minimumWage, "minimum wage", "minimum wage"),
        ]
        for (what, value, base, yearly) in series {
            nonNegative(value.baseValue, here(base), what: what)
            for point in value.yearly { nonNegative(point.value, here(yearly), what: "\(what) in \(point.year)") }
        }
        if !plan.strategy.measures.isEmpty && economy.gdp.baseValue <= 0 && economy.gdp.yearly.isEmpty {
            add(.warning, "economy.gdp", here("gdp (base year)"), "GDP is not given, so costs cannot be shown as a share of GDP.")
        }
        if let ceiling = economy.fiscalSpaceCeilingPercentOfGDP {
            percent(ceiling, here("fiscal-space ceiling"), what: "The fiscal-space ceiling")
        }
    }
}
