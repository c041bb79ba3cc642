extension Validator {
    /// Schemes and measures whose administrative cost is above the ceiling for their scheme type.
    /// The findings belong to stage 4, where the ratios are compared, though the figures are
    /// entered in stages 1 (schemes) and 2 (measures). In two steps (see ``Validation``): each
    /// scheme on its own, then the measures.
    mutating func checkAdminCost(of scheme: Scheme) {
        checkAdminCost(plan.adminCostRatio(of: scheme))
    }

    mutating func checkMeasureAdminCosts() {
        for ratio in plan.measureAdminCostRatios() { checkAdminCost(ratio) }
    }

    private mutating func checkAdminCost(_ ratio: AdminCostRatio) {
        guard ratio.isOverCeiling, let percent = ratio.percent, let ceiling = ratio.ceiling else { return }
        let basis = ratio.basis.phrase
        let limit = "above the \(format(ceiling.ceilingPercent))% ceiling for \(ceiling.title.lowercased())"
        let who = ratio.name.isEmpty ? ratio.id : "\(ratio.id) \"\(ratio.name)\""
        switch ratio.subject {
        case .scheme:
            let cost = ratio.administrativeCost ?? 0, benefits = ratio.benefits ?? 0
            add(.warning, .adminCeiling, Location(stage: .administration, ratio.id,
                                                    Scheme.Field.administrativeCost),
                "Scheme \(who) spends \(grouped(cost)) on administration for \(grouped(benefits)) of benefits "
                    + "(expenditure \(grouped(ratio.expenditure ?? 0)) less administration)"
                    + (ratio.basis == .contributions ? " and \(grouped(ratio.contributionIncome ?? 0)) of contributions" : "")
                    + ": \(format(percent))% \(basis), \(limit).")
        case .measure:
            add(.warning, .adminCeiling, Location(stage: .administration, ratio.id,
                                                    Measure.Field.administrativeRate),
                "Measure \(who) plans administration at \(format(percent))% \(basis), \(limit).")
        }
    }

    /// A whole amount with groups of three marked: 1,200,000,000.
    private func grouped(_ value: Double) -> String { numbers.whole(value) }
}
