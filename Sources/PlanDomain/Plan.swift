/// A whole National Social Security Strategy & Action Plan: every stage in one value.
///
/// A plan is changed only through `Plan.apply(_:)` (see Edit.swift).
public struct Plan: Codable, Equatable, Sendable {
    /// The version of the file format this value was written with.
    public static let currentSchemaVersion = 5

    public var schemaVersion: Int = Plan.currentSchemaVersion
    public var meta: PlanMeta
    public var foundations = Foundations()
    public var stocktake = Stocktake()
    public var strategy = Strategy()
    public var actionPlan = ActionPlan()
    public var administration = Administration()
    public var monitoring = Monitoring()
    public var evaluation = Evaluation()
    /// Merge conflicts not yet resolved (see `PlanConflict`); nil, and absent from plan.json, when
    /// there are none, so files without conflicts read the same in Socles that predate them.
    public var conflicts: [PlanConflict]?
    /// The strategy document's texts (see Narrative.swift); nil in a plan that has none.
    public var document: DocumentText?

    public init(meta: PlanMeta) {
        self.meta = meta
    }
}

public struct Country: Codable, Hashable, Sendable {
    public var name: String
    /// ISO 3166-1 alpha-2 or alpha-3 code.
    public var code: String
    public init(name: String, code: String) {
        self.name = name
        self.code = code
    }
}

public struct PlanMeta: Codable, Equatable, Sendable {
    public var country: Country
    public var title: String
    /// ISO 4217 code.
    public var currency: String
    public var baseYear: Int
    public var firstYear: Int
    public var lastYear: Int
    /// BCP 47 language tag of the plan's texts.
    public var language: String = "en"
    public var authors: [String] = []
    /// How numbers are written on screen and in text reports ("1 234,5"); nil follows the user's locale.
    public var numberFormat: NumberConvention?

    public init(country: Country, title: String, currency: String, baseYear: Int,
                firstYear: Int, lastYear: Int, language: String = "en", authors: [String] = []) {
        self.country = country
        self.title = title
        self.currency = currency
        self.baseYear = baseYear
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.language = language
        self.authors = authors
    }

    /// The horizon, first to last year; nil when it is empty or either end is outside
    /// `PlanYears.valid` (which also caps it at 301 years).
    /// Why `years` is nil, in a sentence; nil when the horizon is a range of years.
    public var horizonProblem: String? {
        guard years == nil else { return nil }
        if !PlanYears.isValid(firstYear) || !PlanYears.isValid(lastYear) {
            return "The plan's horizon (\(firstYear) to \(lastYear)) is outside the years \(PlanYears.rangeText), "
                + "so nothing is costed by year."
        }
        return "The plan's horizon ends in \(lastYear), before it starts in \(firstYear), so nothing is costed by year."
    }

    public var years: ClosedRange<Int>? {
        firstYear <= lastYear && PlanYears.isValid(firstYear) && PlanYears.isValid(lastYear) ? firstYear...lastYear : nil
    }
}

extension Plan {
    /// A fresh, empty plan with the approval path laid out and the default priority criteria.
    public static func new(meta: PlanMeta) -> Plan {
        var plan = Plan(meta: meta)
        plan.strategy.approvals = ApprovalStage.allCases.enumerated().map { index, stage in
            var step = ApprovalStep(id: "APR-\(index + 1)")
            step.stage = stage
            step.documents = [.strategy]
            return step
        }
        plan.strategy.criteria = Criterion.defaults
        plan.foundations.readiness = ReadinessItem.defaults
        plan.administration.costCeilings = CostCeiling.defaults
        return plan
    }
}
