/// The values of one indicator, period and dimension put together, to compare with the total.
///
/// Counts add up: the categories' sum is the total. Shares (an indicator with a denominator) add
/// up weighted by their denominators: the total is Σ value × denominator / Σ denominator, which
/// needs every category's denominator. Shares without denominators cannot be checked.
public struct DisaggregatedSum: Equatable, Sendable {
    public var indicatorId: EntityID
    public var period: ReportingPeriod
    public var dimensionId: EntityID
    public var value: Double
    public var isWeighted: Bool
    public var categories: [String]
    /// The first value of the breakdown, where a finding about it is placed.
    public var firstActualId: EntityID
}

public enum Disaggregation {
    /// Every breakdown recorded in the plan, in plan order of its first value.
    public static func sums(_ plan: Plan) -> [DisaggregatedSum] {
        // Indicators found through an index of their ids (the first with each), read where they lie.
        let index = plan.firstPositions(.resultIndicator)
        let indicators = plan.monitoring.indicators
        struct Key: Hashable { var indicator: Int; var period: ReportingPeriod; var dimension: EntityID }
        var order: [Key] = []
        var rows: [Key: [ActualValue]] = [:]
        for actual in plan.monitoring.actuals {
            guard let dimension = actual.dimensionId, let indicator = index[actual.indicatorId] else { continue }
            let key = Key(indicator: indicator, period: actual.reportingPeriod(indicators[indicator].frequency), dimension: dimension)
            if rows[key] == nil { order.append(key) }
            rows[key, default: []].append(actual)
        }
        return order.compactMap { key in
            let values = rows[key]!
            let isRatio = !indicators[key.indicator].denominator.isBlank
            let weights = values.compactMap(\.denominator)
            let value: Double
            let weighted: Bool
            if weights.count == values.count, weights.reduce(0, +) > 0 {
                value = values.reduce(0) { $0 + $1.value * ($1.denominator ?? 0) } / weights.reduce(0, +)
                weighted = true
            } else if !isRatio && weights.isEmpty {
                value = values.reduce(0) { $0 + $1.value }
                weighted = false
            } else {
                return nil
            }
            return DisaggregatedSum(indicatorId: indicators[key.indicator].id, period: key.period, dimensionId: key.dimension,
                                    value: value, isWeighted: weighted, categories: values.map(\.category),
                                    firstActualId: values[0].id)
        }
    }
}
