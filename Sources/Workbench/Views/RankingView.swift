import PlanDomain
import PlanFormat

/// The gaps ranked by weighted score: overall with each criterion's score (as it counts, 5 best),
/// or by stakeholder group with each group's total and rank. Under the overall ranking, how the
/// last change to a weight or a score moved the gaps.
enum RankingView {
    static func draw(_ frame: inout Frame, state: AppState, area: Rect, byGroup: Bool) {
        let plan = state.plan
        let overall = state.priorityRanking
        let ids = RankingRows.gapIds(overall)
        guard !ids.isEmpty else {
            frame.canvas.putWrapped("No gaps yet: record them in stage 1, then score them in the Scores tab.",
                             x: area.x + 1, y: area.y + 1, role: .muted, width: area.width - 2)
            return
        }
        let criteria = plan.strategy.criteria
        let groups = PriorityRanking.stakeholderGroups(in: plan)
        let byKind = Dictionary(uniqueKeysWithValues: groups.map { ($0, PriorityRanking(plan: plan, scoredBy: $0)) })
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
                "C\(index + 1) \(criterion.name) ×\(state.figures.plain(criterion.weight))"
            }.joined(separator: ", ")
            footer += TextWrap.lines(legend, width: area.width - 2).prefix(2).map { ($0, Role.muted) }
            let moves = lastChange(state)
            if let moves {
                let text = moves.isEmpty ? "The last change left the ranking as it was."
                    : "The last change moved " + moves.map(\.description).joined(separator: "; ") + "."
                footer += TextWrap.lines(text, width: area.width - 2).prefix(2).map { ($0, Role.info) }
            }
        }
        let body = Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2 - footer.count)
        Grid.rows(&frame, grid: grid, count: ids.count, list: state.list, focused: state.focus == .panel, area: body) { index in
            let id = ids[index]
            let gap = plan.name(.gap, id)
            let entry = overall.entries.first { $0.gapId == id }
            var texts = [entry.map { String($0.rank) } ?? "–", id + " " + (gap == id ? "" : gap)]
            if byGroup {
                texts += groups.map { kind in
                    guard let own = byKind[kind]?.entries.first(where: { $0.gapId == id }) else { return "–" }
                    return state.figures.fixed(own.total, decimals: 2) + " (\(own.rank))"
                }
            } else {
                texts += criteria.map { criterion in
                    entry?.criteria.first { $0.criterionId == criterion.id }.map { state.figures.fixed($0.adjusted, decimals: 1) } ?? "–"
                }
                texts.append(entry.map { state.figures.fixed($0.total, decimals: 2) } ?? "none")
            }
            return GridRow(texts: texts, roles: entry == nil ? [1: .muted] : [:])
        }
        for (offset, line) in footer.enumerated() {
            frame.canvas.put(line.0, x: area.x + 1, y: area.maxY - footer.count + offset, role: line.1)
        }
    }

    /// How the last change moved the gaps, when it changed criteria, scores or gaps (nil otherwise).
    static func lastChange(_ state: AppState) -> [RankMove]? {
        guard let inverse = state.undoStack.last, touches(inverse, [.criterion, .score, .gap]) else { return nil }
        return state.panelCache.rankMoves(state.plan, undoing: inverse) {
            guard let before = try? state.plan.applying(inverse) else { return nil }
            return PriorityRanking.moves(from: PriorityRanking(plan: before), to: state.priorityRanking)
        }
    }

    static func touches(_ edit: Edit, _ kinds: Set<EntityKind>) -> Bool {
        switch edit {
        case .insert(let entity, _), .update(let entity): kinds.contains(entity.kind)
        case .delete(let kind, _): kinds.contains(kind)
        case .set: false
        case .batch(let edits): edits.contains { touches($0, kinds) }
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
