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

    /// The text is written when read (a plan of national size has hundreds of schemes over their
    /// ceiling, each text several numbers to format).
    private mutating func checkAdminCost(_ ratio: AdminCostRatio) {
        guard ratio.isOverCeiling, ratio.percent != nil, ratio.ceiling != nil else { return }
        let (numbers, named) = (numbers, Named(id: ratio.id, title: ratio.name))
        switch ratio.subject {
        case .scheme:
            add(.warning, .adminCeiling, Location(stage: .administration, ratio.id, Scheme.Field.administrativeCost)) {
                let contributions = ratio.basis == .contributions
                    ? " and \(numbers.whole(ratio.contributionIncome ?? 0)) of contributions" : ""
                return "Scheme \(named) spends \(numbers.whole(ratio.administrativeCost ?? 0)) on administration for "
                    + "\(numbers.whole(ratio.benefits ?? 0)) of benefits "
                    + "(expenditure \(numbers.whole(ratio.expenditure ?? 0)) less administration)\(contributions)"
                    + ": \(ratio.overCeiling(numbers))."
            }
        case .measure:
            add(.warning, .adminCeiling, Location(stage: .administration, ratio.id, Measure.Field.administrativeRate)) {
                "Measure \(named) plans administration at \(ratio.overCeiling(numbers))."
            }
        }
    }
}

extension AdminCostRatio {
    /// "12.5% of benefits, above the 10% ceiling for contributory schemes" (for a ratio over it).
    fileprivate func overCeiling(_ numbers: NumberConvention) -> String {
        "\(numbers.format(percent ?? 0, decimals: 2))% \(basis.phrase), above the "
            + "\(numbers.format(ceiling?.ceilingPercent ?? 0, decimals: 2))% ceiling for \(ceiling?.title.lowercased() ?? "")"
    }
}
