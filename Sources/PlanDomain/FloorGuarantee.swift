/// The four basic social security guarantees of a national social protection floor
/// (ILO Recommendation 202, paragraph 5), in the order the Recommendation lists them.
public enum Guarantee: String, Choice {
    /// (a) access to essential health care, including maternity care.
    case healthCare
    /// (b) basic income security for children.
    case children
    /// (c) basic income security for persons of working age unable to earn sufficient income, in
    /// particular in cases of sickness, unemployment, maternity and disability.
    case workingAge
    /// (d) basic income security for older persons.
    case olderPersons

    public var label: String {
        switch self {
        case .healthCare: "Essential health care, incl. maternity care"
        case .children: "Income security for children"
        case .workingAge: "Income security in working age"
        case .olderPersons: "Income security for older persons"
        }
    }

    /// A short name for narrow columns.
    public var shortLabel: String {
        switch self {
        case .healthCare: "Health care"
        case .children: "Children"
        case .workingAge: "Working age"
        case .olderPersons: "Older persons"
        }
    }

    /// The paragraph of R202 that states it.
    public var paragraph: String {
        switch self {
        case .healthCare: "R202 5(a)"
        case .children: "R202 5(b)"
        case .workingAge: "R202 5(c)"
        case .olderPersons: "R202 5(d)"
        }
    }

    /// The C102 branches under the guarantee.
    public var contingencies: [Contingency] { Contingency.allCases.filter { Guarantee.of($0) == self } }

    /// The reference population whose coverage measures the guarantee: every resident for health
    /// care (nil), children, persons above pensionable age, and for working age the working-age
    /// population.
    public var reference: ReferencePopulation? {
        switch self {
        case .healthCare: nil
        case .children: .children
        case .workingAge: .workingAge
        case .olderPersons: .olderPersons
        }
    }

    /// The guarantee a branch falls under: medical care under health care; family benefits under
    /// children; old age under older persons; sickness, unemployment, maternity (cash), employment
    /// injury and invalidity under working age. Survivors' benefits go to the guarantee of the
    /// group they are paid to (orphans: children; widows and widowers of working age: working
    /// age) and, when no group says, to older persons, where most survivors' pensions are paid
    /// (docs/DECISIONS.md).
    public static func of(_ contingency: Contingency, for reference: ReferencePopulation? = nil) -> Guarantee {
        switch contingency {
        case .medicalCare: .healthCare
        case .family: .children
        case .oldAge: .olderPersons
        case .sickness, .unemployment, .maternity, .employmentInjury, .invalidity: .workingAge
        case .survivors:
            switch reference {
            case .children: .children
            case .workingAge, .employed: .workingAge
            default: .olderPersons
            }
        }
    }
}

/// The populations the ILO World Social Protection Report computes its coverage ratios over; a
/// plan marks which of its population groups stands for each.
public enum ReferencePopulation: String, Choice {
    case children, olderPersons, mothersOfNewborns, severeDisability, unemployed, employed, workingAge, vulnerable

    public var label: String {
        switch self {
        case .children: "Children"
        case .olderPersons: "Persons above pensionable age"
        case .mothersOfNewborns: "Women giving birth"
        case .severeDisability: "Persons with severe disabilities"
        case .unemployed: "Unemployed persons"
        case .employed: "Employed persons"
        case .workingAge: "Working-age population"
        case .vulnerable: "Vulnerable persons"
        }
    }

    /// The branches that can be a gap for a group of this population: a branch that cannot apply
    /// to it (old age for children, invalidity for women giving birth) is never a gap there.
    public var applicable: Set<Contingency> {
        switch self {
        case .children: [.medicalCare, .family, .survivors]
        case .olderPersons: [.medicalCare, .oldAge, .survivors]
        case .mothersOfNewborns: [.medicalCare, .maternity]
        case .severeDisability: [.medicalCare, .invalidity]
        case .unemployed: [.medicalCare, .unemployment]
        case .employed: [.medicalCare, .sickness, .unemployment, .oldAge, .employmentInjury, .maternity, .invalidity,
                         .survivors]
        case .workingAge: [.medicalCare, .sickness, .unemployment, .oldAge, .maternity, .invalidity, .survivors]
        case .vulnerable: [.medicalCare, .family, .oldAge, .invalidity, .unemployment, .maternity]
        }
    }

    /// The reference population of a branch's coverage ratio (World Social Protection Report):
    /// children for family benefits, persons above pensionable age for old age, women giving birth
    /// for maternity, persons with severe disabilities for invalidity, the unemployed for
    /// unemployment, the employed for sickness and employment injury. Nil for medical care (the
    /// whole population) and survivors (no ILO ratio).
    public static func of(_ contingency: Contingency) -> ReferencePopulation? {
        switch contingency {
        case .medicalCare, .survivors: nil
        case .sickness, .employmentInjury: .employed
        case .unemployment: .unemployed
        case .oldAge: .olderPersons
        case .family: .children
        case .maternity: .mothersOfNewborns
        case .invalidity: .severeDisability
        }
    }
}

extension Contingency {
    /// The R202 guarantee the branch falls under (see `Guarantee.of`).
    public var guarantee: Guarantee { Guarantee.of(self) }
}

extension Plan {
    /// The plan's group that stands for a reference population: of the groups marked with it, the
    /// largest in the base year (the whole population, not a part of it such as formal employees),
    /// preferring groups of both sexes; the first in plan order on a tie.
    public func group(for reference: ReferencePopulation) -> PopulationGroup? {
        let marked = stocktake.groups.filter { $0.reference == reference }
        let candidates = marked.contains { $0.sex == .all } ? marked.filter { $0.sex == .all } : marked
        var best: (group: PopulationGroup, size: Double)?
        for group in candidates {
            let size = CoverageMatrix.size(of: group, in: meta.baseYear)
            if best == nil || size > best!.size { best = (group, size) }
        }
        return best?.group
    }
}
