import PlanDomain
import PlanFormat
import PlanReports

/// The lines of the heat map's ABND view: per R202 guarantee a heading, the floor's status, then
/// the existing provision, policy gaps, implementation issues and recommendations, one item a line.
enum ABNDRows {
    struct Line: Equatable {
        enum Kind: Equatable { case heading, label, item }
        var kind: Kind
        var text: String
        /// What Enter opens: a scheme, a recorded gap, a measure, or a derived gap's cell.
        var entity: EntityKind?
        var id: String?
    }

    static func lines(_ plan: Plan, numbers: NumberConvention) -> [Line] {
        let matrix = plan.abndMatrix { Figures(numbers).summary(of: $0, in: plan) }
        var lines: [Line] = []
        for row in matrix.rows {
            lines.append(Line(kind: .heading, text: [row.paragraph, row.label].filter { !$0.isEmpty }.joined(separator: "  ")))
            if let status = row.status {
                lines.append(Line(kind: .label, text: "  Status: " + ABNDReport.statusText(status, numbers: numbers)))
            }
            let sections: [(String, [ABNDMatrix.Item], EntityKind?)] = [
                ("Existing provision", row.provision, .scheme), ("Policy gaps", row.policyGaps, .gap),
                ("Implementation issues", row.implementationIssues, .gap), ("Recommendations", row.recommendations, .measure),
            ]
            for (title, items, kind) in sections {
                lines.append(Line(kind: .label, text: "  \(title)" + (items.isEmpty ? ": none" : "")))
                for item in items {
                    var text = "    \(item.id)  \(item.text)"
                    if !item.links.isEmpty { text += " [" + item.links.joined(separator: ", ") + "]" }
                    lines.append(Line(kind: .item, text: text, entity: kind, id: item.id))
                }
            }
        }
        return lines
    }
}
