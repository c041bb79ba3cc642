import PlanDomain

/// Coverage rates as the heat map, the gap list, the coverage report and the document write them.
extension Figures {
    /// A coverage figure for a narrow cell: one decimal below 10 ("9.8", "0.4"), whole above ("37", "100").
    public func coverageCell(_ value: Double) -> String {
        numbers.format(value, decimals: abs(value) < 9.95 ? 1 : 0, grouping: false)
    }

    /// A derived gap in a sentence: "Old age for Older persons 65+: 37.4%, below the 50% threshold".
    public func summary(of gap: DerivedGap, in plan: Plan) -> String {
        let cell = "\(gap.contingency.label) for \(plan.name(.group, gap.groupId))"
        switch gap.kind {
        case .noProvision: return "\(cell): no provision"
        default:
            let figure = gap.percent.map { percent($0) } ?? "rated \(gap.band.label.lowercased())"
            return "\(cell): \(figure), below the \(percent(gap.thresholdPercent)) threshold"
        }
    }
}
