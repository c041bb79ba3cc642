/// A partner's contribution to the plan: money, or experts' time (the guide's "personal and
/// financial contribution" of the ILO and other international institutions).
public struct Pledge: PlanEntity {
    public var id: EntityID
    /// The partner who pledges, a stakeholder id.
    public var partnerId: EntityID?
    public var kind: PledgeKind = .financial
    /// For a financial pledge: the amount over all its years, in `currency`.
    public var amount = 0.0
    /// ISO 4217 code; empty means the plan's currency.
    public var currency = ""
    /// Units of the plan's currency for one unit of `currency`, for a pledge in another currency.
    public var exchangeRate: Double?
    /// For a technical pledge: experts' time, in person-days over all its years.
    public var personDays = 0.0
    /// The years it covers; the amount is spread evenly over them.
    public var firstYear: Int?
    public var lastYear: Int?
    /// What it pays for: a measure, or an activity of the action plan (neither: the plan as a whole).
    public var measureId: EntityID?
    public var activityId: EntityID?
    public var status: PledgeStatus = .pledged
    /// The agreement, letter or decision that records it.
    public var reference = ""
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .pledge }
    public static var keyPath: WritableKeyPath<Plan, [Pledge]> { \.actionPlan.pledges }
    public var title: String { reference.isEmpty ? id : reference }
}

public enum PledgeKind: String, Choice {
    case financial, technical
    public var label: String {
        switch self {
        case .financial: "Financial"
        case .technical: "Technical"
        }
    }
}

/// How far a pledge has come: announced, signed, paid.
public enum PledgeStatus: String, Choice {
    case pledged, committed, disbursed
    public var label: String {
        switch self {
        case .pledged: "Pledged"
        case .committed: "Committed"
        case .disbursed: "Disbursed"
        }
    }
}

extension Pledge {
    /// The currency the amount is in.
    public func currency(in plan: Plan) -> String { currency.isEmpty ? plan.meta.currency : currency }

    /// The pledge's years, first to last; nil when either is missing or they are in the wrong order.
    public var years: ClosedRange<Int>? {
        guard let firstYear, let lastYear, firstYear <= lastYear else { return nil }
        return firstYear...lastYear
    }

    /// What a financial pledge brings in `year`, in the plan's currency: its amount spread evenly
    /// over its years, converted at its exchange rate. Zero for a technical pledge, outside its
    /// years, and for an amount in another currency without a rate (it cannot be added up).
    public func amount(in year: Int, plan: Plan) -> Double {
        guard kind == .financial, let years, years.contains(year) else { return 0 }
        let rate: Double
        if currency(in: plan) == plan.meta.currency {
            rate = 1
        } else if let exchangeRate, exchangeRate > 0 {
            rate = exchangeRate
        } else {
            return 0
        }
        return amount * rate / Double(years.count)
    }
}

/// A budget appropriation for the plan: what one source commits in one year.
public struct Appropriation: PlanEntity {
    public var id: EntityID
    public var year = 0
    public var source: AppropriationSource = .stateBudget
    /// In the plan's currency.
    public var amount = 0.0
    /// The measure it is for; nil for the plan as a whole.
    public var measureId: EntityID?
    public var status: AppropriationStatus = .requested
    /// The budget law, line or decision.
    public var reference = ""
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .appropriation }
    public static var keyPath: WritableKeyPath<Plan, [Appropriation]> { \.actionPlan.appropriations }
    public var title: String { "\(source.label) \(year)" }
}

/// Who appropriates: the budgets a national plan is financed from.
public enum AppropriationSource: String, Choice {
    case stateBudget, localBudget, socialSecurityFund, earmarkedLevy, other
    public var label: String {
        switch self {
        case .stateBudget: "State budget"
        case .localBudget: "Local budgets"
        case .socialSecurityFund: "Social security fund"
        case .earmarkedLevy: "Earmarked levy"
        case .other: "Other"
        }
    }

    /// At most 14 characters, for tables.
    public var shortLabel: String {
        switch self {
        case .socialSecurityFund: "SS fund"
        case .earmarkedLevy: "Earmarked tax"
        default: label
        }
    }
}

/// Where an appropriation stands in the budget process.
public enum AppropriationStatus: String, Choice {
    case requested, voted, released
    public var label: String {
        switch self {
        case .requested: "Requested"
        case .voted: "Voted"
        case .released: "Released"
        }
    }
}
