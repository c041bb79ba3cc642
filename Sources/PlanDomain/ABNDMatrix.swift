/// The assessment matrix of the Assessment-Based National Dialogue, as national teams fill it: one
/// row per R202 guarantee, with the existing provision (the schemes and the floor's status), the
/// policy gaps, the implementation issues and the recommendations (the measures that respond).
///
/// Policy gaps are the gaps the coverage matrix finds in the guarantee's branches and the team's
/// recorded gaps of every kind but implementation issues; implementation issues are the recorded
/// gaps of that kind. A recorded gap the plan cannot place under a guarantee (no branch, and a group
/// that is no guarantee's population) goes to a last, cross-cutting row.
public struct ABNDMatrix: Encodable, Equatable, Sendable {
    public struct Item: Encodable, Equatable, Sendable {
        public var id: String
        public var text: String
        /// The ids it links to: for a gap, the measures that address it; for a measure, the gaps it closes.
        public var links: [String]
    }

    public struct Row: Encodable, Equatable, Sendable {
        /// Nil for the cross-cutting row.
        public var guarantee: Guarantee?
        public var label: String
        public var paragraph: String
        public var status: GuaranteeStatus?
        public var provision: [Item]
        public var policyGaps: [Item]
        public var implementationIssues: [Item]
        public var recommendations: [Item]
    }

    public var year: Int
    public var rows: [Row]

    /// `describe` words a gap the matrix finds (the reports pass PlanFormat's summary with figures).
    public init(plan: Plan, describe: (DerivedGap) -> String = ABNDMatrix.plainDescription) {
        year = plan.meta.baseYear
        let floor = plan.floorStatus
        let matrix = plan.coverageMatrix
        let recorded = plan.stocktake.gaps
        let measures = plan.strategy.measures
        func addressing(_ gapId: EntityID) -> [String] { measures.filter { $0.gapIds.contains(gapId) }.map(\.id) }
        func gapItem(_ gap: Gap) -> Item {
            Item(id: gap.id, text: gap.description.isEmpty ? gap.kind.label : gap.description, links: addressing(gap.id))
        }
        var rows = Guarantee.allCases.map { guarantee -> Row in
            let status = floor.guarantees.first { $0.guarantee == guarantee }
            let provision = plan.stocktake.schemes.filter { plan.guarantees(of: $0).contains(guarantee) }.map { scheme in
                Item(id: scheme.id, text: "\(scheme.name) (\(scheme.type.label.lowercased()), \(scheme.type.formality))",
                     links: [])
            }
            // Derived gaps of the guarantee's branches not recorded by the team (recorded ones come below).
            let derived = matrix.gaps.filter {
                $0.recordedAs.isEmpty && Guarantee.of($0.contingency, for: plan.reference(ofGroup: $0.groupId)) == guarantee
            }.map { Item(id: $0.id, text: describe($0), links: $0.measureIds) }
            let mine = recorded.filter { plan.guarantee(of: $0) == guarantee }
            return Row(guarantee: guarantee, label: guarantee.label, paragraph: guarantee.paragraph, status: status,
                       provision: provision,
                       policyGaps: mine.filter { $0.kind != .implementationIssue }.map(gapItem) + derived,
                       implementationIssues: mine.filter { $0.kind == .implementationIssue }.map(gapItem),
                       recommendations: measures.filter { plan.guarantee(of: $0) == guarantee }.map(Self.item))
        }
        let loose = recorded.filter { plan.guarantee(of: $0) == nil }
        if !loose.isEmpty {
            rows.append(Row(guarantee: nil, label: "Cross-cutting", paragraph: "", status: nil, provision: [],
                            policyGaps: loose.filter { $0.kind != .implementationIssue }.map(gapItem),
                            implementationIssues: loose.filter { $0.kind == .implementationIssue }.map(gapItem),
                            recommendations: []))
        }
        self.rows = rows
    }

    /// "Old age: low coverage (gap:oldAge:GRP-3)" without figures.
    public static func plainDescription(_ gap: DerivedGap) -> String { "\(gap.contingency.label): \(gap.kind.label.lowercased())" }

    static func item(_ measure: Measure) -> Item {
        var text = measure.name
        if let year = measure.startYear { text += " (from \(year))" }
        return Item(id: measure.id, text: text, links: measure.gapIds)
    }

    public func row(_ guarantee: Guarantee) -> Row? { rows.first { $0.guarantee == guarantee } }
}

extension Plan {
    public func abndMatrix(describe: (DerivedGap) -> String = ABNDMatrix.plainDescription) -> ABNDMatrix {
        ABNDMatrix(plan: self, describe: describe)
    }
}
