/// Stage 0: the prerequisites for the process.
public struct Foundations: Codable, Equatable, Sendable {
    public var mandate = Mandate()
    /// The lead ministry, a stakeholder id.
    public var leadMinistryId: EntityID?
    public var stakeholders: [Stakeholder] = []
    public var steeringCommittee: [CommitteeMember] = []
    public var readiness: [ReadinessItem] = []
    /// The register of studies behind the plan (added in schema 4; older files have none).
    public var studies: [Study] = []
    /// Support from experts and specialists, by stage (added in schema 4).
    public var expertSupport: [ExpertSupport] = []
    public init() {}
}

extension Foundations {
    private enum CodingKeys: String, CodingKey {
        case mandate, leadMinistryId, stakeholders, steeringCommittee, readiness, studies, expertSupport
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        mandate = try container.decode(Mandate.self, forKey: .mandate)
        leadMinistryId = try container.decodeIfPresent(EntityID.self, forKey: .leadMinistryId)
        stakeholders = try container.decode([Stakeholder].self, forKey: .stakeholders)
        steeringCommittee = try container.decode([CommitteeMember].self, forKey: .steeringCommittee)
        readiness = try container.decode([ReadinessItem].self, forKey: .readiness)
        studies = try container.decodeIfPresent([Study].self, forKey: .studies) ?? []
        expertSupport = try container.decodeIfPresent([ExpertSupport].self, forKey: .expertSupport) ?? []
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
