extension Plan {
    /// The name of the package costed when a plan has no scenarios.
    public static let allMeasuresScenarioName = "All measures"

    /// The scenarios whose packages are costed: the plan's own, or, when it has none, one implicit
    /// scenario "All measures" (id left empty) holding every measure. A measure that is in none of
    /// the plan's scenarios is in no package and is not costed (validation gives a hint).
    public var costScenarios: [Scenario] {
        guard strategy.scenarios.isEmpty else { return strategy.scenarios }
        var all = Scenario(id: "")
        all.name = Plan.allMeasuresScenarioName
        all.measureIds = strategy.measures.map(\.id)
        return [all]
    }

    /// The cost of `scenario`'s package: each of its measures year by year, and their sum.
    public func costs(scenario: Scenario) -> ScenarioCost {
        let model = CostModel(plan: self)
        return costs(scenario, model: model, measures: measureCosts(of: [scenario], model: model))
    }

    /// Every scenario's package side by side (the implicit "All measures" one when there are none).
    public func costComparison() -> [ScenarioCost] {
        let model = CostModel(plan: self)
        let scenarios = costScenarios
        let measures = measureCosts(of: scenarios, model: model)
        return scenarios.map { costs($0, model: model, measures: measures) }
    }

    /// The scenario named `name` (ignoring case) or with that id, among `costScenarios`.
    public func costScenario(named name: String) -> Scenario? {
        let wanted = name.lowercased()
        return costScenarios.first { $0.name.lowercased() == wanted || $0.id.lowercased() == wanted }
    }

    /// Each measure of the scenarios costed once, by id.
    private func measureCosts(of scenarios: [Scenario], model: CostModel) -> [EntityID: MeasureCost] {
        let wanted = Set(scenarios.flatMap(\.measureIds))
        var costs: [EntityID: MeasureCost] = [:]
        for measure in strategy.measures where wanted.contains(measure.id) && costs[measure.id] == nil {
            costs[measure.id] = model.cost(of: measure)
        }
        return costs
    }

    private func costs(_ scenario: Scenario, model: CostModel, measures: [EntityID: MeasureCost]) -> ScenarioCost {
        var seen: Set<EntityID> = []
        let included = scenario.measureIds.compactMap { id in seen.insert(id).inserted ? measures[id] : nil }
        let total = model.years.map { year in
            var beneficiaries = 0.0, benefits = 0.0, administration = 0.0, revenue = 0.0, replaced = 0.0
            var financing: [FinancingSource: Double] = [:]
            var contributions: ContributionYear?
            for row in included.compactMap({ $0.year(year) }) {
                beneficiaries += row.beneficiaries
                benefits += row.benefits
                administration += row.administration
                revenue += row.generalRevenue
                replaced += row.replacedSpending
                for (source, amount) in row.financing { financing[source, default: 0] += amount }
                if let own = row.contributions { contributions = contributions.map { $0 + own } ?? own }
            }
            // The rows' general revenue is already net of replaced schemes.
            return model.row(year: year, beneficiaries: beneficiaries, benefits: benefits,
                             administration: administration, financing: financing, generalRevenue: revenue,
                             replaced: (replaced, 0), contributions: contributions)
        }
        return ScenarioCost(id: scenario.id.isEmpty ? nil : scenario.id, name: scenario.name,
                            measures: included, total: total)
    }
}
