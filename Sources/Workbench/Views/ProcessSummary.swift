import PlanDomain
import PlanFormat
import PlanReports

/// What `socle show` adds to the tabs of stages 2 and 3 for issue 16's design points: each measure's
/// implications and dimensions, and the five dimensions across measures and activities.
enum ProcessSummary {
    static func blocks(_ stage: Stage, plan: Plan, width: Int, numbers: NumberConvention) -> [SummaryBlock] {
        switch stage {
        case .strategy where !plan.strategy.measures.isEmpty:
            [implications(plan, width: width, numbers: numbers)]
        case .actionPlan where !plan.actionPlan.activities.isEmpty || !plan.strategy.measures.isEmpty:
            [dimensions(plan)]
        default:
            []
        }
    }

    /// One line per measure: the level of each implication, what it needs, who decides, its dimensions.
    static func implications(_ plan: Plan, width: Int, numbers: NumberConvention) -> SummaryBlock {
        let header = ["Measure", "Financial", "Admin.", "Legal", "Political", "Decided by", "Dims", "Needs"]
        let rows = plan.strategy.measures.map { measure -> [String] in
            let i = measure.implications
            var needs: [String] = []
            if i.financing != .notAssessed { needs.append(i.financing.shortLabel) }
            if i.instrument != .notAssessed && i.instrument != .none { needs.append(i.instrument.shortLabel) }
            if let staff = i.staff { needs.append(Figures(numbers).number(staff, decimals: 0) + " staff") }
            return [measure.id, i.financial.label, i.administrative.label, i.legal.label, i.political.label,
                    i.decidedBy?.label ?? "", measure.dimensions.map(\.letter).joined(), needs.joined(separator: "; ")]
        }
        return .table(title: "Implications and dimensions", count: rows.count, lines: aligned([header] + rows, width: width))
    }

    /// One line per dimension: how many measures and activities work in it.
    static func dimensions(_ plan: Plan) -> SummaryBlock {
        let header = ["Dimension", "Measures", "Activities", "Activity ids"]
        let rows = Dimension.allCases.map { dimension -> [String] in
            let measures = plan.strategy.measures.filter { $0.dimensions.contains(dimension) }
            let activities = plan.actionPlan.activities.filter { $0.dimensions.contains(dimension) }
            let ids = activities.prefix(6).map(\.id).joined(separator: ", ") + (activities.count > 6 ? ", …" : "")
            return [dimension.label, String(measures.count), String(activities.count), ids]
        }
        return .table(title: "Five dimensions", count: rows.count, lines: aligned([header] + rows, width: 200))
    }

    /// Rows as columns padded to their widest cell; the last column is cut to fit `width`.
    static func aligned(_ rows: [[String]], width: Int) -> [String] {
        guard let count = rows.first?.count else { return [] }
        let widths = (0..<count).map { column in rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        return rows.map { row in
            let line = row.enumerated().map { column, text in
                column == count - 1 ? text : DisplayWidth.pad(text, to: widths[column])
            }.joined(separator: "  ").trimmingTrailingSpaces
            return DisplayWidth.of(line) > width ? DisplayWidth.truncate(line, to: width) : line
        }
    }
}

extension FinancingNeed {
    /// A few words for narrow tables: "reallocation", "new tax".
    var shortLabel: String {
        switch self {
        case .notAssessed: "not assessed"
        case .existingBudget: "existing budget"
        case .reallocation: "reallocation"
        case .newContribution: "new contribution"
        case .newTax: "new tax"
        case .externalFunding: "external funding"
        }
    }
}

extension LegalInstrument {
    /// A few words for narrow tables: "amendment", "new law".
    var shortLabel: String {
        switch self {
        case .notAssessed: "not assessed"
        case .none: "no legal act"
        case .administrativeRule: "admin. rule"
        case .regulation: "regulation"
        case .amendment: "amendment"
        case .newLaw: "new law"
        }
    }
}
