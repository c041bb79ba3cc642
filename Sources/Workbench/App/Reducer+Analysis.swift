import PlanDomain

extension Reducer {
    /// Keeps a panel's column (`offset`) on a real column and its row in range, after `<` `>` `m`.
    static func clampAnalysis(_ state: inout AppState) {
        guard case .panel(let panel) = state.section, panel.isAnalysis else { return }
        var list = state.list
        let columns = panel.columnCount(state)
        list.offset = columns == 0 ? 0 : min(max(list.offset, 0), columns - 1)
        state.list = list
        clampList(&state)
    }

    /// Enter on a panel: the heat map opens the cell's assessment (a new one when the cell has
    /// none), the ranking opens the gap, the role matrix shows the measure's roles in the Roles tab.
    static func openPanelItem(_ state: inout AppState, _ panel: Panel, readOnly: Bool) -> [Effect] {
        let list = state.list
        switch (panel, panel.view(list)) {
        case (.heatMap, 0):
            let groups = state.plan.stocktake.groups
            guard !groups.isEmpty, list.selected < Contingency.allCases.count else {
                state.notice = Notice("There are no population groups yet; add them in the Groups tab.")
                return []
            }
            let group = groups[min(max(list.offset, 0), groups.count - 1)]
            openAssessment(&state, Contingency.allCases[list.selected], group.id, readOnly: readOnly)
        case (.heatMap, 2):
            let lines = state.abndLines
            guard list.selected < lines.count, let kind = lines[list.selected].entity,
                  let id = lines[list.selected].id else { return [] }
            if kind == .gap, let gap = state.plan.coverageMatrix.gaps.first(where: { $0.id == id }) {
                openAssessment(&state, gap.contingency, gap.groupId, readOnly: readOnly)
            } else {
                openEntity(&state, kind, id, readOnly: readOnly)
            }
        case (.heatMap, _):
            let rows = HeatMapRows.rows(state.gapOverview)
            guard list.selected < rows.count else { return [] }
            switch rows[list.selected] {
            case .derived(let gap): openAssessment(&state, gap.contingency, gap.groupId, readOnly: readOnly)
            case .recorded(let gap): openEntity(&state, .gap, gap.id, readOnly: readOnly)
            }
        case (.ranking, _):
            let ids = RankingRows.gapIds(state.priorityRanking)
            guard list.selected < ids.count else { return [] }
            openEntity(&state, .gap, ids[list.selected], readOnly: readOnly)
        case (.roleMatrix, let view):
            let matrix = state.rolesMatrix
            var block: RolesMatrix.Block?
            if view == 0 {
                block = list.selected < matrix.blocks.count ? matrix.blocks[list.selected] : nil
            } else {
                let lines = RoleMatrixRows.lines(matrix)
                if list.selected < lines.count {
                    switch lines[list.selected] {
                    case .heading(let found), .missing(let found): block = found
                    case .institution(_, let measureId), .inherited(_, let measureId): block = matrix.block(for: measureId)
                    }
                }
            }
            guard let block else { return [] }
            let filter = block.measureId.map { state.plan.name(.measure, $0) } ?? "(whole strategy)"
            state.go(to: Location(stage: .strategy, kind: .role))
            var roles = state.list
            roles.filter = filter
            state.list = roles
            clampList(&state)
            state.notice = Notice("The roles of \(block.measureId ?? "the whole strategy"); a adds one, / changes the search.")
        default:
            break
        }
        return []
    }

    private static func openAssessment(_ state: inout AppState, _ contingency: Contingency, _ groupId: EntityID,
                                       readOnly: Bool) {
        let kind = EntityKind.coverage
        if let found = state.plan.stocktake.coverage.first(where: { $0.contingency == contingency && $0.groupId == groupId }) {
            state.overlay = .form(FormState.entity(found, isNew: false, numbers: state.numbers))
            if readOnly { state.notice = Notice("Read-only: you can look but not change.", .warning) }
            return
        }
        guard !readOnly else {
            state.notice = Notice("No assessment of this cell yet, and the plan is read-only.", .warning)
            return
        }
        var assessment = CoverageAssessment(id: state.plan.nextID(for: kind))
        assessment.contingency = contingency
        assessment.groupId = groupId
        state.overlay = .form(FormState.entity(assessment, isNew: true, numbers: state.numbers))
    }

    private static func openEntity(_ state: inout AppState, _ kind: EntityKind, _ id: EntityID, readOnly: Bool) {
        guard let entity = state.plan.entity(kind, id: id) else { return }
        state.overlay = .form(FormState.entity(entity, isNew: false, numbers: state.numbers))
        if readOnly { state.notice = Notice("Read-only: you can look but not change.", .warning) }
    }
}
