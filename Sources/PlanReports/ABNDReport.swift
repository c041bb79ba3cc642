import PlanDomain
import PlanFormat
import TerminalDrawing

/// The plain text `socle abnd` prints: the ABND assessment matrix, one block per R202 guarantee
/// with the floor's status, the existing provision, the policy gaps, the implementation issues and
/// the recommendations. Plan text is made safe for a terminal by the caller.
public enum ABNDReport {
    public static func render(_ plan: Plan, numbers: NumberConvention? = nil, width: Int = 100) -> String {
        let numbers = numbers ?? plan.meta.numberFormat ?? .commaPoint
        let matrix = plan.abndMatrix { Figures(numbers).summary(of: $0, in: plan) }
        var out = ["ABND assessment matrix, \(matrix.year): the social protection floor guarantee by guarantee (R202 para. 5)"]
        for row in matrix.rows {
            out.append("")
            out.append(([row.paragraph, row.label.uppercased()].filter { !$0.isEmpty }).joined(separator: "  "))
            out += lines(status: row.status, numbers: numbers, width: width)
            out += section("Existing provision", row.provision, width: width, empty: "no scheme")
            out += section("Policy gaps", row.policyGaps, width: width, empty: "none found or recorded")
            out += section("Implementation issues", row.implementationIssues, width: width, empty: "none recorded")
            out += section("Recommendations", row.recommendations, width: width, empty: "no measure yet")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The floor's status on the guarantee: its figure and the ratio of each of its branches.
    public static func statusText(_ status: GuaranteeStatus, numbers: NumberConvention) -> String {
        guard let percent = status.percent, let band = status.band else {
            return status.schemeIds.isEmpty ? "no provision" : "not measured: mark the reference population's group"
        }
        var text = "\(band.label.lowercased()), \(Figures(numbers).percent(percent)) effective coverage"
        if status.branches.count > 1, let weakest = status.measuredBy { text += " (weakest branch: \(weakest.label.lowercased()))" }
        return text
    }

    static func lines(status: GuaranteeStatus?, numbers: NumberConvention, width: Int) -> [String] {
        guard let status else { return [] }
        var out = ["  Status: " + statusText(status, numbers: numbers)]
        let ratios = status.branches.compactMap { branch -> String? in
            guard let percent = branch.effectivePercent else { return nil }
            return "\(branch.label.lowercased()) \(Figures(numbers).percent(percent))"
        }
        if status.branches.count > 1, !ratios.isEmpty {
            out += TextWrap.lines("Branches: " + ratios.joined(separator: ", "), width: width - 4).map { "    " + $0 }
        }
        return out
    }

    static func section(_ title: String, _ items: [ABNDMatrix.Item], width: Int, empty: String) -> [String] {
        guard !items.isEmpty else { return ["  \(title): \(empty)"] }
        var out = ["  \(title):"]
        for item in items {
            var text = (item.id.count < 6 ? DisplayWidth.pad(item.id, to: 6) : item.id) + " " + item.text
            if !item.links.isEmpty { text += " [" + item.links.joined(separator: ", ") + "]" }
            let wrapped = TextWrap.lines(text, width: width - 4)
            out += wrapped.enumerated().map { index, line in (index == 0 ? "    " : "           ") + line }
        }
        return out
    }
}
