/// The administrative cost of a scheme or a measure against the ceiling the plan sets for its
/// scheme type.
///
/// Bases: administrative cost is stated as a share of benefits, of gross spending (benefits plus
/// administration) or of contributions. A rate r of benefits is r / (1 + r) of gross spending; a
/// rate r of gross spending is r / (1 − r) of benefits. The ratio is compared on the ceiling's
/// basis. A share of contributions cannot be converted by formula: a scheme's ratio on it is
/// administrative cost / contribution income (none without that figure); a measure's comes from
/// the cost model in the measure's last costed year (administration over contribution income, or
/// over benefits or gross spending).
///
/// Schemes: as in the ILO Social Security Inquiry, a scheme's expenditure is its total spending,
/// administration included, so benefits = expenditure − administrative cost; the ratio on
/// benefits is administrative cost / benefits, on gross spending administrative cost / expenditure.
/// Measures: their own administrative rate and basis.
public struct AdminCostRatio: Equatable, Sendable {
    public enum Subject: String, Equatable, Sendable { case scheme, measure }

    public var subject: Subject
    public var id: EntityID
    public var name: String
    public var schemeType: SchemeType
    /// The ratio in percent on `basis`; nil when the figures are missing or do not allow one.
    public var percent: Double?
    /// The ceiling's basis when there is a ceiling; otherwise the stated basis (benefits for schemes).
    public var basis: AdministrativeBasis
    /// For schemes: the figures the ratio comes from.
    public var administrativeCost: Double?
    public var expenditure: Double?
    public var contributionIncome: Double?
    /// The ceiling for the scheme type, if the plan sets one.
    public var ceiling: CostCeiling?

    public var benefits: Double? {
        guard let administrativeCost, let expenditure else { return nil }
        return expenditure - administrativeCost
    }

    public var isOverCeiling: Bool {
        guard let percent, let ceiling else { return false }
        return percent > ceiling.ceilingPercent + 1e-9
    }
}

extension AdministrativeBasis {
    /// A rate of `percent` on this basis, expressed on `other`; nil when it has no meaning there
    /// (100% or more of gross spending leaves nothing for benefits), or when converting needs the
    /// figures (contributions have no fixed relation to benefits: see `AdminCostRatio`).
    public func convert(_ percent: Double, to other: AdministrativeBasis) -> Double? {
        guard percent.isFinite else { return nil }
        switch (self, other) {
        case (.benefits, .benefits), (.grossSpending, .grossSpending), (.contributions, .contributions):
            return percent
        case (.benefits, .grossSpending):
            return percent <= -100 ? nil : 100 * percent / (100 + percent)
        case (.grossSpending, .benefits):
            return percent >= 100 ? nil : 100 * percent / (100 - percent)
        case (.contributions, _), (_, .contributions):
            return nil
        }
    }
}

extension Plan {
    /// The ceiling for a scheme type and its branches: a ceiling the plan sets for that type and one
    /// of the branches wins (the highest, when several match: a scheme carries its costliest
    /// branch's administration); else the type's general ceiling (no branch).
    public func costCeiling(for type: SchemeType, contingencies: [Contingency] = []) -> CostCeiling? {
        // One pass, nothing copied but the two candidates (a national plan asks for each of its
        // thousands of schemes): the highest ceiling among those for one of the contingencies (the
        // first of equals), else the first for the type as a whole.
        var specific: CostCeiling?, general: CostCeiling?
        for ceiling in administration.costCeilings where ceiling.schemeType == type {
            if let contingency = ceiling.contingency {
                guard contingencies.contains(contingency) else { continue }
                if specific.map({ $0.ceilingPercent < ceiling.ceilingPercent }) ?? true { specific = ceiling }
            } else if general == nil {
                general = ceiling
            }
        }
        return specific ?? general
    }

    /// Every scheme, then every measure, with its administrative cost ratio.
    public func adminCostRatios() -> [AdminCostRatio] {
        stocktake.schemes.map(adminCostRatio(of:)) + measureAdminCostRatios()
    }

    /// A scheme's administrative cost ratio: it reads the scheme and the cost ceilings.
    public func adminCostRatio(of scheme: Scheme) -> AdminCostRatio {
        let ceiling = costCeiling(for: scheme.type, contingencies: scheme.contingencies)
        let basis = ceiling?.basis ?? .benefits
        var percent: Double?
        if let cost = scheme.administrativeCost, let spent = scheme.expenditure, spent > 0, cost >= 0 {
            if basis == .contributions {
                if let income = scheme.contributionIncome, income > 0 { percent = 100 * cost / income }
            } else {
                percent = AdministrativeBasis.grossSpending.convert(100 * cost / spent, to: basis)
            }
        }
        return AdminCostRatio(subject: .scheme, id: scheme.id, name: scheme.name, schemeType: scheme.type,
                              percent: percent, basis: basis, administrativeCost: scheme.administrativeCost,
                              expenditure: scheme.expenditure, contributionIncome: scheme.contributionIncome,
                              ceiling: ceiling)
    }

    /// Every measure with its administrative cost ratio.
    public func measureAdminCostRatios() -> [AdminCostRatio] {
        let model = CostModel(plan: self)
        return strategy.measures.map { measure in
            let ceiling = costCeiling(for: measure.schemeType, contingencies: [measure.contingency])
            let basis = ceiling?.basis ?? measure.administrativeBasis
            var percent = measure.administrativeBasis.convert(measure.administrativeRatePercent, to: basis)
            if percent == nil, measure.administrativeBasis == .contributions || basis == .contributions {
                percent = model.administrativeRatio(of: measure, on: basis)
            }
            return AdminCostRatio(subject: .measure, id: measure.id, name: measure.name,
                                  schemeType: measure.schemeType, percent: percent, basis: basis, ceiling: ceiling)
        }
    }
}
