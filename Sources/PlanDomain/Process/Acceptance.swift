/// Evidence of whether the public accepts the strategy, a measure, or the burden it brings: a
/// survey, a consultation, media coverage (the guide: inform and involve the population "in order
/// to help gain acceptance ... especially for everyone's expected financial burden").
public struct AcceptanceEvidence: PlanEntity {
    public var id: EntityID
    public var kind: EvidenceKind = .survey
    public var title = ""
    public var date: Day?
    /// Who ran it, or the outlet.
    public var source = ""
    /// Respondents or participants.
    public var size: Double?
    public var stance: Stance = .notClear
    /// Share in favour, where it was measured.
    public var supportPercent: Double?
    /// What it shows, in a sentence or two.
    public var summary = ""
    /// The measures it concerns; none for the strategy as a whole.
    public var measureIds: [EntityID] = []
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .acceptance }
    public static var keyPath: WritableKeyPath<Plan, [AcceptanceEvidence]> { \.strategy.acceptance }
}

public enum EvidenceKind: String, Choice {
    case survey, consultation, focusGroup, media, petition, other
    public var label: String {
        switch self {
        case .survey: "Survey"
        case .consultation: "Consultation"
        case .focusGroup: "Focus group"
        case .media: "Media"
        case .petition: "Petition or letter"
        case .other: "Other"
        }
    }
}

public enum Stance: String, Choice {
    case notClear, supportive, mixed, opposed
    public var label: String {
        switch self {
        case .notClear: "Not clear"
        case .supportive: "Supportive"
        case .mixed: "Mixed"
        case .opposed: "Opposed"
        }
    }
}
