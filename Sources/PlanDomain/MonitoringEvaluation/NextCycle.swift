/// What `Plan.nextCycle` carried over, for the user to read.
public struct NextCycleSummary: Encodable, Equatable, Sendable {
    public var firstYear: Int
    public var lastYear: Int
    public var baseYear: Int
    /// Stocktake indicators added or updated from the latest values of the old plan's indicators.
    public var stocktakeIndicatorIds: [EntityID]
    /// Result indicators whose baseline became their latest value.
    public var rebasedIndicatorIds: [EntityID]
    public var unfinishedActivityIds: [EntityID]
    public var openRecommendationIds: [EntityID]
    public var openRiskIds: [EntityID]
}

extension Plan {
    /// The next plan, started from this one on `asOf`: the same country, institutions, stocktake,
    /// objectives and measures; the stocktake updated with the latest value of each result indicator
    /// (and each indicator's baseline moved to it); the activities not finished, the recommendations
    /// still open (with the findings they rest on) and the open risks carried over; the values,
    /// execution records, evaluations, phases, approvals, the expert support and pledges that prepared
    /// and financed it left behind with the old plan, which `meta.previousPlan` names.
    public func nextCycle(asOf: Day, firstYear: Int? = nil, previousPlan: String) -> (Plan, NextCycleSummary) {
        let span = max(0, meta.lastYear - meta.firstYear)
        let first = firstYear ?? meta.lastYear + 1
        var next = Plan.new(meta: meta)
        next.meta.firstYear = first
        next.meta.lastYear = first + span
        next.meta.baseYear = first - 1
        next.meta.previousPlan = previousPlan
        next.meta.title = Self.retitled(meta.title, from: (meta.firstYear, meta.lastYear), to: (first, first + span))
        next.foundations = foundations
        // Support and pledges were the old plan's (its pledges stay with its action plan).
        next.foundations.expertSupport = []
        next.stocktake = stocktake
        next.strategy = strategy
        next.strategy.approvals = Plan.new(meta: meta).strategy.approvals
        next.strategy.consultations = []
        // The old phases end with the old horizon; the next plan sets its own.
        next.strategy.phases = []
        next.strategy.measures = strategy.measures.map { measure in
            var carried = measure
            carried.phaseId = nil
            return carried
        }
        next.administration = administration
        next.monitoring.settings = monitoring.settings
        next.monitoring.settings.asOf = nil
        next.monitoring.dimensions = monitoring.dimensions
        next.monitoring.reportingRules = monitoring.reportingRules
        next.monitoring.outcomes = monitoring.outcomes

        var summary = NextCycleSummary(firstYear: first, lastYear: first + span, baseYear: first - 1, stocktakeIndicatorIds: [],
                                       rebasedIndicatorIds: [], unfinishedActivityIds: [], openRecommendationIds: [],
                                       openRiskIds: [])
        for indicator in monitoring.indicators {
            var carried = indicator
            carried.targets = indicator.targets.filter { $0.year >= first && $0.year <= first + span }
            let progress = IndicatorProgress(indicator, plan: self, asOf: asOf)
            if let latest = progress.latest {
                carried.baseline = latest.value
                carried.baselineYear = latest.period.year
                summary.rebasedIndicatorIds.append(indicator.id)
                let name = "\(indicator.name) (\(latest.period.label))"
                var figure = next.stocktake.indicators.first { $0.name == name } ?? Indicator(id: next.nextID(for: .indicator))
                let isNew = !next.stocktake.indicators.contains { $0.id == figure.id }
                figure.name = name
                figure.value = latest.value
                figure.unit = indicator.unit
                figure.year = latest.period.year
                figure.source = [indicator.source, "monitoring of \(meta.title)"].filter { !$0.isEmpty }.joined(separator: "; ")
                if isNew { next.stocktake.indicators.append(figure) } else {
                    next.stocktake.indicators = next.stocktake.indicators.map { $0.id == figure.id ? figure : $0 }
                }
                summary.stocktakeIndicatorIds.append(figure.id)
            }
            next.monitoring.indicators.append(carried)
        }

        let unfinished = actionPlan.activities.filter { $0.status != .done && $0.status != .cancelled }
        let kept = Set(unfinished.map(\.id))
        next.actionPlan.activities = unfinished.map { activity in
            var carried = activity
            carried.start = nil
            carried.notEarlierThan = nil
            carried.dependencies = activity.dependencies.filter { kept.contains($0.activityId) }
            return carried
        }
        summary.unfinishedActivityIds = unfinished.map(\.id)
        // What pointed to a finished activity now points to nothing of the new plan.
        next.administration.capacities = administration.capacities.map { capacity in
            var carried = capacity
            carried.activityIds = capacity.activityIds.filter(kept.contains)
            return carried
        }
        next.monitoring.indicators = next.monitoring.indicators.map { indicator in
            var carried = indicator
            carried.activityIds = indicator.activityIds.filter(kept.contains)
            return carried
        }

        let open = evaluation.recommendations.filter(\.isOpen)
        let cited = Set(open.flatMap(\.findingIds))
        next.evaluation.findings = evaluation.findings.filter { cited.contains($0.id) }.map { finding in
            var carried = finding
            carried.evaluationId = nil
            carried.questionId = nil
            return carried
        }
        next.evaluation.recommendations = open
        summary.openRecommendationIds = open.map(\.id)
        next.monitoring.risks = monitoring.risks.filter { $0.status == .open || $0.status == .occurred }.map { risk in
            var carried = risk
            carried.activityIds = risk.activityIds.filter(kept.contains)
            return carried
        }
        summary.openRiskIds = next.monitoring.risks.map(\.id)
        return (next, summary)
    }

    /// "Strategy 2026–2035" becomes "Strategy 2036–2045"; a title without the years gets them.
    static func retitled(_ title: String, from old: (Int, Int), to new: (Int, Int)) -> String {
        for dash in ["–", "-", "—"] {
            let years = "\(old.0)\(dash)\(old.1)"
            if title.contains(years) { return title.replacing(years, with: "\(new.0)\(dash)\(new.1)") }
        }
        return "\(title) \(new.0)–\(new.1)"
    }
}

extension Plan {
    /// The previous plan as a settable text, for forms ("" clears it).
    public var previousPlanText: String {
        get { meta.previousPlan ?? "" }
        set { meta.previousPlan = newValue.isBlank ? nil : newValue }
    }
}
