import PlanDomain
import PlanFormat

/// Stage 4: each scheme's and measure's administrative cost against the ceiling the plan sets for
/// its scheme type, with the figures behind the selected line.
enum AdminCostsView {
    @dynamicMemberLookup
    struct Model: PanelModel {
        let context: PanelContext
        let ratios: [AdminCostRatio]

        init(_ state: AppState) {
            context = PanelContext(state)
            ratios = state.adminCostRatios
        }
    }

    static func draw(_ frame: inout Frame, model: Model, area: Rect) {
        let ratios = model.ratios
        let over = ratios.filter(\.isOverCeiling).count
        guard !ratios.isEmpty else {
            // Nothing to compare yet: saying all are within their ceilings would read as a check passed.
            frame.canvas.putWrapped("No schemes or measures yet: their administrative costs are compared with the "
                                    + "ceilings here once schemes (stage 1) or measures (stage 2) are added.",
                                    x: area.x + 1, y: area.y, role: .muted, width: area.width - 2)
            return
        }
        let summary = over == 0 ? "Every scheme and measure is within its administrative-cost ceiling."
            : "\(over) of \(ratios.count) over the ceiling for their scheme type (f lists them)."
        frame.canvas.putFitted(summary, x: area.x + 1, y: area.y, role: over == 0 ? .ok : .warning, maxWidth: area.width - 2)
        let glyphs = frame.canvas.glyphs
        typealias C = PanelTable.Column
        let columns = [C(title: "Id", width: 6), C(title: "Scheme or measure", width: 12, flexible: true),
                       C(title: "Type", width: 14, flexible: true, priority: 2),
                       C(title: "Ratio", width: 6, right: true), C(title: "Ceiling", width: 7, right: true),
                       C(title: "Basis", width: 8, priority: 2), C(title: "Status", width: 9)]
        let rows = ratios.map { ratio -> [PanelTable.Cell] in
            let status: PanelTable.Cell = if ratio.percent == nil {
                .init("\(glyphs.bullet) no data", .muted)
            } else if ratio.ceiling == nil {
                .init("\(glyphs.bullet) no limit", .muted)
            } else if ratio.isOverCeiling {
                .init("\(glyphs.cross) over", .warning)
            } else {
                .init("\(glyphs.check) within", .ok)
            }
            return [.init(ratio.id), .init(ratio.name), .init(ratio.schemeType.label),
                    .init(ratio.percent.map({ model.figures.percent($0) }) ?? "", ratio.isOverCeiling ? .warning : nil),
                    .init(ratio.ceiling.map { model.figures.percent($0.ceilingPercent) } ?? ""),
                    .init(ratio.basis == .benefits ? "benefits" : "gross"), status]
        }
        let detailHeight = 3
        PanelTable(columns: columns, rows: rows)
            .draw(&frame, context: model.context, area: Rect(x: area.x, y: area.y + 2, width: area.width,
                                                   height: area.height - 2 - detailHeight))
        guard model.list.selected < ratios.count else { return }
        let foot = area.maxY - detailHeight
        frame.canvas.hline(x: area.x, y: foot, length: area.width, role: .border)
        for (offset, line) in explanation(ratios[model.list.selected], currency: model.plan.meta.currency, figures: model.figures,
                                          width: area.width - 2).enumerated() {
            frame.canvas.putFitted(line, x: area.x + 1, y: foot + 1 + offset, role: offset == 0 ? .normal : .muted,
                             maxWidth: area.width - 2)
        }
    }

    /// Where the selected ratio comes from, in two lines.
    /// Amounts are exact where the line fits in `width`, abbreviated (31.2bn) where it does not.
    static func explanation(_ ratio: AdminCostRatio, currency: String, figures: Figures, width: Int) -> [String] {
        let basis = ratio.basis == .benefits ? "of benefits" : "of gross spending (benefits + administration)"
        var lines: [String] = []
        switch ratio.subject {
        case .scheme:
            if let cost = ratio.administrativeCost, let spent = ratio.expenditure, let benefits = ratio.benefits {
                func line(_ amount: (Double) -> String) -> String {
                    "Administration \(currency) \(amount(cost)); expenditure \(amount(spent)) includes it, so benefits are \(amount(benefits))."
                }
                let exact = line(figures.count)
                lines.append(DisplayWidth.of(exact) <= width ? exact : line(figures.abbreviated))
            } else {
                lines.append("The scheme needs both its expenditure and its administrative cost (stage 1) for a ratio.")
            }
        case .measure:
            lines.append("The measure's own administrative rate, converted to the ceiling's basis where they differ.")
        }
        if let percent = ratio.percent {
            var line = "\(figures.percent(percent)) \(basis)"
            if let ceiling = ratio.ceiling {
                line += "; the ceiling for \(ratio.schemeType.label.lowercased()) is \(figures.percent(ceiling.ceilingPercent))."
            } else {
                line += "; the plan sets no ceiling for \(ratio.schemeType.label.lowercased()) (Cost ceilings tab)."
            }
            lines.append(line)
        }
        return lines
    }
}
