import PlanDomain
import PlanFormat

/// The gaps ranked by weighted score: overall with each criterion's score (as it counts, 5 best),
/// or by stakeholder group with each group's total and rank. Under the overall ranking, how the
/// last change to a weight or a score moved the gaps.
enum RankingView {
    @dynamicMemberLookup
    struct Model: PanelModel {
        let context: PanelContext
        let overall: PriorityRanking
        /// The ranking as each stakeholder group scored it.
        let byGroup: [(StakeholderKind, PriorityRanking)]
        /// Totals per stakeholder group (`m`), else each criterion's score.
        let showsGroups: Bool
        /// How the last change to a weight or score moved the gaps; nil when it changed none.
        let moves: [RankMove]?

        init(_ state: AppState, byGroup: Bool) {
            context = PanelContext(state)
            overall = state.priorityRanking
            self.byGroup = state.rankingsByGroup
            showsGroups = byGroup
            moves = byGroup ? nil : state.lastRankMoves
        }
    }

    static func draw(_ frame: inout Frame, model: Model, area: Rect) {
        let plan = model.plan
        let overall = model.overall
        let byGroup = model.showsGroups
        let ids = RankingRows.gapIds(overall)
        guard !ids.isEmpty else {
            frame.canvas.putWrapped("No gaps yet: record them in stage 1, then score them in the Scores tab.",
                             x: area.x + 1, y: area.y + 1, role: .muted, width: area.width - 2)
            return
        }
        let criteria = plan.strategy.criteria
        let groups = model.byGroup.map(\.0)
        let byKind = Dictionary(uniqueKeysWithValues: model.byGroup)
        let intro = byGroup ? "Total per stakeholder group (its rank); # overall rank"
            : "National stakeholders' scores as they count (5 = do first; cost as 6 - score); partners advise"
        frame.canvas.putFitted(intro, x: area.x + 1, y: area.y, role: .muted, maxWidth: area.width - 2)
        var columns = [GridColumn(title: "#", width: 2, right: true), GridColumn(title: "Gap", width: 10, flexible: true)]
        if byGroup {
            columns += groups.map { GridColumn(title: abbreviation($0), width: 8, right: true) }
        } else {
            columns += criteria.indices.map { GridColumn(title: "C\($0 + 1)", width: 3, right: true) }
            columns.append(GridColumn(title: "Total", width: 5, right: true))
        }
        let grid = Grid(columns, width: area.width - 2)
        grid.header(&frame.canvas, x: area.x + 1, y: area.y + 1)
        var footer: [(String, Role)] = []
        if !byGroup {
            let legend = criteria.enumerated().map { index, criterion in
                "C\(index + 1) \(criterion.name) ×\(model.figures.plain(criterion.weight))"
            }.joined(separator: ", ")
            footer += TextWrap.lines(legend, width: area.width - 2).prefix(2).map { ($0, Role.muted) }
            if let moves = model.moves {
                let text = moves.isEmpty ? "The last change left the ranking as it was."
                    : "The last change moved " + moves.map(\.description).joined(separator: "; ") + "."
                footer += TextWrap.lines(text, width: area.width - 2).prefix(2).map { ($0, Role.info) }
            }
        }
        let body = Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2 - footer.count)
        Grid.rows(&frame, grid: grid, count: ids.count, list: model.list, focused: model.focused, area: body) { index in
            let id = ids[index]
            let gap = plan.name(.gap, id)
            let entry = overall.entries.first { $0.gapId == id }
            var texts = [entry.map { String($0.rank) } ?? "–", id + " " + (gap == id ? "" : gap)]
            if byGroup {
                texts += groups.map { kind in
                    guard let own = byKind[kind]?.entries.first(where: { $0.gapId == id }) else { return "–" }
                    return model.figures.fixed(own.total, decimals: 2) + " (\(own.rank))"
                }
            } else {
                texts += criteria.map { criterion in
                    entry?.criteria.first { $0.criterionId == criterion.id }.map { model.figures.fixed($0.adjusted, decimals: 1) } ?? "–"
                }
                texts.append(entry.map { model.figures.fixed($0.total, decimals: 2) } ?? "none")
            }
            return GridRow(texts: texts, roles: entry == nil ? [1: .muted] : [:])
        }
        for (offset, line) in footer.enumerated() {
            frame.canvas.put(line.0, x: area.x + 1, y: area.maxY - footer.count + offset, role: line.1)
        }
    }

    static func abbreviation(_ kind: StakeholderKind) -> String {
        switch kind {
        case .government: "Govt"
        case .socialSecurityInstitution: "SSI"
        case .employers: "Employ."
        case .workers: "Workers"
        case .civilSociety: "Civil"
        case .microInsurance: "Micro"
        case .developmentPartner: "Partner"
        case .expert: "Experts"
        }
    }
}
