import PlanDomain
import TerminalDrawing
import PlanFormat

/// How a coverage cell reads in seven columns: its band letter, its figure, and marks for the
/// assessor's override (`*`) and for a gap (`!`): "P  48*!", "L 9.8 !", "  n/a  ".
public enum CoverageCellText {
    /// The figure: "48", "9.8", "n/a", "?" (schemes but no counts), "" (rated without a figure).
    public static func figure(_ cell: CoverageCell, _ numbers: NumberConvention) -> String {
        if cell.isNotApplicable { return "n/a" }
        if let percent = cell.percent { return Figures(numbers).coverageCell(percent) }
        return cell.band == nil ? "?" : ""
    }

    public static func text(_ cell: CoverageCell, isGap: Bool, _ numbers: NumberConvention) -> String {
        let letter = cell.band.map { String($0.letter) } ?? " "
        let figure = DisplayWidth.pad(figure(cell, numbers), to: 3, alignment: .right)
        return letter + " " + figure + (cell.isOverridden && !cell.isNotApplicable ? "*" : " ") + (isGap ? "!" : " ")
    }

    /// The legend of the letters and marks.
    public static let legend: [String] = [
        CoverageBand.allCases.map { "\($0.letter) \($0.label.lowercased()) (\($0.range))" }.joined(separator: ", "),
        "n/a not applicable, ? schemes without counts, * the assessor's rating or figure, ! a gap",
    ]
}

/// The plain text `socle coverage` prints: the matrix (groups by contingencies), the gaps, and the
/// SDG 1.3.1 range with its method. Plan text is made safe for a terminal by the caller.
public enum CoverageReport {
    /// The report with numbers in `numbers` (by default the plan's number format, else 1,234.5).
    public static func render(_ plan: Plan, numbers: NumberConvention? = nil) -> String {
        let numbers = numbers ?? plan.meta.numberFormat ?? .commaPoint
        let matrix = plan.coverageMatrix
        let gaps = GapOverview(plan: plan, matrix: matrix)
        var out = ["Effective coverage in \(matrix.year): active contributors plus beneficiaries, in % of each group"]
        out.append("(computed from the scheme inventory, overlap as stated below, unless the assessor gives a figure)")
        out.append("")
        out += table(matrix, numbers)
        out.append("")
        out += CoverageCellText.legend
        out.append("")
        out += gapLines(gaps, matrix: matrix, plan: plan, numbers: numbers)
        out.append("")
        out += branchLines(plan.floorStatus, plan: plan, numbers: numbers)
        out.append("")
        out += sdgLines(plan.sdg131, plan: plan, numbers: numbers)
        return out.joined(separator: "\n") + "\n"
    }

    /// The ILO coverage ratio of each branch over its reference population, with the three
    /// measures apart, and the floor's status per R202 guarantee.
    static func branchLines(_ floor: FloorStatus, plan: Plan, numbers: NumberConvention) -> [String] {
        var out = ["Coverage by branch over its reference population (ILO World Social Protection Report ratios)"]
        out.append("  " + DisplayWidth.pad("Branch", to: 18) + " " + DisplayWidth.pad("Reference population", to: 33)
            + " " + ["Legal", "Contrib.", "Benef.", "Effective"].map { DisplayWidth.pad($0, to: 10, alignment: .right) }
            .joined(separator: " "))
        for branch in floor.branches {
            var line = "  " + DisplayWidth.pad(branch.label, to: 18) + " "
            let population = branch.contingency == .medicalCare ? "Whole population"
                : branch.groupId.map { "\($0) " + plan.name(.group, $0) } ?? (branch.reference?.label ?? "-")
            line += DisplayWidth.pad(population, to: 33)
            guard branch.effectivePercent != nil else {
                out.append((line + " " + (branch.note ?? "")).trimmingTrailingSpaces)
                continue
            }
            let figures = [branch.legalPersons, branch.contributorPersons, branch.beneficiaryPersons]
                .map { DisplayWidth.pad(Figures(numbers).count($0), to: 10, alignment: .right) }
            let effective = branch.effectivePercent.map { Figures(numbers).percent($0) } ?? "-"
            line += " " + figures.joined(separator: " ") + " " + DisplayWidth.pad(effective, to: 10, alignment: .right)
            out.append(line)
        }
        out.append("")
        out.append("Social protection floor (R202), status per guarantee")
        for status in floor.guarantees {
            var line = "  " + DisplayWidth.pad(status.paragraph, to: 10) + " " + DisplayWidth.pad(status.label, to: 46)
            if let percent = status.percent, let band = status.band, let branch = status.measuredBy {
                line += " \(band.label.lowercased()), \(Figures(numbers).percent(percent))"
                if status.guarantee == .workingAge { line += " (weakest: \(branch.label.lowercased()))" }
            } else {
                line += status.schemeIds.isEmpty ? " no provision" : " not measured (no reference population)"
            }
            out.append(line)
        }
        return out
    }

    static func table(_ matrix: CoverageMatrix, _ numbers: NumberConvention) -> [String] {
        let labelWidth = 22
        var header = DisplayWidth.pad("Group", to: labelWidth)
        for contingency in matrix.contingencies { header += " " + DisplayWidth.pad(contingency.abbreviation, to: 7) }
        var lines = [header.trimmingTrailingSpaces]
        for group in matrix.groups {
            var line = DisplayWidth.pad(DisplayWidth.pad(group.id, to: 6) + " " + group.name, to: labelWidth)
            for contingency in matrix.contingencies {
                guard let cell = matrix.cell(contingency, group.id) else { continue }
                line += " " + CoverageCellText.text(cell, isGap: cell.gap != nil, numbers)
            }
            lines.append(line.trimmingTrailingSpaces)
        }
        return lines
    }

    static func gapLines(_ gaps: GapOverview, matrix: CoverageMatrix, plan: Plan, numbers: NumberConvention) -> [String] {
        let figures = Figures(numbers)
        var out = ["Gaps found in the matrix (no provision, or below the \(figures.percent(matrix.thresholdPercent)) "
            + "threshold): \(gaps.derived.count), of which \(gaps.unrecorded.count) not recorded"]
        for gap in gaps.derived {
            var line = "  " + DisplayWidth.pad(gap.id, to: 27) + " " + figures.summary(of: gap, in: plan)
            var links: [String] = []
            if !gap.recordedAs.isEmpty { links.append("recorded as " + gap.recordedAs.joined(separator: ", ")) }
            if !gap.reasonIds.isEmpty { links.append("serves " + gap.reasonIds.joined(separator: ", ")) }
            if !gap.measureIds.isEmpty { links.append("measures " + gap.measureIds.joined(separator: ", ")) }
            if !links.isEmpty { line += " [" + links.joined(separator: "; ") + "]" }
            out.append(line)
        }
        out.append("")
        out.append("Recorded gaps (the team's, including benefit adequacy, policy gaps and implementation issues): "
            + "\(gaps.recorded.count)")
        for gap in gaps.recorded {
            var cell: [String] = []
            if let contingency = gap.contingency { cell.append(contingency.label) }
            if let group = gap.groupId { cell.append(plan.name(.group, group)) }
            var line = "  " + DisplayWidth.pad(gap.id, to: 7) + " " + DisplayWidth.pad(gap.kind.label, to: 20) + " "
                + (cell.isEmpty ? "" : cell.joined(separator: " for ") + ": ") + gap.description.replacingNewlines
            var links = ["serves " + (gap.reasonIds.isEmpty ? "no reason yet" : gap.reasonIds.joined(separator: ", "))]
            links.append(gap.measureIds.isEmpty ? "no measure" : "measures " + gap.measureIds.joined(separator: ", "))
            line += " [" + links.joined(separator: "; ") + "]"
            out.append(line)
        }
        return out
    }

    static func sdgLines(_ sdg: SDG131, plan: Plan, numbers: NumberConvention) -> [String] {
        guard let estimate = sdg.estimatePercent, let lower = sdg.lowerPercent, let upper = sdg.upperPercent else {
            return ["SDG 1.3.1: not computed; mark the population groups that together make up the population "
                + "as parts of the partition."]
        }
        var out = ["SDG 1.3.1 in \(sdg.year): \(Figures(numbers).percent(estimate)) of the population covered by at "
            + "least one social protection cash benefit (range \(Figures(numbers).percent(lower)) to "
            + "\(Figures(numbers).percent(upper)) as the overlap of schemes varies)"]
        out.append("  (\(Figures(numbers).count(sdg.estimatePersons)) of \(Figures(numbers).count(sdg.population)) persons)")
        for group in sdg.groups {
            out.append("  " + DisplayWidth.pad(DisplayWidth.pad(group.groupId, to: 6) + " " + group.name, to: 36)
                + " " + Figures(numbers).count(group.estimatePersons) + " of " + Figures(numbers).count(group.size) + " (range "
                + Figures(numbers).count(group.lowerPersons) + " to " + Figures(numbers).count(group.upperPersons) + ")")
        }
        out.append("  Components:")
        for component in sdg.components {
            let figure = component.percent.map { Figures(numbers).percent($0) } ?? "n/a"
            var line = "    " + DisplayWidth.pad(component.label, to: 34) + " " + DisplayWidth.pad(figure, to: 8)
            line += component.groupId.map { " \(component.counting) / \($0) \(plan.name(.group, $0))" }
                ?? " (no group is marked as this reference population)"
            out.append(line)
        }
        for exclusion in sdg.exclusions {
            out.append("  Left out: \(exclusion.schemeId) (\(exclusion.reason))")
        }
        out += TextWrap.lines("Method: " + sdg.method, width: 96).map { "  " + $0 }
        return out
    }
}
