/// One technical and financial option for a measure: an alternative way to reach its objective,
/// compared with the others on cost, coverage, feasibility and the five dimensions, so the choice
/// and its reason are on record (the guide: "find technical and financial options adapted to the
/// country's situation").
public struct MeasureOption: PlanEntity {
    public var id: EntityID
    public var measureId: EntityID = ""
    public var name = ""
    public var description = ""
    /// Cost a year at full scale, in the plan's currency.
    public var annualCost: Double?
    /// Persons covered at full scale.
    public var coverage: Double?
    public var feasibility: Fit = .notRated
    /// How well it fits each dimension.
    public var political: Fit = .notRated
    public var socialDialogue: Fit = .notRated
    public var legislative: Fit = .notRated
    public var technical: Fit = .notRated
    public var financial: Fit = .notRated
    public var chosen = false
    /// Why it was chosen, or why not.
    public var reason = ""
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .option }
    public static var keyPath: WritableKeyPath<Plan, [MeasureOption]> { \.strategy.options }
    public var title: String { name }
}

extension MeasureOption {
    /// Its fit in each dimension, in the order of `Dimension.allCases`.
    public var fits: [(dimension: Dimension, fit: Fit)] {
        [(.political, political), (.socialDialogue, socialDialogue), (.legislative, legislative),
         (.technical, technical), (.financial, financial)]
    }

    /// Cost a year per person covered; nil without both figures.
    public var costPerPerson: Double? {
        guard let annualCost, let coverage, coverage > 0 else { return nil }
        return annualCost / coverage
    }

    /// Feasibility and the five dimensions added up (poor 1, fair 2, good 3), out of 18; nil while
    /// any of them is not rated.
    public var score: Int? {
        let all = [feasibility] + fits.map(\.fit)
        guard !all.contains(.notRated) else { return nil }
        return all.map(\.points).reduce(0, +)
    }
}

public enum Fit: String, Choice {
    case notRated, poor, fair, good
    public var label: String {
        switch self {
        case .notRated: "Not rated"
        case .poor: "Poor"
        case .fair: "Fair"
        case .good: "Good"
        }
    }
    /// One letter for the comparison table: - P F G.
    public var letter: String {
        switch self {
        case .notRated: "-"
        case .poor: "P"
        case .fair: "F"
        case .good: "G"
        }
    }
    public var points: Int {
        switch self {
        case .notRated: 0
        case .poor: 1
        case .fair: 2
        case .good: 3
        }
    }
}
