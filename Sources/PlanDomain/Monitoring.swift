/// Stage 5: the results framework, the values measured, how the plan reports, what it spends,
/// and the risks it watches.
public struct Monitoring: Codable, Equatable, Sendable {
    public var settings = MonitoringSettings()
    public var outcomes: [Outcome] = []
    public var indicators: [ResultIndicator] = []
    public var actuals: [ActualValue] = []
    /// The plan's ways of breaking values down (sex, age band, region, its own).
    public var dimensions: [DisaggregationDimension] = []
    public var reportingRules: [ReportingRule] = []
    public var executions: [Execution] = []
    public var risks: [Risk] = []
    public init() {}
}

/// How progress is judged: on which day, with which tolerance, how long a report may be late.
public struct MonitoringSettings: Codable, Equatable, Sendable {
    /// The day the data is reported as of (the cut-off of the last reporting round); nil: today.
    public var asOf: Day?
    /// A value short of its target by at most this share of the target is at risk; further, off track.
    public var tolerancePercent = 5.0
    /// Days after a period ends before its missing value is overdue.
    public var graceDays = 45
    public init() {}
}

/// A result of the results chain: the impact, an outcome or an output, serving an objective and
/// contributing to a result of the level above.
public struct Outcome: PlanEntity {
    public var id: EntityID
    public var level: ResultLevel = .outcome
    public var objectiveId: EntityID?
    /// The result of the level above it contributes to (an output's outcome, an outcome's impact).
    public var parentId: EntityID?
    public var statement = ""
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .outcome }
    public static var keyPath: WritableKeyPath<Plan, [Outcome]> { \.monitoring.outcomes }
    public var title: String { statement }
}

/// An indicator of the results framework, with its definition and targets.
public struct ResultIndicator: PlanEntity {
    public var id: EntityID
    public var outcomeId: EntityID?
    public var name = ""
    /// The objective, measures and activities it tracks. An indicator linked to activities measures
    /// their output: it is an output indicator of the action plan.
    public var objectiveId: EntityID?
    public var measureIds: [EntityID] = []
    public var activityIds: [EntityID] = []
    public var unit = ""
    public var numerator = ""
    public var denominator = ""
    public var direction: IndicatorDirection = .up
    /// Overrides the plan's tolerance for this indicator, in percent of the target.
    public var tolerancePercent: Double?
    /// Computed from the stocktake (its baseline should equal the computed figure).
    public var computed: ComputedIndicator?
    public var baseline: Double?
    public var baselineYear: Int?
    public var targets: [YearValue] = []
    /// The data source.
    public var source = ""
    /// The institution that holds the source.
    public var sourceInstitutionId: EntityID?
    public var meansOfVerification = ""
    public var frequency: Frequency = .yearly
    /// Who collects the values, a stakeholder id.
    public var responsibleId: EntityID?
    /// Who reports them, a stakeholder id.
    public var reporterId: EntityID?
    /// The dimensions its values are broken down by.
    public var dimensionIds: [EntityID] = []
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .resultIndicator }
    public static var keyPath: WritableKeyPath<Plan, [ResultIndicator]> { \.monitoring.indicators }
    public var title: String { name }
}

/// A value recorded for an indicator in one reporting period: the total, or one category of a
/// dimension (women, a region) when `dimensionId` is set.
public struct ActualValue: PlanEntity {
    public var id: EntityID
    public var indicatorId: EntityID = ""
    public var year = 0
    /// The month (1-12) of a monthly indicator or the quarter (1-4) of a quarterly one; nil for a year.
    public var period: Int?
    public var value = 0.0
    public var dimensionId: EntityID?
    public var category = ""
    /// The population the value is a share of, for ratios broken down (weights the categories).
    public var denominator: Double?
    public var source = ""
    public var note = ""
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .actual }
    public static var keyPath: WritableKeyPath<Plan, [ActualValue]> { \.monitoring.actuals }
    public var title: String {
        "\(indicatorId) \(year)" + (period.map { "/\($0)" } ?? "") + (category.isEmpty ? "" : " \(category)")
    }
    /// "2027", "2027 Q2" or "2027-03", as the indicator's frequency reads the period.
    public func periodLabel(_ frequency: Frequency) -> String {
        guard let period else { return "\(year)" }
        switch frequency {
        case .quarterly: return "\(year) Q\(period)"
        case .monthly: return "\(year)-\(period < 10 ? "0" : "")\(period)"
        default: return "\(year)/\(period)"
        }
    }
}

/// A way of breaking values down, with its categories.
public struct DisaggregationDimension: PlanEntity {
    public var id: EntityID
    public var name = ""
    public var categories: [String] = []
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .dimension }
    public static var keyPath: WritableKeyPath<Plan, [DisaggregationDimension]> { \.monitoring.dimensions }
    public var title: String { name }

    /// Sex, age band and region, which every plan starts with.
    public static var defaults: [DisaggregationDimension] {
        [("Sex", ["Women", "Men"]), ("Age band", ["0-14", "15-64", "65+"]), ("Region", [])]
            .enumerated().map { index, item in
                var dimension = DisaggregationDimension(id: "DIM-\(index + 1)")
                dimension.name = item.0
                dimension.categories = item.1
                return dimension
            }
    }
}

/// A report the plan owes: what, how often, from whom to whom, how many days after the period.
public struct ReportingRule: PlanEntity {
    public var id: EntityID
    public var name = ""
    public var frequency: Frequency = .yearly
    public var fromId: EntityID?
    public var audience: ReportAudience = .steeringCommittee
    /// Days after the end of the period the report is due.
    public var dueDays = 60
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .reportingRule }
    public static var keyPath: WritableKeyPath<Plan, [ReportingRule]> { \.monitoring.reportingRules }
    public var title: String { name }
}

/// What a measure actually spent and reached in one year, against its costing.
public struct Execution: PlanEntity {
    public var id: EntityID
    public var measureId: EntityID = ""
    public var year = 0
    /// Actual spending, in the plan's currency.
    public var spent = 0.0
    public var beneficiaries: Double?
    public var source = ""
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .execution }
    public static var keyPath: WritableKeyPath<Plan, [Execution]> { \.monitoring.executions }
    public var title: String { "\(measureId) \(year)" }
}

/// A risk to the plan, with who watches it and what is done about it.
public struct Risk: PlanEntity {
    public var id: EntityID
    public var risk = ""
    public var likelihood: RiskLevel = .medium
    public var impact: RiskLevel = .medium
    public var ownerId: EntityID?
    public var mitigation = ""
    public var measureIds: [EntityID] = []
    public var activityIds: [EntityID] = []
    public var status: RiskStatus = .open
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .risk }
    public static var keyPath: WritableKeyPath<Plan, [Risk]> { \.monitoring.risks }
    public var title: String { risk }
    /// Likelihood times impact, 1 to 9.
    public var score: Int { likelihood.score * impact.score }
}
