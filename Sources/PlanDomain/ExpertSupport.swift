/// Support from social security experts and specialists at one or more stages: who, which
/// stages, when, and how many person-days (the guide's "support from experts at all stages").
public struct ExpertSupport: PlanEntity {
    public var id: EntityID
    /// The expert or team, by name ("ILO actuarial team", "J. Mwangi, legal drafter").
    public var expert = ""
    /// The organisation that provides or pays for the expert, a stakeholder id.
    public var providerId: EntityID?
    /// What the expert does.
    public var topic = ""
    public var stages: [PlanStep] = []
    public var start: Day?
    public var finish: Day?
    public var personDays = 0.0
    /// The pledge that pays for it, when a partner pledged the time.
    public var pledgeId: EntityID?
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .expertSupport }
    public static var keyPath: WritableKeyPath<Plan, [ExpertSupport]> { \.foundations.expertSupport }
    public var title: String { expert }
}

extension StakeholderKind {
    /// Partners who should take part from the start: the social partners, civil society and the
    /// development partners.
    public var isPartner: Bool {
        self == .employers || self == .workers || self == .civilSociety || self == .developmentPartner
    }
}

extension Plan {
    /// The day a stakeholder first took part, from the consultation log: the earliest dated
    /// consultation that lists them; nil when none does.
    public func firstInvolvement(of stakeholderId: EntityID) -> Day? {
        strategy.consultations.filter { $0.stakeholderIds.contains(stakeholderId) }.compactMap(\.date).min()
    }

    /// `firstInvolvement(of:)` of every stakeholder a dated consultation lists, in one pass over the
    /// consultation log (not one pass per stakeholder: a national plan has hundreds).
    public func firstInvolvements() -> [EntityID: Day] {
        var first: [EntityID: Day] = [:]
        for consultation in strategy.consultations {
            guard let date = consultation.date else { continue }
            for id in consultation.stakeholderIds where first[id].map({ date < $0 }) ?? true { first[id] = date }
        }
        return first
    }

    /// The person-days of expert support recorded for `step`.
    public func expertDays(at step: PlanStep) -> Double {
        foundations.expertSupport.filter { $0.stages.contains(step) }.reduce(0) { $0 + $1.personDays }
    }
}
