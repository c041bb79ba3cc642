import PlanDomain
import PlanFormat

/// The selected heat-map cell in words: its group, how its figure was computed, whether it is a
/// gap, and the assessor's view.
enum HeatMapDetail {
    static func draw(_ canvas: inout Canvas, cell: CoverageCell, gap: DerivedGap?, plan: Plan, numbers: NumberConvention,
                     openKey: String, area: Rect) {
        let figures = Figures(numbers)
        var lines: [(String, Role)] = []
        var band = cell.isNotApplicable ? "not applicable" : cell.band.map { $0.label.lowercased() } ?? "no figure"
        if let percent = cell.percent { band += ", " + figures.percent(percent) }
        lines.append(("\(cell.contingency.label) for \(plan.name(.group, cell.groupId)) (\(cell.groupId)): \(band)", .heading))
        if cell.isInapplicable {
            let reference = plan.stocktake.groups.first { $0.id == cell.groupId }?.reference
            lines.append(("Not applicable: \(cell.contingency.label.lowercased()) cannot apply to "
                + "\(reference?.label.lowercased() ?? "this group"), so it is neither coverage nor a gap.", .muted))
        } else if cell.isNotApplicable {
            lines.append(("Not applicable: neither coverage nor a gap.", .muted))
        } else if let gap {
            var text = "Gap: " + (gap.kind == .noProvision ? "no provision"
                : "below the \(figures.percent(gap.thresholdPercent)) threshold")
            text += gap.recordedAs.isEmpty ? "; not recorded in the Gaps tab" : "; recorded as " + gap.recordedAs.joined(separator: ", ")
            if !gap.reasonIds.isEmpty { text += "; serves " + gap.reasonIds.joined(separator: ", ") }
            if !gap.measureIds.isEmpty { text += "; measures " + gap.measureIds.joined(separator: ", ") }
            lines.append((text, .warning))
        } else if cell.band == nil {
            lines.append(("No figure: the schemes count nobody in this group. \(openKey) to assess it.", .muted))
        } else {
            lines.append(("Not a gap (threshold \(figures.percent(plan.stocktake.coverageThresholdPercent))).", .ok))
        }
        lines.append((computed(cell, plan: plan, numbers: numbers), .normal))
        lines.append((assessor(cell, numbers: numbers, open: openKey), cell.isOverridden ? .normal : .muted))
        // On a tall screen: the schemes by name, and the SDG 1.3.1 range at the foot.
        let wrapped = lines.flatMap { text, role in TextWrap.lines(text, width: area.width).map { ($0, role) } }
        var extra: [(String, Role)] = []
        let schemes = cell.schemeIds.compactMap { plan.entity(Scheme.self, id: $0) }
        if !schemes.isEmpty {
            extra.append(("", .normal))
            extra.append(("Schemes covering \(cell.contingency.label.lowercased()) for this group:", .muted))
            for scheme in schemes {
                let legal = scheme.legal(in: cell.groupId), paying = scheme.contributing(in: cell.groupId)
                let receiving = scheme.receiving(in: cell.groupId)
                let count = scheme.counts(in: cell.groupId)
                    ? "legal \(Figures(numbers).count(legal)), contributing \(Figures(numbers).count(paying)), receiving \(Figures(numbers).count(receiving))"
                    : "no count"
                extra.append(("  \(scheme.id) \(scheme.name) (\(scheme.type.label.lowercased())): " + count, .normal))
            }
        }
        let sdg = plan.sdg131
        if let estimate = sdg.estimatePercent, let lower = sdg.lowerPercent, let upper = sdg.upperPercent {
            extra.append(("", .normal))
            extra.append(("SDG 1.3.1 in \(sdg.year): \(Figures(numbers).percent(estimate)) of the population covered by "
                + "at least one cash benefit (range \(Figures(numbers).percent(lower)) to "
                + "\(Figures(numbers).percent(upper))).", .info))
            for group in sdg.groups {
                extra.append(("  \(group.groupId) \(group.name): \(Figures(numbers).count(group.estimatePersons)) of "
                    + "\(Figures(numbers).count(group.size))", .normal))
            }
            extra += TextWrap.lines(sdg.method, width: area.width - 2).map { ("  " + $0, Role.muted) }
        }
        let all = wrapped.count + extra.count <= area.height ? wrapped + extra : wrapped
        for (offset, line) in all.prefix(max(0, area.height)).enumerated() {
            // The last line that fits ends with an ellipsis when the explanation goes on below it.
            let cut = offset == area.height - 1 && all.count > area.height
            canvas.putFitted(cut ? line.0 + " " + all[offset + 1].0 : line.0, x: area.x, y: area.y + offset, role: line.1,
                             maxWidth: area.width)
        }
    }

    static func computed(_ cell: CoverageCell, plan: Plan, numbers: NumberConvention) -> String {
        let figures = Figures(numbers)
        let size = "\(figures.count(cell.groupSize)) in \(plan.meta.baseYear)"
        guard cell.hasProvision else { return "Computed: no scheme covers it (0% of \(size))." }
        guard let lower = cell.lowerPercent, let upper = cell.upperPercent else {
            return "Computed: " + cell.schemeIds.joined(separator: ", ") + " cover it but count nobody in the group."
        }
        let counts = cell.counts.map { "\($0.schemeId) \(figures.count($0.count))" }.joined(separator: ", ")
        guard lower != upper else { return "Computed: \(figures.percent(upper)) of \(size) (\(counts))." }
        return "Computed: \(figures.percent(lower)) if the schemes overlap fully, \(figures.percent(upper)) "
            + "if not, of \(size) (\(counts))."
    }

    static func assessor(_ cell: CoverageCell, numbers: NumberConvention, open: String) -> String {
        let figures = Figures(numbers)
        guard let id = cell.assessmentId else { return "No assessment yet; \(open) adds one." }
        var parts: [String] = []
        if let rating = cell.rating { parts.append(rating.label.lowercased()) }
        if let percent = cell.assessedPercent { parts.append(figures.percent(percent)) }
        let head = parts.isEmpty ? "Assessor (\(id)), no override" : "Assessor (\(id)): " + parts.joined(separator: ", ")
        return cell.note.isEmpty ? head + "." : head + ". " + cell.note
    }
}
