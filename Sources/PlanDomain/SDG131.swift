/// SDG indicator 1.3.1, the ILO way: the share of the population covered by at least one social
/// protection cash benefit, counting each person once.
///
/// Persons protected = active contributors plus persons receiving at least one cash benefit,
/// contributory or not. Left out: health care and sickness-only provision (measured apart), legal
/// coverage without contributions or benefits (an employer-liability law nobody claims under), and
/// non-statutory mechanisms (micro-insurance, community-based schemes).
///
/// It is computed over the groups the plan marks as a partition of the population, in the plan's
/// base year. In each group a scheme counts its contributors plus its beneficiaries there once,
/// however many branches it covers; schemes are combined as `Overlap` says (branches of one scheme
/// counted once, schemes exclusive by law added up, others assumed to overlap independently). The
/// estimate is the single figure; lower and upper (full and no overlap) are its uncertainty.
///
/// The components the ILO publishes come beside it, each over its own reference population
/// (`ReferencePopulation`), counting beneficiaries of the branch that protects it.
public struct SDG131: Encodable, Equatable, Sendable {
    public struct GroupBounds: Encodable, Equatable, Sendable {
        public var groupId: EntityID
        public var name: String
        public var size: Double
        public var estimatePersons: Double
        public var lowerPersons: Double
        public var upperPersons: Double
        /// Contributors plus beneficiaries, per counted scheme.
        public var counts: [SchemeCount]
    }

    /// A scheme left out, and why.
    public struct Exclusion: Encodable, Equatable, Sendable {
        public var schemeId: EntityID
        public var reason: String
    }

    /// One of the ratios the ILO publishes beside the headline figure.
    public struct Component: Encodable, Equatable, Sendable {
        public var reference: ReferencePopulation
        public var label: String
        /// The plan's group for the reference population; nil when the plan marks none.
        public var groupId: EntityID?
        public var size: Double
        public var persons: Double
        public var percent: Double?
        /// What counts: "child and family benefit recipients".
        public var counting: String
    }

    public static let method = """
        Share of the population that actively contributes to a social protection scheme or receives at least one \
        cash benefit, contributory or not, each person counted once, over the groups marked as a partition of the \
        population (sizes in the base year). Health care and sickness benefits, legal coverage without \
        contributions or benefits, and non-statutory schemes (micro-insurance, community-based) are left out. \
        A scheme counts its contributors and beneficiaries in a group once, whatever its branches. \
        \(Overlap.assumption) \
        The range gives the uncertainty of that assumption.
        """

    public var year: Int
    public var groups: [GroupBounds]
    public var population: Double
    public var estimatePersons: Double
    public var lowerPersons: Double
    public var upperPersons: Double
    /// Nil when no group is marked as part of the partition (or their sizes add up to nothing).
    public var estimatePercent: Double?
    public var lowerPercent: Double?
    public var upperPercent: Double?
    public var components: [Component]
    /// The schemes left out.
    public var excludedSchemeIds: [EntityID]
    public var exclusions: [Exclusion]
    public var method: String

    public init(plan: Plan) {
        year = plan.meta.baseYear
        method = Self.method
        let schemes = plan.stocktake.schemes
        let relations = SchemeRelations(schemes)
        let counted = schemes.filter { Self.exclusion(of: $0) == nil }
        exclusions = schemes.compactMap { scheme in Self.exclusion(of: scheme).map { Exclusion(schemeId: scheme.id, reason: $0) } }
        excludedSchemeIds = exclusions.map(\.schemeId)
        groups = plan.stocktake.groups.filter(\.partOfPartition).map { group in
            let size = CoverageMatrix.size(of: group, in: plan.meta.baseYear)
            let counts = counted.compactMap { scheme -> SchemeCount? in
                let found = (scheme.recipients + scheme.activeContributors).contains { $0.groupId == group.id }
                return found ? SchemeCount(schemeId: scheme.id, count: scheme.effective(in: group.id)) : nil
            }
            let overlap = Overlap.combine(counts, size: size, schemes: relations)
            return GroupBounds(groupId: group.id, name: group.name, size: size, estimatePersons: overlap.estimate,
                               lowerPersons: overlap.lower, upperPersons: overlap.upper, counts: counts)
        }
        population = groups.reduce(0) { $0 + $1.size }
        estimatePersons = groups.reduce(0) { $0 + $1.estimatePersons }
        lowerPersons = groups.reduce(0) { $0 + $1.lowerPersons }
        upperPersons = groups.reduce(0) { $0 + $1.upperPersons }
        if population > 0 {
            estimatePercent = estimatePersons / population * 100
            lowerPercent = lowerPersons / population * 100
            upperPercent = upperPersons / population * 100
        }
        components = Self.componentReferences.map { reference, counting, qualifies in
            let group = plan.group(for: reference)
            let size = group.map { CoverageMatrix.size(of: $0, in: plan.meta.baseYear) } ?? 0
            var persons = 0.0
            if let group {
                let counts = counted.filter(qualifies).map { SchemeCount(schemeId: $0.id, count: $0.receiving(in: group.id)) }
                persons = Overlap.combine(counts, size: size, schemes: relations).estimate
            }
            return Component(reference: reference, label: reference.label, groupId: group?.id, size: size,
                             persons: persons, percent: size > 0 ? min(100, persons / size * 100) : nil,
                             counting: counting)
        }
    }

    /// The components, what they count and which schemes qualify (statutory cash schemes only).
    static let componentReferences: [(ReferencePopulation, String, @Sendable (Scheme) -> Bool)] = [
        (.children, "child and family benefit recipients", { $0.contingencies.contains(.family) }),
        (.mothersOfNewborns, "maternity cash benefit recipients", { $0.contingencies.contains(.maternity) }),
        (.severeDisability, "disability benefit recipients", { $0.contingencies.contains(.invalidity) }),
        (.unemployed, "unemployment benefit recipients", { $0.contingencies.contains(.unemployment) }),
        (.olderPersons, "old-age pension recipients", { $0.contingencies.contains(.oldAge) }),
        (.vulnerable, "non-contributory benefit recipients", { !$0.type.isContributory && $0.type != .employerLiability }),
    ]

    /// Why a scheme does not count towards SDG 1.3.1, or nil when it counts.
    public static func exclusion(of scheme: Scheme) -> String? {
        if !scheme.type.isStatutory { return "\(scheme.type.label.lowercased()) is not statutory" }
        if !scheme.paysCashBenefits { return "health care or sickness only" }
        return nil
    }

    /// Whether a scheme counts towards SDG 1.3.1: statutory, and paying a cash benefit besides
    /// sickness.
    public static func counts(_ scheme: Scheme) -> Bool { exclusion(of: scheme) == nil }
}

extension Plan {
    public var sdg131: SDG131 { SDG131(plan: self) }
}
