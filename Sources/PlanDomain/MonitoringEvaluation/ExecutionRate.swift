/// What a measure spent and reached in a year against what its costing planned.
public struct ExecutionYear: Encodable, Equatable, Sendable {
    public var measureId: EntityID
    public var year: Int
    public var planned: Double
    public var spent: Double
    /// Spent over planned, in percent; nil when nothing was planned.
    public var ratePercent: Double?
    public var plannedBeneficiaries: Double
    public var beneficiaries: Double?
    /// Actual over planned beneficiaries, in percent.
    public var reachPercent: Double?
}

extension Plan {
    /// Every execution record against its measure's costing, in plan order.
    public func executionYears(model: CostModel? = nil) -> [ExecutionYear] {
        let model = model ?? CostModel(plan: self)
        var costs: [EntityID: MeasureCost] = [:]
        return monitoring.executions.map { record in
            var cost: CostYear?
            if let measure = entity(Measure.self, id: record.measureId) {
                let measureCost = costs[measure.id] ?? model.cost(of: measure)
                costs[measure.id] = measureCost
                cost = measureCost.years.first { $0.year == record.year }
            }
            let planned = cost?.total ?? 0
            let plannedBeneficiaries = cost?.beneficiaries ?? 0
            return ExecutionYear(
                measureId: record.measureId, year: record.year, planned: planned, spent: record.spent,
                ratePercent: planned > 0 ? record.spent / planned * 100 : nil,
                plannedBeneficiaries: plannedBeneficiaries, beneficiaries: record.beneficiaries,
                reachPercent: record.beneficiaries.flatMap { plannedBeneficiaries > 0 ? $0 / plannedBeneficiaries * 100 : nil })
        }
    }
}
