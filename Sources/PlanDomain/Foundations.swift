/// Stage 0: the prerequisites for the process.
public struct Foundations: Codable, Equatable, Sendable {
    public var mandate = Mandate()
    /// The lead ministry, a stakeholder id.
    public var leadMinistryId: EntityID?
    public var stakeholders: [Stakeholder] = []
    public var steeringCommittee: [CommitteeMember] = []
    public var readiness: [ReadinessItem] = []
    /// Where the country stands on the ILO social security standards.
    public var standards = Standards()
    /// The register of studies behind the plan (added in schema 4; older files have none).
    public var studies: [Study] = []
    /// Support from experts and specialists, by stage (added in schema 4).
    public var expertSupport: [ExpertSupport] = []
    public init() {}
}

extension Foundations {
    private enum CodingKeys: String, CodingKey {
        case mandate, leadMinistryId, stakeholders, steeringCommittee, readiness, standards, studies, expertSupport
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        mandate = try container.decode(Mandate.self, forKey: .mandate)
        leadMinistryId = try container.decodeIfPresent(EntityID.self, forKey: .leadMinistryId)
        stakeholders = try container.decode([Stakeholder].self, forKey: .stakeholders)
        steeringCommittee = try container.decode([CommitteeMember].self, forKey: .steeringCommittee)
        readiness = try container.decode([ReadinessItem].self, forKey: .readiness)
        standards = try container.decode(Standards.self, forKey: .standards)
        studies = try container.decodeIfPresent([Study].self, forKey: .studies) ?? []
        expertSupport = try container.decodeIfPresent([ExpertSupport].self, forKey: .expertSupport) ?? []
    }
}

/// The country's ratification of the ILO social security conventions (C102 by part) and its
/// recognition of Recommendations 202 and 204. A year means ratified in that year; nil, not ratified.
public struct Standards: Codable, Equatable, Sendable {
    /// The parts of C102 the country accepted: Parts II to X are the nine branches, in order.
    public var c102Parts: [Contingency] = []
    public var c102Year: Int?
    /// Employment injury benefits (1964).
    public var c121Year: Int?
    /// Invalidity, old-age and survivors' benefits (1967).
    public var c128Year: Int?
    /// Medical care and sickness benefits (1969).
    public var c130Year: Int?
    /// Employment promotion and protection against unemployment (1988).
    public var c168Year: Int?
    /// Maternity protection (2000).
    public var c183Year: Int?
    /// The plan states the country builds on Recommendation 202 (social protection floors, 2012).
    public var r202Recognised = false
    /// ... and on Recommendation 204 (transition from the informal to the formal economy, 2015).
    public var r204Recognised = false
    public init() {}
}

extension Contingency {
    /// The part of C102 that sets the branch's minimum standard: "Part II" for medical care to
    /// "Part X" for survivors.
    public var c102Part: String {
        let numerals = ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
        return "Part " + numerals[Contingency.allCases.firstIndex(of: self)!]
    }
}

/// Who mandated the work, by which act, when.
public struct Mandate: Codable, Equatable, Sendable {
    public var authority = ""
    public var instrument = ""
    public var date: Day?
    public var summary = ""
    public init() {}
}

/// Anyone with a part in the process; institutions are stakeholders too.
public struct Stakeholder: PlanEntity {
    public var id: EntityID
    public var name = ""
    public var acronym = ""
    public var kind: StakeholderKind = .government
    /// Their role in the process, in words.
    public var role = ""
    public var contact = ""
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .stakeholder }
    public static var keyPath: WritableKeyPath<Plan, [Stakeholder]> { \.foundations.stakeholders }
    public var title: String { acronym.isEmpty ? name : "\(name) (\(acronym))" }
}

public struct CommitteeMember: PlanEntity {
    public var id: EntityID
    public var name = ""
    /// The stakeholder the member represents.
    public var stakeholderId: EntityID?
    public var position = ""
    public var chair = false
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .committeeMember }
    public static var keyPath: WritableKeyPath<Plan, [CommitteeMember]> { \.foundations.steeringCommittee }
    public var title: String { name }
}

public struct ReadinessItem: PlanEntity {
    public var id: EntityID
    public var dimension: Dimension = .political
    public var criterion = ""
    public var status: ReadinessStatus = .notAssessed
    public var note = ""
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .readiness }
    public static var keyPath: WritableKeyPath<Plan, [ReadinessItem]> { \.foundations.readiness }
    public var title: String { criterion }

    /// One starting question per dimension.
    public static var defaults: [ReadinessItem] {
        let questions: [(Dimension, String)] = [
            (.political, "A formal mandate to prepare the strategy exists"),
            (.socialDialogue, "Employers' and workers' organisations take part"),
            (.legislative, "The legal framework for extension has been reviewed"),
            (.technical, "Data on coverage and population are available"),
            (.financial, "The fiscal space for extension has been estimated"),
        ]
        return questions.enumerated().map { index, pair in
            var item = ReadinessItem(id: "RDY-\(index + 1)")
            item.dimension = pair.0
            item.criterion = pair.1
            return item
        }
    }
}
