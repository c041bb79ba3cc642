/// The ready-made indicators computed from the stocktake, in the base year.
extension ComputedIndicator {
    /// The figure the stocktake gives, in percent, as a range (lower and upper bound; equal when
    /// the method gives one figure); nil when the stocktake cannot give it (no partition, no group
    /// for the reference population).
    public func value(in plan: Plan) -> ClosedRange<Double>? {
        let sdg = plan.sdg131
        switch self {
        case .sdg131:
            guard let lower = sdg.lowerPercent, let upper = sdg.upperPercent else { return nil }
            return min(lower, upper)...max(lower, upper)
        default:
            return nil
        }
    }
}
