/// A measure's financial, administrative, legal and political implications, the reasons the guide
/// gives for Government and Parliament to accept the strategy: each a level, with the facts that
/// make it so as fields of their own. The cost itself comes from the cost model; the law a
/// measure needs from its legislation fields.
public struct Implications: Codable, Equatable, Sendable {
    public var financial: ImpactLevel = .notAssessed
    /// Where the money beyond today's budget lines comes from.
    public var financing: FinancingNeed = .notAssessed
    public var administrative: ImpactLevel = .notAssessed
    /// The administrative functions the delivering institution must build or extend.
    public var functions: [AdminFunction] = []
    /// Additional staff, in full-time equivalents.
    public var staff: Double?
    public var legal: ImpactLevel = .notAssessed
    /// The kind of legal act it needs.
    public var instrument: LegalInstrument = .notAssessed
    public var political: ImpactLevel = .notAssessed
    /// Who must decide it.
    public var decidedBy: ApprovalStage?
    /// Stakeholders who support it, and who oppose it.
    public var supporterIds: [EntityID] = []
    public var opponentIds: [EntityID] = []
    public init() {}

    /// The four implications with their levels, in the guide's order.
    public var levels: [(area: ImplicationArea, level: ImpactLevel)] {
        [(.financial, financial), (.administrative, administrative), (.legal, legal), (.political, political)]
    }
}

public enum ImplicationArea: String, CaseIterable, Sendable {
    case financial, administrative, legal, political
    public var label: String { rawValue }
}

public enum ImpactLevel: String, Choice {
    case notAssessed, none, low, medium, high
    public var label: String {
        switch self {
        case .notAssessed: "Not assessed"
        case .none: "None"
        case .low: "Low"
        case .medium: "Medium"
        case .high: "High"
        }
    }
}

/// How a measure's extra cost is met.
public enum FinancingNeed: String, Choice {
    case notAssessed, existingBudget, reallocation, newContribution, newTax, externalFunding
    public var label: String {
        switch self {
        case .notAssessed: "Not assessed"
        case .existingBudget: "Within existing budget lines"
        case .reallocation: "Reallocated public spending"
        case .newContribution: "A new or higher contribution"
        case .newTax: "A new or higher tax"
        case .externalFunding: "External funding for a time"
        }
    }
}

/// The legal act a measure needs.
public enum LegalInstrument: String, Choice {
    case notAssessed, none, administrativeRule, regulation, amendment, newLaw
    public var label: String {
        switch self {
        case .notAssessed: "Not assessed"
        case .none: "None"
        case .administrativeRule: "Administrative rule or circular"
        case .regulation: "Regulation or decree"
        case .amendment: "Amendment of an existing law"
        case .newLaw: "A new law"
        }
    }
}
