/// Who does what for each measure: institutions by functions (policy, regulation, financing,
/// administration and delivery, monitoring), each cell lead, support, consulted or informed.
///
/// Roles with no measure hold for the whole strategy: a strategy-wide lead leads that function
/// for every measure. A measure function with no lead, of its own or strategy-wide, is missing one.
public struct RolesMatrix: Sendable {
    public struct Row: Equatable, Sendable {
        public var institutionId: EntityID
        /// The institution's involvement per function; the strongest when it has several.
        public var cells: [InstitutionFunction: Involvement]

        public init(institutionId: EntityID, cells: [InstitutionFunction: Involvement]) {
            self.institutionId = institutionId
            self.cells = cells
        }

        public func involvement(_ function: InstitutionFunction) -> Involvement? { cells[function] }
    }

    public struct Block: Equatable, Sendable {
        /// Nil for the roles that hold for the whole strategy.
        public var measureId: EntityID?
        /// The institutions involved, in the order their first role appears.
        public var rows: [Row]
        /// The leads of each function: the block's own, else (for a measure) the strategy-wide ones.
        public var leads: [InstitutionFunction: [EntityID]]
        /// Functions whose lead comes from the whole strategy.
        public var inheritedLeads: [InstitutionFunction]
        /// Functions with no lead at all (always empty for the whole strategy, which need not lead
        /// every function itself).
        public var missingLeads: [InstitutionFunction]
    }

    public static let functions = InstitutionFunction.allCases

    /// One block per measure, in plan order, then the whole strategy's (when it has roles).
    public var blocks: [Block]

    public init(plan: Plan) {
        // Each measure's roles in one pass over the roles, by the position of the first measure
        // with the id they name: not a search of every role for each measure.
        let measures = plan.strategy.measures
        let measureIndex = plan.firstPositions(.measure)
        var rolesOf = [[InstitutionRole]](repeating: [], count: measures.count)
        var strategyWideRoles: [InstitutionRole] = []
        for role in plan.strategy.roles {
            if let measureId = role.measureId {
                if let first = measureIndex[measureId] { rolesOf[first].append(role) }
            } else {
                strategyWideRoles.append(role)
            }
        }
        let strategyWide = Self.block(measureId: nil, roles: strategyWideRoles, fallback: nil)
        blocks = measures.map { measure in
            Self.block(measureId: measure.id, roles: measureIndex[measure.id].map { rolesOf[$0] } ?? [], fallback: strategyWide)
        }
        if !strategyWide.rows.isEmpty { blocks.append(strategyWide) }
    }

    public func block(for measureId: EntityID?) -> Block? {
        blocks.first { $0.measureId == measureId }
    }

    private static func block(measureId: EntityID?, roles: [InstitutionRole], fallback: Block?) -> Block {
        var rows: [Row] = []
        var leads: [InstitutionFunction: [EntityID]] = [:]
        for role in roles {
            var index = rows.count
            if let found = rows.firstIndex(where: { $0.institutionId == role.institutionId }) {
                index = found
            } else {
                rows.append(Row(institutionId: role.institutionId, cells: [:]))
            }
            if let current = rows[index].cells[role.function], current.strength >= role.involvement.strength { continue }
            rows[index].cells[role.function] = role.involvement
        }
        for role in roles where role.involvement == .lead {
            if !(leads[role.function] ?? []).contains(role.institutionId) {
                leads[role.function, default: []].append(role.institutionId)
            }
        }
        var inherited: [InstitutionFunction] = []
        var missing: [InstitutionFunction] = []
        for function in functions where leads[function] == nil {
            if let from = fallback?.leads[function] {
                leads[function] = from
                inherited.append(function)
            } else if measureId != nil {
                missing.append(function)
            }
        }
        return Block(measureId: measureId, rows: rows, leads: leads, inheritedLeads: inherited, missingLeads: missing)
    }
}

extension Involvement {
    /// Lead 4, support 3, consulted 2, informed 1.
    public var strength: Int {
        switch self {
        case .lead: 4
        case .support: 3
        case .consulted: 2
        case .informed: 1
        }
    }

    /// L, S, C or I.
    public var letter: Character {
        switch self {
        case .lead: "L"
        case .support: "S"
        case .consulted: "C"
        case .informed: "I"
        }
    }
}

extension Plan {
    public var rolesMatrix: RolesMatrix { RolesMatrix(plan: self) }
}
