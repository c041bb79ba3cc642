/// Coverage of one C102 branch over its own reference population, as the ILO World Social
/// Protection Report computes its ratios: children receiving family benefits over all children,
/// pensioners over persons above pensionable age, and so on (`ReferencePopulation.of`). Medical
/// care is measured over the whole population (the groups marked as its partition); survivors have
/// no ILO ratio.
///
/// The three measures are kept apart: legal coverage, active contributors and beneficiaries, each
/// combined across the statutory schemes covering the branch as `Overlap` says. Effective coverage
/// is contributors plus beneficiaries (combined the same way), over the reference population.
public struct BranchCoverage: Encodable, Equatable, Sendable {
    public var contingency: Contingency
    public var label: String
    public var guarantee: Guarantee
    /// The reference population; nil for medical care (the whole population) and survivors.
    public var reference: ReferencePopulation?
    /// The plan's group for it (nil for the whole population, or when the plan marks none).
    public var groupId: EntityID?
    /// The reference population's size in the base year (for medical care, the partition's).
    public var size: Double
    /// The statutory schemes covering the branch.
    public var schemeIds: [EntityID]
    public var legalPersons: Double
    public var contributorPersons: Double
    public var beneficiaryPersons: Double
    public var effectivePersons: Double
    /// Effective coverage in percent; nil when there is no reference population to measure it over.
    public var effectivePercent: Double?
    public var legalPercent: Double?
    /// Why there is no ratio, when there is none.
    public var note: String?

    init(_ contingency: Contingency, plan: Plan, relations: SchemeRelations) {
        self.contingency = contingency
        label = contingency.label
        guarantee = contingency.guarantee
        reference = ReferencePopulation.of(contingency)
        let year = plan.meta.baseYear
        let schemes = plan.stocktake.schemes.filter { $0.type.isStatutory && $0.contingencies.contains(contingency) }
        schemeIds = schemes.map(\.id)
        var groups: [(id: EntityID, size: Double)] = []
        if contingency == .medicalCare {
            groups = plan.stocktake.groups.filter(\.partOfPartition).map { ($0.id, CoverageMatrix.size(of: $0, in: year)) }
            note = groups.isEmpty ? "no group is marked as part of the population partition" : nil
        } else if let reference, let group = plan.group(for: reference) {
            groupId = group.id
            groups = [(group.id, CoverageMatrix.size(of: group, in: year))]
        } else {
            note = reference.map { "no group is marked as the reference population \"\($0.label.lowercased())\"" }
                ?? "the ILO publishes no coverage ratio for this branch"
        }
        func persons(_ measure: (Scheme, EntityID) -> Double) -> Double {
            groups.reduce(0) { total, group in
                total + Overlap.combine(schemes.map { SchemeCount(schemeId: $0.id, count: measure($0, group.id)) },
                                        size: group.size, schemes: relations).estimate
            }
        }
        size = groups.reduce(0) { $0 + $1.size }
        legalPersons = persons { $0.legal(in: $1) }
        contributorPersons = persons { $0.contributing(in: $1) }
        beneficiaryPersons = persons { $0.receiving(in: $1) }
        effectivePersons = persons { $0.effective(in: $1) }
        if size > 0 {
            effectivePercent = min(100, effectivePersons / size * 100)
            if schemes.contains(where: { !$0.legalCoverage.isEmpty }) { legalPercent = min(100, legalPersons / size * 100) }
        }
    }
}

/// Where the social protection floor stands on one R202 guarantee.
public struct GuaranteeStatus: Encodable, Equatable, Sendable {
    public var guarantee: Guarantee
    public var label: String
    public var paragraph: String
    public var branches: [BranchCoverage]
    /// The figure that measures the guarantee: for health care, children and older persons their
    /// branch's effective coverage; for working age the weakest of its branches with a ratio
    /// (a floor is only as good as its weakest guarantee of income).
    public var percent: Double?
    /// The branch that gives `percent`.
    public var measuredBy: Contingency?
    public var band: CoverageBand?
    public var schemeIds: [EntityID]

    init(_ guarantee: Guarantee, branches all: [BranchCoverage], plan: Plan) {
        self.guarantee = guarantee
        label = guarantee.label
        paragraph = guarantee.paragraph
        branches = all.filter { $0.guarantee == guarantee }
        let measured = branches.filter { $0.effectivePercent != nil }
        let weakest = measured.min { $0.effectivePercent! < $1.effectivePercent! }
        percent = weakest?.effectivePercent
        measuredBy = weakest?.contingency
        band = percent.map(CoverageBand.init(percent:))
        schemeIds = plan.stocktake.schemes.filter { plan.guarantees(of: $0).contains(guarantee) }.map(\.id)
    }
}

/// The floor's status per guarantee, with the ILO coverage ratio of every branch.
public struct FloorStatus: Encodable, Equatable, Sendable {
    public var year: Int
    public var branches: [BranchCoverage]
    public var guarantees: [GuaranteeStatus]

    public init(plan: Plan) {
        year = plan.meta.baseYear
        let relations = SchemeRelations(plan.stocktake.schemes)
        branches = Contingency.allCases.map { BranchCoverage($0, plan: plan, relations: relations) }
        let branches = branches
        guarantees = Guarantee.allCases.map { GuaranteeStatus($0, branches: branches, plan: plan) }
    }

    public func branch(_ contingency: Contingency) -> BranchCoverage? { branches.first { $0.contingency == contingency } }
}

extension Plan {
    public var floorStatus: FloorStatus { FloorStatus(plan: self) }

    /// The reference population of a group, by id.
    func reference(ofGroup id: EntityID?) -> ReferencePopulation? {
        guard let id else { return nil }
        return stocktake.groups.first { $0.id == id }?.reference
    }

    /// The guarantees a scheme serves: those of its branches (survivors by the groups it names).
    public func guarantees(of scheme: Scheme) -> [Guarantee] {
        let references = scheme.groupIds.compactMap { reference(ofGroup: $0) }
        var result: [Guarantee] = []
        for contingency in scheme.contingencies {
            let tags = contingency == .survivors && !references.isEmpty
                ? references.map { Guarantee.of(.survivors, for: $0) } : [contingency.guarantee]
            for tag in tags where !result.contains(tag) { result.append(tag) }
        }
        return Guarantee.allCases.filter(result.contains)
    }

    /// The guarantee a measure serves: its branch's, survivors by its target group.
    public func guarantee(of measure: Measure) -> Guarantee {
        Guarantee.of(measure.contingency, for: reference(ofGroup: measure.targetGroupId))
    }

    /// The guarantee a recorded gap concerns: its branch's; without a branch, its group's (children,
    /// older persons, or working age for the working-age populations); nil when neither says.
    public func guarantee(of gap: Gap) -> Guarantee? {
        let reference = reference(ofGroup: gap.groupId)
        if let contingency = gap.contingency { return Guarantee.of(contingency, for: reference) }
        switch reference {
        case .children: return .children
        case .olderPersons: return .olderPersons
        case .mothersOfNewborns, .severeDisability, .unemployed, .employed, .workingAge: return .workingAge
        case .vulnerable, nil: return nil
        }
    }
}
