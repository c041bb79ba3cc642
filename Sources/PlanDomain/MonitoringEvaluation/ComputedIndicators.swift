/// The ready-made indicators computed from the stocktake, in the base year: SDG 1.3.1 the ILO's
/// way (`SDG131`) and its components over their reference populations.
extension ComputedIndicator {
    /// The reference population of a component; nil for SDG 1.3.1 itself.
    public var reference: ReferencePopulation? {
        switch self {
        case .sdg131: nil
        case .children: .children
        case .mothersOfNewborns: .mothersOfNewborns
        case .severeDisability: .severeDisability
        case .unemployed: .unemployed
        case .olderPersons: .olderPersons
        case .vulnerable: .vulnerable
        }
    }

    /// The figure the stocktake gives, in percent, as a range: SDG 1.3.1's lower and upper bounds
    /// around its estimate, or a component's one figure; nil when the stocktake cannot give it (no
    /// group marked as the partition or as the reference population).
    public func value(in plan: Plan) -> ClosedRange<Double>? { value(given: plan.sdg131) }

    /// The value from the plan's SDG 1.3.1 figures (`plan.sdg131`, worked out once for every indicator).
    func value(given sdg: SDG131) -> ClosedRange<Double>? {
        guard let reference else {
            guard let lower = sdg.lowerPercent, let upper = sdg.upperPercent else { return nil }
            return min(lower, upper)...max(lower, upper)
        }
        guard let percent = sdg.components.first(where: { $0.reference == reference })?.percent else { return nil }
        return percent...percent
    }
}
