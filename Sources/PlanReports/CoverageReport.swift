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
        var out = ["Coverage in \(matrix.year): persons protected or receiving, in % of each group"]
        out.append("(computed from the scheme inventory assuming no overlap, unless the assessor gives a figure)")
        out.append("")
        out += table(matrix, numbers)
        out.append("")
        out += CoverageCellText.legend
        out.append("")
        out += gapLines(gaps, matrix: matrix, plan: plan, numbers: numbers)
        out.append("")
        out += sdgLines(plan.sdg131, plan: plan, numbers: numbers)
        return out.joined(separator: "\n") + "\n"
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
        guard let lower = sdg.lowerPercent, let upper = sdg.upperPercent else {
            return ["SDG 1.3.1: not computed; mark the population groups that together make up the population "
                + "as parts of the partition."]
        }
        let figures = Figures(numbers)
        var out = ["SDG 1.3.1 in \(sdg.year): \(figures.percent(lower)) to \(figures.percent(upper)) of the "
            + "population covered by at least one social protection benefit"]
        out.append("  (\(figures.count(sdg.lowerPersons)) to \(figures.count(sdg.upperPersons)) "
            + "of \(figures.count(sdg.population)) persons)")
        for group in sdg.groups {
            out.append("  " + DisplayWidth.pad(DisplayWidth.pad(group.groupId, to: 6) + " " + group.name, to: 36)
                + " " + figures.count(group.lowerPersons) + " to "
                + figures.count(group.upperPersons) + " of " + figures.count(group.size))
        }
        if !sdg.excludedSchemeIds.isEmpty {
            out.append("  Left out: " + sdg.excludedSchemeIds.joined(separator: ", "))
        }
        out += TextWrap.lines("Method: " + sdg.method, width: 96).map { "  " + $0 }
        return out
    }
}
