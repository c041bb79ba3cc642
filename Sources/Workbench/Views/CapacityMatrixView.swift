import PlanDomain

/// Stage 4: institutions against the five administrative functions, each cell the capacity
/// rating (as a shade and a word, so it reads without colour) and how many activities strengthen it.
enum CapacityMatrixView {
    @dynamicMemberLookup
    struct Model: PanelModel {
        let context: PanelContext
        /// The institutions assessed, in the order of the stakeholders.
        let institutions: [EntityID]

        init(_ state: AppState) {
            context = PanelContext(state)
            institutions = state.capacityInstitutions
        }
    }

    static func draw(_ frame: inout Frame, model: Model, area: Rect) {
        let plan = model.plan
        let institutions = model.institutions
        let glyphs = frame.canvas.glyphs
        guard !institutions.isEmpty else {
            frame.canvas.putWrapped("No capacity assessments yet: rate each institution's functions in the Capacity tab.",
                                    x: area.x + 1, y: area.y, role: .muted, width: area.width - 2)
            return
        }
        drawLegend(&frame.canvas, x: area.x + 1, y: area.y, width: area.width - 2)
        typealias C = PanelTable.Column
        let titles = [("Registration", "Regist."), ("Collection", "Collect"), ("Payment", "Payment"),
                      ("Information", "Info IS"), ("Complaints", "Appeals")]
        var table = PanelTable(columns: [C(title: "Institution", width: 7, flexible: true)]
                                   + titles.map { C(title: $0.1, width: 7, flexible: true) }, rows: [])
        // Wide enough for words: full titles and the rating's name after its shade.
        let wide = (table.fitted(width: area.width - 2).last?.1 ?? 0) >= 16
        if wide { table.columns = [table.columns[0]] + titles.map { C(title: $0.0, width: 8, flexible: true) } }
        table.rows = institutions.map { id -> [PanelTable.Cell] in
            [.init(plan.shortName(id))] + AdminFunction.allCases.map { function in
                guard let assessment = plan.administration.capacities.first(where: {
                    $0.institutionId == id && $0.function == function
                }) else { return .init(wide ? "   not assessed" : "   –", .muted) }
                let mark = String(repeating: shade(assessment.rating, glyphs), count: 3)
                let actions = assessment.activityIds.isEmpty ? "" : " +\(assessment.activityIds.count)"
                return .init(mark + (wide ? " \(assessment.rating.label)" : "") + actions, role(assessment.rating))
            }
        }
        let detailHeight = min(6, max(0, area.height - 4 - institutions.count))
        table.draw(&frame, context: model.context, area: Rect(x: area.x, y: area.y + 2, width: area.width,
                                                   height: area.height - 2 - detailHeight))
        guard detailHeight >= 2, model.list.selected < institutions.count else { return }
        let id = institutions[model.list.selected]
        let foot = area.maxY - detailHeight
        frame.canvas.hline(x: area.x, y: foot, length: area.width, role: .border)
        frame.canvas.put(" \(plan.name(.stakeholder, id)) ", x: area.x + 1, y: foot, role: .heading, maxWidth: area.width - 2)
        let assessments = plan.administration.capacities.filter { $0.institutionId == id }
        for (offset, assessment) in assessments.prefix(detailHeight - 1).enumerated() {
            let actions = assessment.activityIds.isEmpty ? "" : " [\(assessment.activityIds.joined(separator: ", "))]"
            frame.canvas.putFitted("\(assessment.function.label): \(assessment.notes.replacingNewlines)\(actions)",
                             x: area.x + 1, y: foot + 1 + offset, role: .muted, maxWidth: area.width - 2)
        }
    }

    static func shade(_ rating: CapacityRating, _ glyphs: Glyphs) -> Character {
        switch rating {
        case .absent: glyphs.shades[0] == " " ? (glyphs.isUnicode ? "·" : ".") : glyphs.shades[0]
        case .weak: glyphs.shades[1]
        case .adequate: glyphs.shades[2]
        case .strong: glyphs.shades[4]
        }
    }

    static func role(_ rating: CapacityRating) -> Role {
        switch rating {
        case .absent: .coverageNone
        case .weak: .coverageLow
        case .adequate: .coverageHigh
        case .strong: .coverageFull
        }
    }

    private static func drawLegend(_ canvas: inout Canvas, x: Int, y: Int, width: Int) {
        var at = x
        for rating in CapacityRating.allCases {
            at += canvas.put("\(shade(rating, canvas.glyphs)) \(rating.label)  ", x: at, y: y, role: role(rating),
                             maxWidth: x + width - at)
        }
        canvas.put("+N: activities that strengthen it", x: at, y: y, role: .muted, maxWidth: x + width - at)
    }
}
