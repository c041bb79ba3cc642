/// The words of monitoring and evaluation: levels of the results chain, how an indicator should
/// move, who reports to whom, risks, evaluations and management responses.

/// A level of the results chain: outputs lead to outcomes, outcomes to the impact.
public enum ResultLevel: String, Choice {
    case impact, outcome, output
    public var label: String {
        switch self {
        case .impact: "Impact"
        case .outcome: "Outcome"
        case .output: "Output"
        }
    }
}

/// Which way an indicator should move for the plan to be on track.
public enum IndicatorDirection: String, Choice {
    /// Higher is better: the value should reach the target or go above it.
    case up
    /// Lower is better: the value should reach the target or go below it.
    case down
    /// The value should stay within the tolerance either side of the target.
    case range
    public var label: String {
        switch self {
        case .up: "Up (higher is better)"
        case .down: "Down (lower is better)"
        case .range: "Range (stay near the target)"
        }
    }
}

/// Where an indicator stands against its target.
public enum ProgressStatus: String, Codable, Sendable, CaseIterable, Comparable {
    case onTrack, atRisk, offTrack, noData, noTarget
    public var label: String {
        switch self {
        case .onTrack: "on track"
        case .atRisk: "at risk"
        case .offTrack: "off track"
        case .noData: "no data"
        case .noTarget: "no target"
        }
    }
    public static func < (a: ProgressStatus, b: ProgressStatus) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A ready-made indicator Socle computes from the stocktake: SDG 1.3.1 and the ILO's coverage
/// ratios, each over its reference population in the base year.
public enum ComputedIndicator: String, Choice {
    case sdg131, children, mothersOfNewborns, severeDisability, unemployed, olderPersons, vulnerable
    public var label: String {
        switch self {
        case .sdg131: "SDG 1.3.1: population covered by at least one benefit"
        case .children: "SDG 1.3.1 children: child and family benefits"
        case .mothersOfNewborns: "SDG 1.3.1 mothers of newborns: maternity cash benefits"
        case .severeDisability: "SDG 1.3.1 persons with severe disabilities: disability benefits"
        case .unemployed: "SDG 1.3.1 unemployed: unemployment benefits"
        case .olderPersons: "SDG 1.3.1 older persons: old-age pensions"
        case .vulnerable: "SDG 1.3.1 vulnerable persons: non-contributory benefits"
        }
    }
}

/// Who a report goes to.
public enum ReportAudience: String, Choice {
    case steeringCommittee, cabinet, parliament, ilo, developmentPartners, general
    public var label: String {
        switch self {
        case .steeringCommittee: "Steering committee"
        case .cabinet: "Cabinet"
        case .parliament: "Parliament"
        case .ilo: "ILO"
        case .developmentPartners: "Development partners"
        case .general: "The public"
        }
    }
}

/// A risk's likelihood or impact, 1 (low) to 3 (high).
public enum RiskLevel: String, Choice {
    case low, medium, high
    public var label: String {
        switch self {
        case .low: "Low"
        case .medium: "Medium"
        case .high: "High"
        }
    }
    public var score: Int {
        switch self {
        case .low: 1
        case .medium: 2
        case .high: 3
        }
    }
}

public enum RiskStatus: String, Choice {
    case open, mitigated, occurred, closed
    public var label: String {
        switch self {
        case .open: "Open"
        case .mitigated: "Mitigated"
        case .occurred: "Occurred"
        case .closed: "Closed"
        }
    }
}

/// The kinds of evaluation a strategy plans.
public enum EvaluationType: String, Choice {
    case midTerm, final, thematic, impact
    public var label: String {
        switch self {
        case .midTerm: "Mid-term"
        case .final: "Final"
        case .thematic: "Thematic"
        case .impact: "Impact"
        }
    }
}

/// Who evaluates, and how far from those who run the plan.
public enum Independence: String, Choice {
    case internalReview, external, independent, joint
    public var label: String {
        switch self {
        case .internalReview: "Internal (self-evaluation)"
        case .external: "External (commissioned by the ministry)"
        case .independent: "Independent (evaluation office)"
        case .joint: "Joint (government and partners)"
        }
    }
}

/// Management's answer to a recommendation.
public enum ManagementResponse: String, Choice {
    case pending, accepted, partlyAccepted, rejected
    public var label: String {
        switch self {
        case .pending: "No response yet"
        case .accepted: "Accepted"
        case .partlyAccepted: "Partly accepted"
        case .rejected: "Rejected"
        }
    }
}

/// Where the promised action stands.
public enum FollowUpStatus: String, Choice {
    case notStarted, inProgress, done, dropped
    public var label: String {
        switch self {
        case .notStarted: "Not started"
        case .inProgress: "In progress"
        case .done: "Done"
        case .dropped: "Dropped"
        }
    }
    /// Whether the follow-up still has to happen.
    public var isOpen: Bool { self == .notStarted || self == .inProgress }
}
