import PlanDomain

extension DocumentBuilder {
    /// Chapter 2, the stocktake: context, legal framework, schemes, spending, coverage, gaps,
    /// SDG 1.3.1 and the reasons for extension.
    func situationChapter(_ numbering: inout Numbering) -> DocChapter {
        let s = plan.stocktake
        var sections: [DocSection] = []

        var context = narrative(.situation)
        if !s.indicators.isEmpty {
            context.append(table(&numbering, w("Socio-economic indicators"),
                [DocColumn(w("Indicator")), DocColumn(w("Value"), numeric: true), DocColumn(w("Unit")),
                 DocColumn(w("Year"), numeric: true), DocColumn(w("Source"))],
                s.indicators.map { [$0.name, n.number($0.value, decimals: 2), $0.unit, n.year($0.year), $0.source] }))
        }
        let model = CostModel(plan: plan)
        var economy: [[String]] = []
        if s.economy.gdp.baseValue > 0 {
            economy.append([w("GDP (nominal)"), n.millions(model.gdp(in: plan.meta.baseYear)), n.millions(model.gdp(in: plan.meta.lastYear))])
        }
        if s.economy.governmentExpenditure.baseValue > 0 {
            economy.append([w("Government expenditure"), n.millions(model.governmentExpenditure(in: plan.meta.baseYear)),
                            n.millions(model.governmentExpenditure(in: plan.meta.lastYear))])
        }
        if !economy.isEmpty {
            context.append(table(&numbering, w("Economic assumptions, million %@").replacing("%@", with: n.currency),
                [DocColumn(w("Series")), DocColumn(n.year(plan.meta.baseYear), numeric: true), DocColumn(n.year(plan.meta.lastYear), numeric: true)],
                economy, note: s.economy.fiscalSpaceCeilingPercentOfGDP.map {
                    w("Fiscal space ceiling for the whole package: %@ of GDP.").replacing("%@", with: n.percent($0))
                }))
        }
        sections.append(section(&numbering, w[.secContext], context))

        var legal = narrative(.legalFramework)
        let bases = s.schemes.filter { !$0.legalBasis.isEmpty }.map { [$0.name, $0.legalBasis] }
        if !bases.isEmpty {
            legal.append(table(&numbering, w("Legal basis of the existing schemes"),
                               [DocColumn(w("Scheme")), DocColumn(w("Legal basis"))], bases))
        }
        sections.append(section(&numbering, w[.secLegal], legal))

        let inventory = s.schemes.map { scheme in
            [scheme.name, scheme.type.label, institution(scheme.institutionId),
             scheme.contingencies.map(\.label).joined(separator: ", "),
             n.whole(scheme.contributors), n.whole(scheme.recipients.isEmpty ? nil : scheme.recipients.reduce(0) { $0 + $1.count })]
        }
        sections.append(section(&numbering, w[.secInventory], inventory.isEmpty ? [] : [
            table(&numbering, w("Social protection schemes in operation"),
                  [DocColumn(w("Scheme")), DocColumn(w("Type")), DocColumn(w("Institution")), DocColumn(w("Contingencies")),
                   DocColumn(w("Contributors"), numeric: true), DocColumn(w("Recipients"), numeric: true)],
                  inventory, note: w("Every field of each scheme, with years and sources, is in the annex.")),
        ]))
        sections.append(section(&numbering, w[.secSpending], spending(&numbering, model: model)))
        sections.append(section(&numbering, w[.secCoverage], coverage(&numbering)))
        sections.append(section(&numbering, w[.secGaps], gaps(&numbering)))
        sections.append(section(&numbering, w[.secSDG], sdg(&numbering)))
        let reasons = s.reasons.map { reason in reason.description.isEmpty ? reason.kind.label : "\(reason.kind.label): \(reason.description)" }
        sections.append(section(&numbering, w[.secReasons], reasons.isEmpty ? [] : [.bullets(reasons)]))
        return chapter(numbering, w[.chSituation], sections)
    }

    private func spending(_ numbering: inout Numbering, model: CostModel) -> [DocBlock] {
        let schemes = plan.stocktake.schemes.filter { $0.expenditure != nil }
        guard !schemes.isEmpty else { return [] }
        var rows = schemes.map { scheme in
            [scheme.name, n.millions(scheme.expenditure ?? 0), scheme.administrativeCost.map(n.millions) ?? "–",
             n.year(scheme.year), scheme.source]
        }
        let total = schemes.reduce(0) { $0 + ($1.expenditure ?? 0) }
        let gdp = model.gdp(in: plan.meta.baseYear)
        rows.append([w("Total"), n.millions(total), n.millions(schemes.reduce(0) { $0 + ($1.administrativeCost ?? 0) }), "", ""])
        let note = gdp > 0 ? w("Total spending is %@ of GDP in %@.").replacing("%@", with: n.percent(total / gdp * 100), maxReplacements: 1)
            .replacing("%@", with: String(plan.meta.baseYear), maxReplacements: 1) : nil
        return [table(&numbering, w("Social protection spending, million %@").replacing("%@", with: n.currency),
                      [DocColumn(w("Scheme")), DocColumn(w("Expenditure"), numeric: true),
                       DocColumn(w("Of which administration"), numeric: true), DocColumn(w("Year"), numeric: true),
                       DocColumn(w("Source"))],
                      rows, strong: [rows.count - 1], note: note)]
    }

    private func coverage(_ numbering: inout Numbering) -> [DocBlock] {
        guard !matrix.groups.isEmpty else { return [] }
        let chart = HeatMapChart(matrix: matrix, numbers: n, words: w)
        let summary = w("Effective coverage of each contingency (rows) for each population group (columns), %@.")
            .replacing("%@", with: String(matrix.year))
        let data = DocTable(number: "", caption: "", columns: [DocColumn(w("Contingency"))] + matrix.groups.map { DocColumn($0.name, numeric: true) },
                            rows: matrix.contingencies.map { contingency in
                                [contingency.label] + matrix.groups.map { group in
                                    guard let cell = matrix.cell(contingency, group.id), !cell.isNotApplicable else { return "–" }
                                    return n.share(cell.percent ?? 0)
                                }
                            })
        guard case .figure(var figure) = figure(&numbering, w("Coverage matrix: contingencies by population group, %@", String(matrix.year)),
                                                chart, summary: summary,
                                                note: w("Share of each group protected; cells below %@ are gaps. A dash: not applicable.",
                                                        n.share(matrix.thresholdPercent))) else { return [] }
        figure.data = data
        return [.figure(figure)]
    }

    private func gaps(_ numbering: inout Numbering) -> [DocBlock] {
        let overview = GapOverview(plan: plan, matrix: matrix)
        var blocks: [DocBlock] = []
        if !overview.derived.isEmpty {
            let rows: [[String]] = matrix.contingencies.compactMap { contingency in
                let gaps = overview.derived.filter { $0.contingency == contingency }
                guard !gaps.isEmpty else { return nil }
                let none = gaps.filter { $0.kind == .noProvision }.map { name(.group, $0.groupId) }
                let low = gaps.filter { $0.kind != .noProvision }.map { "\(name(.group, $0.groupId)) (\(n.share($0.percent)))" }
                let measures = Array(Set(gaps.flatMap(\.measureIds))).sorted().map { name(.measure, $0) }
                return [contingency.label, none.isEmpty ? "–" : none.joined(separator: ", "),
                        low.isEmpty ? "–" : low.joined(separator: ", "), measures.isEmpty ? "–" : measures.joined(separator: "; ")]
            }
            blocks.append(.paragraph(w("The coverage matrix shows %@ gaps: %@ cells with no provision at all and %@ below the threshold of %@.",
                n.whole(Double(overview.derived.count)),
                n.whole(Double(overview.derived.filter { $0.kind == .noProvision }.count)),
                n.whole(Double(overview.derived.filter { $0.kind != .noProvision }.count)), n.share(matrix.thresholdPercent))))
            blocks.append(table(&numbering, w("Coverage gaps by contingency"),
                [DocColumn(w("Contingency")), DocColumn(w("No provision for")), DocColumn(w("Low coverage for")),
                 DocColumn(w("Addressed by"))], rows))
        }
        let recorded = overview.recorded.filter { $0.derivedId == nil }
        if !recorded.isEmpty {
            blocks.append(table(&numbering, w("Policy gaps and implementation issues"),
                [DocColumn(w("Gap")), DocColumn(w("Kind")), DocColumn(w("Addressed by"))],
                recorded.map { gap in
                    [gap.description, gap.kind.label,
                     gap.measureIds.isEmpty ? "–" : gap.measureIds.map { name(.measure, $0) }.joined(separator: "; ")]
                }))
        }
        return blocks
    }

    private func sdg(_ numbering: inout Numbering) -> [DocBlock] {
        let sdg = plan.sdg131
        guard let low = sdg.lowerPercent, let high = sdg.upperPercent else { return [] }
        let range = low == high ? n.share(low) : "\(n.share(low)) – \(n.share(high))"
        var rows = sdg.groups.map { group in
            [group.name, n.whole(group.size), n.whole(group.lowerPersons), n.whole(group.upperPersons)]
        }
        rows.append([w("Whole population"), n.whole(sdg.population), n.whole(sdg.lowerPersons), n.whole(sdg.upperPersons)])
        return [
            .paragraph(w("In %@, between %@ of the population were covered by at least one social protection benefit (SDG indicator 1.3.1).")
                .replacing("%@", with: String(sdg.year), maxReplacements: 1).replacing("%@", with: range, maxReplacements: 1)),
            table(&numbering, w("Persons covered by at least one benefit, by group"),
                  [DocColumn(w("Group")), DocColumn(w("Persons"), numeric: true), DocColumn(w("Covered, low"), numeric: true),
                   DocColumn(w("Covered, high"), numeric: true)],
                  rows, strong: [rows.count - 1], note: sdg.method),
        ]
    }
}
