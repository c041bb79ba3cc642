import PlanDomain

extension DocumentBuilder {
    /// Chapter 4: one section per measure, then the costing by scenario and the financing.
    func measuresChapter(_ numbering: inout Numbering) -> DocChapter {
        let strategy = plan.strategy
        var sections = [opening(numbering, narrative(.measures))]
        let model = CostModel(plan: plan)
        if !strategy.phases.isEmpty {
            sections.append(section(&numbering, w[.secPhases], [
                table(&numbering, w("Phases of the strategy"),
                      [DocColumn(w("Phase")), DocColumn(w("Years")), DocColumn(w("Description"))],
                      strategy.phases.map { [$0.name, n.years($0.firstYear, $0.lastYear), $0.description] }),
            ]))
        }
        for measure in strategy.measures {
            sections.append(section(&numbering, measure.name, measureBlocks(measure, model: model, &numbering)))
        }
        sections.append(section(&numbering, w[.secCosting], costing(&numbering, model: model)))
        sections.append(section(&numbering, w[.secFinancing], financing(&numbering)))
        sections.append(burdenSection(&numbering))
        return chapter(numbering, w[.chMeasures], sections)
    }

    private func measureBlocks(_ measure: Measure, model: CostModel, _ numbering: inout Numbering) -> [DocBlock] {
        var blocks: [DocBlock] = []
        if !measure.description.isEmpty { blocks.append(.narrative(DocumentBuilder.paragraphs(measure.description))) }
        let start = model.startYear(of: measure)
        let benefit = measure.benefit
        let amount: String = switch benefit.indexation {
        case .shareOfPovertyLine: w("%@ of the poverty line", n.share(benefit.referenceSharePercent))
        case .shareOfMinimumWage: w("%@ of the minimum wage", n.share(benefit.referenceSharePercent))
        default: "\(n.money(benefit.annualAmount)) \(n.currency) \(w("a year in %@", String(plan.meta.baseYear)))"
        }
        var facts: [(String, String)] = [
            (w("For whom"), [name(.group, measure.targetGroupId), measure.eligibility].filter { !$0.isEmpty && $0 != "–" }
                .joined(separator: "; ")),
            (w("Contingency"), measure.contingency.label),
            (w("Benefit"), [benefit.kind.label, amount, benefit.indexation.label, benefit.description]
                .filter { !$0.isEmpty }.joined(separator: "; ")),
            (w("Take-up"), w("%@ in the first year, rising to %@ over %@ years",
                             n.share(measure.takeUp.startPercent), n.share(measure.takeUp.targetPercent),
                             String(measure.takeUp.rampYears))),
            (w("Financing"), measure.financingModel.label + ": " + FinancingSource.allCases
                .filter { measure.financing.share(of: $0) != 0 }
                .map { "\($0.label) \(n.share(measure.financing.share(of: $0)))" }.joined(separator: ", ")),
            (w("Phasing"), [start.map { w("from %@", String($0)) }, measure.phaseId.map { name(.phase, $0) }]
                .compactMap { $0 }.joined(separator: ", ")),
            (w("Lead institution"), measure.leadInstitutionId.map { name(.stakeholder, $0) } ?? "–"),
            (w("Administration"), "\(n.share(measure.administrativeRatePercent)) (\(measure.administrativeBasis.label.lowercased()))"),
        ]
        if !measure.gapIds.isEmpty {
            facts.append((w("Gaps addressed"), measure.gapIds.map(gapName).joined(separator: "; ")))
        }
        facts += implicationFacts(measure)
        blocks.append(.facts(facts.filter { !$0.1.isEmpty }))
        let options = plan.strategy.options.filter { $0.measureId == measure.id }
        if !options.isEmpty {
            blocks.append(table(&numbering, w("Options considered: %@", measure.name),
                [DocColumn(w("Option")), DocColumn(w("Cost a year"), numeric: true), DocColumn(w("Persons covered"), numeric: true),
                 DocColumn(w("Feasibility"))] + Dimension.allCases.map { DocColumn($0.label) } + [DocColumn(w("Choice"))],
                options.map { option in
                    [option.name, option.annualCost.map { n.millions($0) } ?? "–", option.coverage.map { n.whole($0) } ?? "–",
                     option.feasibility.label] + option.fits.map(\.fit.label)
                        + [(option.chosen ? w("Chosen") + ": " : "") + option.reason]
                },
                note: w("Cost in million %@ a year at full scale.", n.currency)))
        }
        let roles = plan.strategy.roles.filter { $0.measureId == measure.id }
        let institutions = roles.map(\.institutionId).reduce(into: [EntityID]()) { if !$0.contains($1) { $0.append($1) } }
        if !institutions.isEmpty {
            let rows = institutions.map { id in
                [institution(id)] + Involvement.allCases.map { involvement in
                    let functions = roles.filter { $0.institutionId == id && $0.involvement == involvement }.map(\.function.label)
                    return functions.isEmpty ? "–" : functions.joined(separator: ", ")
                }
            }
            blocks.append(table(&numbering, w("Institutions' roles: %@", measure.name),
                                [DocColumn(w("Institution"))] + Involvement.allCases.map { DocColumn($0.label) }, rows))
        }
        return blocks
    }

    private func costing(_ numbering: inout Numbering, model: CostModel) -> [DocBlock] {
        var blocks = narrative(.financing)
        let ceiling = plan.stocktake.economy.fiscalSpaceCeilingPercentOfGDP
        for scenario in costs {
            let rows = scenario.total.map { year in
                [String(year.year), n.whole(year.beneficiaries), n.millions(year.benefits), n.millions(year.administration),
                 n.millions(year.total), n.percent(year.percentOfGDP), n.percent(year.percentOfGovernmentExpenditure)]
            }
            var note = w("Amounts in million %@, nominal. Beneficiaries are benefit receipts summed over the measures.", n.currency)
            if let ceiling {
                let above = scenario.yearsAbove(ceiling: ceiling).map { String($0.year) }
                note += " " + (above.isEmpty
                    ? w("Every year stays within the fiscal space ceiling of %@ of GDP.", n.percent(ceiling))
                    : w("Above the fiscal space ceiling of %@ of GDP in %@.", n.percent(ceiling), above.joined(separator: ", ")))
            }
            blocks.append(.paragraph(scenario.isImplicit ? w("All measures are costed together.")
                : w("Scenario %@: %@", scenario.name, plan.entity(Scenario.self, id: scenario.id)?.description ?? "")))
            blocks.append(table(&numbering, w("Cost of the scenario \"%@\", year by year", scenario.name),
                [DocColumn(w("Year"), numeric: true), DocColumn(w("Beneficiaries"), numeric: true),
                 DocColumn(w("Benefits"), numeric: true), DocColumn(w("Administration"), numeric: true),
                 DocColumn(w("Total"), numeric: true), DocColumn(w("% of GDP"), numeric: true),
                 DocColumn(w("% of government expenditure"), numeric: true)],
                rows, note: note))
            if !scenario.measures.isEmpty {
                blocks.append(figure(&numbering, w("Cost of the scenario \"%@\" by measure and year, % of GDP", scenario.name),
                    CostByMeasureChart(scenario: scenario, gdp: model.gdp(in:), ceiling: ceiling, numbers: n, words: w),
                    summary: w("Stacked columns: each measure's cost as a share of GDP, every year of the plan.")))
            }
        }
        return blocks
    }

    private func financing(_ numbering: inout Numbering) -> [DocBlock] {
        var blocks: [DocBlock] = []
        for scenario in costs where !scenario.sources.isEmpty {
            let sources = scenario.sources
            let rows = scenario.total.map { year in
                [String(year.year)] + sources.map { n.millions(year.financing[$0] ?? 0) } + [n.millions(year.total)]
            }
            blocks.append(table(&numbering, w("Financing of the scenario \"%@\" by source, million %@", scenario.name, n.currency),
                [DocColumn(w("Year"), numeric: true)] + sources.map { DocColumn($0.label, numeric: true) }
                    + [DocColumn(w("Total"), numeric: true)], rows))
            blocks.append(figure(&numbering, w("Financing of the scenario \"%@\" by source", scenario.name),
                FinancingChart(scenario: scenario, numbers: n, words: w),
                summary: w("Stacked columns: each year's cost split among the financing sources, in million %@.", n.currency)))
        }
        return blocks
    }

    /// A measure's implications and dimensions as facts: one line per area with its level and what it needs.
    private func implicationFacts(_ measure: Measure) -> [(String, String)] {
        let i = measure.implications
        func line(_ level: ImpactLevel, _ details: [String]) -> String {
            ([level.label] + details.filter { !$0.isEmpty }).joined(separator: "; ")
        }
        let people = [i.supporterIds.isEmpty ? "" : w("supported by %@", i.supporterIds.map { name(.stakeholder, $0) }.joined(separator: ", ")),
                      i.opponentIds.isEmpty ? "" : w("opposed by %@", i.opponentIds.map { name(.stakeholder, $0) }.joined(separator: ", "))]
        return [
            (w("Financial implications"), line(i.financial, [i.financing == .notAssessed ? "" : i.financing.label])),
            (w("Administrative implications"), line(i.administrative, [i.functions.map(\.label).joined(separator: ", "),
                                                                       i.staff.map { w("%@ more staff", n.whole($0)) } ?? ""])),
            (w("Legal implications"), line(i.legal, [i.instrument == .notAssessed ? "" : i.instrument.label])),
            (w("Political implications"), line(i.political, [i.decidedBy.map { w("decided by %@", $0.label) } ?? ""] + people)),
            (w("Dimensions"), measure.dimensions.map(\.label).joined(separator: ", ")),
        ]
    }
}
