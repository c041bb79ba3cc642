import PlanDomain

extension DocumentBuilder {
    func foreword() -> DocChapter? {
        let blocks = narrative(.foreword)
        guard !blocks.isEmpty else { return nil }
        return DocChapter(anchor: "foreword", number: nil, title: w[.foreword],
                          sections: [DocSection(anchor: "foreword-text", number: nil, title: "", blocks: blocks)])
    }

    func executiveSummary(_ numbering: inout Numbering) -> DocChapter? {
        numbering.chapter = "0"
        var blocks = narrative(.executiveSummary)
        blocks.append(.facts(keyFigures()))
        return DocChapter(anchor: "summary", number: nil, title: w[.executiveSummary], sections: [
            DocSection(anchor: "summary-text", number: nil, title: "", blocks: blocks),
        ])
    }

    /// The plan in a few figures, for the executive summary.
    func keyFigures() -> [(String, String)] {
        var facts: [(String, String)] = [
            (w("Plan period"), n.years(plan.meta.firstYear, plan.meta.lastYear)),
            (w("Schemes in the inventory"), n.whole(Double(plan.stocktake.schemes.count))),
        ]
        let sdg = plan.sdg131
        if let low = sdg.lowerPercent, let high = sdg.upperPercent {
            facts.append((w("Population covered by at least one benefit (SDG 1.3.1)"),
                          low == high ? n.share(low) : "\(n.share(low)) – \(n.share(high)) (\(sdg.year))"))
        }
        facts.append((w("Coverage gaps found"), n.whole(Double(matrix.gaps.count))))
        facts.append((w("Extension measures"), n.whole(Double(plan.strategy.measures.count))))
        for scenario in costs {
            guard let horizon = scenario.horizon else { continue }
            facts.append((w("Cost in %@, %@").replacing("%@", with: String(horizon.year), maxReplacements: 1)
                            .replacing("%@", with: scenario.name, maxReplacements: 1),
                          "\(n.percent(horizon.percentOfGDP)) \(w("of GDP")) (\(n.millions(horizon.total)) \(w("million")) \(n.currency))"))
        }
        facts.append((w("Activities in the action plan"), n.whole(Double(plan.actionPlan.activities.count))))
        if let finish = schedule.finish { facts.append((w("Action plan completed by"), n.day(finish))) }
        facts.append((w("Results indicators"), n.whole(Double(plan.monitoring.indicators.count))))
        return facts
    }

    func acronyms() -> DocChapter? {
        var pairs: [(String, String)] = plan.foundations.stakeholders.filter { !$0.acronym.isEmpty && $0.acronym != $0.name }
            .map { ($0.acronym, $0.name) }
        let standard = [("ABND", "Assessment-based national dialogue"), ("GDP", "Gross domestic product"),
                        ("ILO", "International Labour Organization"), ("RAP", "Rapid Assessment Protocol"),
                        ("SDG", "Sustainable Development Goal"), (plan.meta.currency, w("National currency"))]
        for (acronym, name) in standard where !pairs.contains(where: { $0.0 == acronym }) {
            pairs.append((acronym, w(name)))
        }
        pairs.sort { $0.0.localizedCaseInsensitiveCompare($1.0) == .orderedAscending }
        return DocChapter(anchor: "acronyms", number: nil, title: w[.acronyms], sections: [
            DocSection(anchor: "acronyms-list", number: nil, title: "", blocks: [.facts(pairs)]),
        ])
    }
}
