/// Which report is due when, from whom to whom: the values each indicator's collector owes its
/// reporter after each period (its end plus the grace days), the reports of the plan's reporting
/// rules after each of their periods, and the planned evaluations' reports.
public struct ReportingCalendar: Encodable, Equatable, Sendable {
    public enum Kind: String, Encodable, Sendable {
        case indicatorValues, report, evaluation
    }

    public struct Entry: Encodable, Equatable, Sendable {
        public var due: Day
        public var kind: Kind
        /// The indicator, reporting rule or evaluation it comes from.
        public var sourceId: EntityID
        public var title: String
        /// The period reported on ("2027 Q2"), or the evaluation's year.
        public var period: String
        public var from: String
        public var to: String
        /// Stable across exports: the same report in two exports has the same uid.
        public var uid: String
    }

    public var from: Day
    public var to: Day
    public var entries: [Entry]

    /// The entries due from `from` to `to` (both included), by date then plan order.
    /// The plan's horizon as the calendar covers it by default: 1 January of its first year to the end
    /// of the year after its last (when the last year's reports fall due).
    public static func horizon(of plan: Plan) -> ClosedRange<Day>? {
        // Years out of range (a finding of their own) give no horizon rather than overflow.
        guard PlanYears.isValid(plan.meta.firstYear), PlanYears.isValid(plan.meta.lastYear),
              let start = Day(year: plan.meta.firstYear, month: 1, day: 1),
              let end = Day(year: plan.meta.lastYear + 1, month: 12, day: 31), start <= end else { return nil }
        return start...end
    }

    /// Everything due over the plan's horizon (see ``horizon(of:)``); nothing when it has none.
    public init(plan: Plan) {
        if let horizon = Self.horizon(of: plan) {
            self.init(plan: plan, from: horizon.lowerBound, to: horizon.upperBound)
        } else {
            self.init(plan: plan, from: Day(dayNumber: 1), to: Day(dayNumber: 0))
        }
    }

    public init(plan: Plan, from: Day, to: Day) {
        self.from = from
        self.to = to
        var entries: [Entry] = []
        func name(_ id: EntityID?) -> String {
            guard let id, let stakeholder = plan.entity(Stakeholder.self, id: id) else { return id ?? "" }
            return stakeholder.acronym.isEmpty ? stakeholder.name : stakeholder.acronym
        }
        let grace = min(100_000, max(0, plan.monitoring.settings.graceDays))
        guard let horizon = plan.meta.years, from <= to else {
            self.entries = []
            return
        }
        // The plan's years from the one before `from` (a period of December is due in the new year).
        let low = max(horizon.lowerBound, from.year - 1), high = min(horizon.upperBound, to.year)
        let planYears = low...max(low, high)
        for indicator in plan.monitoring.indicators {
            let anchor = indicator.baselineYear ?? horizon.lowerBound
            for period in ReportingPeriod.all(indicator.frequency, years: planYears, anchor: anchor)
                where horizon.contains(period.year) {
                let due = period.end.adding(days: grace)
                guard due >= from && due <= to else { continue }
                entries.append(Entry(due: due, kind: .indicatorValues, sourceId: indicator.id,
                                     title: "\(indicator.id) \(indicator.name): values for \(period.label)",
                                     period: period.label, from: name(indicator.responsibleId),
                                     to: name(indicator.reporterId ?? indicator.responsibleId),
                                     uid: "\(indicator.id)-\(period.label.replacing(" ", with: ""))"))
            }
        }
        for rule in plan.monitoring.reportingRules {
            for period in ReportingPeriod.all(rule.frequency, years: planYears, anchor: horizon.lowerBound)
                where horizon.contains(period.year) {
                let due = period.end.adding(days: min(100_000, max(0, rule.dueDays)))
                guard due >= from && due <= to else { continue }
                entries.append(Entry(due: due, kind: .report, sourceId: rule.id, title: "\(rule.name), \(period.label)",
                                     period: period.label, from: name(rule.fromId), to: rule.audience.label,
                                     uid: "\(rule.id)-\(period.label.replacing(" ", with: ""))"))
            }
        }
        let schedule = plan.schedule()
        for evaluation in plan.evaluation.evaluations {
            let finish = evaluation.activityId.flatMap { schedule[$0]?.earlyFinish }
            guard let due = finish ?? evaluation.year.flatMap({ Day(year: $0, month: 12, day: 31) }),
                  due >= from && due <= to else { continue }
            entries.append(Entry(due: due, kind: .evaluation, sourceId: evaluation.id,
                                 title: "\(evaluation.type.label) evaluation report: \(evaluation.title)",
                                 period: String(due.year), from: name(evaluation.commissionerId),
                                 to: ReportAudience.steeringCommittee.label, uid: evaluation.id))
        }
        self.entries = entries.enumerated().sorted { ($0.element.due, $0.offset) < ($1.element.due, $1.offset) }.map(\.element)
    }
}
