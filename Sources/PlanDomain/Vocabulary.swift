/// A closed list of choices with a label a user reads.
public protocol Choice: CaseIterable, Codable, Hashable, Sendable, RawRepresentable where RawValue == String {
    var label: String { get }
}

/// The nine branches of ILO Convention 102.
public enum Contingency: String, Choice {
    case medicalCare, sickness, unemployment, oldAge, employmentInjury, family, maternity, invalidity, survivors
    public var label: String {
        switch self {
        case .medicalCare: "Medical care"
        case .sickness: "Sickness"
        case .unemployment: "Unemployment"
        case .oldAge: "Old age"
        case .employmentInjury: "Employment injury"
        case .family: "Family (child)"
        case .maternity: "Maternity"
        case .invalidity: "Invalidity"
        case .survivors: "Survivors"
        }
    }
}

public enum StakeholderKind: String, Choice {
    case government, socialSecurityInstitution, employers, workers, civilSociety, microInsurance,
         developmentPartner, expert
    public var label: String {
        switch self {
        case .government: "Government"
        case .socialSecurityInstitution: "Social security institution"
        case .employers: "Employers' organisation"
        case .workers: "Workers' organisation"
        case .civilSociety: "Civil society"
        case .microInsurance: "Micro-insurance"
        case .developmentPartner: "Development partner"
        case .expert: "Expert"
        }
    }
    /// Development partners and experts advise; the national stakeholders decide (priorities are
    /// set by national constituents).
    public var isAdvisory: Bool { self == .developmentPartner || self == .expert }
}

/// The five dimensions a plan touches.
public enum Dimension: String, Choice {
    case political, socialDialogue, legislative, technical, financial
    public var label: String {
        switch self {
        case .political: "Political"
        case .socialDialogue: "Social dialogue"
        case .legislative: "Legislative"
        case .technical: "Technical"
        case .financial: "Financial"
        }
    }
}

/// How far a readiness criterion is met; `notAssessed` (the default of a new criterion) says no
/// one has judged it yet, and does not count as an assessment.
public enum ReadinessStatus: String, Choice {
    case notAssessed, notMet, partlyMet, met
    public var label: String {
        switch self {
        case .notAssessed: "Not assessed"
        case .notMet: "Not met"
        case .partlyMet: "Partly met"
        case .met: "Met"
        }
    }
}

public enum SchemeType: String, Choice {
    case socialInsurance, providentFund, socialAssistance, universal, categorical, microInsurance, communityBased,
         employerLiability
    public var label: String {
        switch self {
        case .socialInsurance: "Social insurance"
        case .providentFund: "Provident fund"
        case .socialAssistance: "Social assistance"
        case .universal: "Universal benefit"
        case .categorical: "Categorical benefit"
        case .microInsurance: "Micro-insurance"
        case .communityBased: "Community-based scheme"
        case .employerLiability: "Employer liability"
        }
    }
    /// Formal schemes are those a law, a regulation or a registered contract sets up: all but the
    /// community-based mechanisms (family and community solidarity, burial societies, savings groups),
    /// which are the informal ones. Micro-insurance is formal (a regulated insurance contract) but not
    /// statutory.
    public var isFormal: Bool { self != .communityBased }
    /// Statutory schemes are set up by law and count towards SDG 1.3.1; micro-insurance and
    /// community-based schemes are voluntary and do not.
    public var isStatutory: Bool { self != .microInsurance && self != .communityBased }
    /// Schemes financed by their members' (and employers') contributions.
    public var isContributory: Bool { self == .socialInsurance || self == .providentFund || self == .microInsurance }
    /// How the inventory describes the kind of mechanism: "statutory", "formal, non-statutory", "informal".
    public var formality: String {
        isStatutory ? "statutory" : (isFormal ? "formal, non-statutory" : "informal")
    }
}

public enum FinancingSource: String, Choice {
    case employerContributions, insuredContributions, generalRevenue, coPayments, other
    public var label: String {
        switch self {
        case .employerContributions: "Employer contributions"
        case .insuredContributions: "Insured contributions"
        case .generalRevenue: "General revenue"
        case .coPayments: "Co-payments"
        case .other: "Other"
        }
    }
}

public enum FinancingModel: String, Choice {
    case contributory, taxFinanced, mixed
    public var label: String {
        switch self {
        case .contributory: "Contributory"
        case .taxFinanced: "Tax-financed"
        case .mixed: "Mixed"
        }
    }
}

/// The assessor's rating of a coverage cell; `notApplicable` marks cells that make no sense
/// (children and old age), which are neither coverage nor gaps.
public enum CoverageRating: String, Choice {
    case none, low, partial, high, full
    case notApplicable
    public var label: String {
        switch self {
        case .none: "No coverage"
        case .low: "Low"
        case .partial: "Partial"
        case .high: "High"
        case .full: "Full"
        case .notApplicable: "Not applicable"
        }
    }
}

public enum GapKind: String, Choice {
    case noProvision, lowCoverage, benefitAdequacy, policyGap, implementationIssue
    public var label: String {
        switch self {
        case .noProvision: "No provision"
        case .lowCoverage: "Low coverage"
        case .benefitAdequacy: "Benefit adequacy"
        case .policyGap: "Policy gap"
        case .implementationIssue: "Implementation issue"
        }
    }
}

public enum ReasonKind: String, Choice {
    case preventPoverty, reducePoverty, redistributeIncome, other
    public var label: String {
        switch self {
        case .preventPoverty: "Prevent poverty"
        case .reducePoverty: "Reduce existing poverty"
        case .redistributeIncome: "Distribute income more equitably"
        case .other: "Other"
        }
    }
}

public enum BenefitKind: String, Choice {
    case cash, inKind, service
    public var label: String {
        switch self {
        case .cash: "Cash"
        case .inKind: "In kind"
        case .service: "Service"
        }
    }
}

/// How a measure's annual benefit moves from year to year.
public enum Indexation: String, Choice {
    case inflation, shareOfPovertyLine, shareOfMinimumWage, fixed
    public var label: String {
        switch self {
        case .inflation: "Indexed to inflation"
        case .shareOfPovertyLine: "Share of the poverty line"
        case .shareOfMinimumWage: "Share of the minimum wage"
        case .fixed: "Fixed"
        }
    }
}

/// What an administrative rate is a share of.
public enum AdministrativeBasis: String, Choice {
    case benefits, grossSpending, contributions
    public var label: String {
        switch self {
        case .benefits: "Share of benefits"
        case .grossSpending: "Share of gross spending"
        case .contributions: "Share of contributions"
        }
    }
    /// "of benefits", "of gross spending", "of contributions".
    public var phrase: String {
        switch self {
        case .benefits: "of benefits"
        case .grossSpending: "of gross spending"
        case .contributions: "of contributions"
        }
    }
}

/// Where the law a measure needs stands.
public enum LegislationStatus: String, Choice {
    case notNeeded, toDraft, drafted, tabled, passed
    public var label: String {
        switch self {
        case .notNeeded: "No new law needed"
        case .toDraft: "To be drafted"
        case .drafted: "Drafted"
        case .tabled: "Tabled in Parliament"
        case .passed: "Passed"
        }
    }
}

public enum InstitutionFunction: String, Choice {
    case policy, regulation, financing, administration, monitoring
    public var label: String {
        switch self {
        case .policy: "Policy"
        case .regulation: "Regulation"
        case .financing: "Financing"
        case .administration: "Administration and delivery"
        case .monitoring: "Monitoring"
        }
    }
}

public enum Involvement: String, Choice {
    case lead, support, consulted, informed
    public var label: String {
        switch self {
        case .lead: "Lead"
        case .support: "Support"
        case .consulted: "Consulted"
        case .informed: "Informed"
        }
    }
}

/// The approval path, in order.
public enum ApprovalStage: String, Choice {
    case technicalValidation, socialPartners, civilSociety, government, parliament
    public var label: String {
        switch self {
        case .technicalValidation: "Technical validation"
        case .socialPartners: "Social partners"
        case .civilSociety: "Civil society"
        case .government: "Government"
        case .parliament: "Parliament"
        }
    }
    public var order: Int { Self.allCases.firstIndex(of: self)! }
}

public enum ApprovalStatus: String, Choice {
    case pending, inProgress, approved, rejected
    public var label: String {
        switch self {
        case .pending: "Pending"
        case .inProgress: "In progress"
        case .approved: "Approved"
        case .rejected: "Rejected"
        }
    }
}

public enum ActionStatus: String, Choice {
    case planned, inProgress, done, cancelled
    public var label: String {
        switch self {
        case .planned: "Planned"
        case .inProgress: "In progress"
        case .done: "Done"
        case .cancelled: "Cancelled"
        }
    }
}

public enum ActivityStatus: String, Choice {
    case notStarted, inProgress, done, delayed, cancelled
    public var label: String {
        switch self {
        case .notStarted: "Not started"
        case .inProgress: "In progress"
        case .done: "Done"
        case .delayed: "Delayed"
        case .cancelled: "Cancelled"
        }
    }
}

public enum DependencyType: String, Choice {
    case finishToStart, startToStart
    public var label: String {
        switch self {
        case .finishToStart: "Finish to start"
        case .startToStart: "Start to start"
        }
    }
}

public enum AdminFunction: String, Choice {
    case registration, collection, payment, informationSystem, complaints
    public var label: String {
        switch self {
        case .registration: "Registration"
        case .collection: "Contribution collection"
        case .payment: "Benefit payment"
        case .informationSystem: "Information system"
        case .complaints: "Complaints and appeals"
        }
    }
}

public enum CapacityRating: String, Choice {
    case absent, weak, adequate, strong
    public var label: String {
        switch self {
        case .absent: "Absent"
        case .weak: "Weak"
        case .adequate: "Adequate"
        case .strong: "Strong"
        }
    }
}

public enum Frequency: String, Choice {
    case monthly, quarterly, yearly, biennial, endOfPlan
    public var label: String {
        switch self {
        case .monthly: "Monthly"
        case .quarterly: "Quarterly"
        case .yearly: "Yearly"
        case .biennial: "Every two years"
        case .endOfPlan: "End of plan"
        }
    }
}

/// The evaluation criteria: the six OECD-DAC criteria (revised in 2019, coherence added), then the
/// ILO's cross-cutting criteria.
public enum EvaluationCriterion: String, Choice {
    case relevance, coherence, effectiveness, efficiency, impact, sustainability
    case genderEquality, socialDialogue, labourStandards, justTransition
    public var label: String {
        switch self {
        case .relevance: "Relevance"
        case .coherence: "Coherence"
        case .effectiveness: "Effectiveness"
        case .efficiency: "Efficiency"
        case .impact: "Impact"
        case .sustainability: "Sustainability"
        case .genderEquality: "Gender equality and non-discrimination"
        case .socialDialogue: "Tripartism and social dialogue"
        case .labourStandards: "International labour standards"
        case .justTransition: "Just transition"
        }
    }
    /// One of the six OECD-DAC criteria (the others are the ILO's cross-cutting ones).
    public var isDAC: Bool { Self.dac.contains(self) }
    public static let dac: [EvaluationCriterion] = [.relevance, .coherence, .effectiveness, .efficiency, .impact, .sustainability]
}

public enum Sex: String, Choice {
    case all, female, male
    public var label: String {
        switch self {
        case .all: "All"
        case .female: "Female"
        case .male: "Male"
        }
    }
}
