import PlanDomain

extension AppState {
    /// The entities of `kind` as the current list shows them: filtered, then sorted.
    /// Computed once per plan, filter and sort: ``rowCache`` keeps them until the plan changes.
    public func rows(of kind: EntityKind, list: ListState) -> [any PlanEntity] {
        let key = RowCache.Key(kind: kind, filter: list.filter, sortColumn: list.sort?.column,
                               ascending: list.sort?.ascending ?? true)
        return rowCache.rows(key) { computeRows(of: kind, list: list) }
    }

    /// The rows of `kind` computed from the plan, without the cache.
    public func computeRows(of kind: EntityKind, list: ListState) -> [any PlanEntity] {
        var entities = plan.entities(kind)
        let columns = kind.columns
        let figures = tableFigures
        if !list.filter.isEmpty {
            let needle = list.filter.folded
            entities = entities.filter { entity in
                entity.id.folded.contains(needle)
                    || columns.contains { $0.text(of: entity, in: plan, numbers: numbers, figures: figures).folded.contains(needle) }
            }
        }
        if let sort = list.sort, sort.column < columns.count {
            let column = columns[sort.column]
            entities = entities.enumerated().sorted { a, b in
                if column.ascending(a.element, b.element, in: plan, figures: figures) { return sort.ascending }
                if column.ascending(b.element, a.element, in: plan, figures: figures) { return !sort.ascending }
                return a.offset < b.offset
            }.map(\.element)
        }
        return entities
    }

    /// How many rows the current section's list has.
    public var rowCount: Int {
        switch section {
        case .overview: progress[stage.rawValue].items.count
        case .table(let kind): rows(of: kind, list: list).count
        case .record(let form): form.spec.fields.count
        case .panel(let panel): panelRowCount(panel)
        }
    }

    /// The entity selected in the current table, if any.
    public var selectedEntity: (any PlanEntity)? {
        guard case .table(let kind) = section else { return nil }
        let all = rows(of: kind, list: list)
        return list.selected < all.count ? all[list.selected] : nil
    }

    /// Shows `location`: its stage, its tab and, when it names an entity or a field, selects it.
    public mutating func go(to location: Location) {
        stage = location.stage
        tab = Section.tab(for: location)
        focus = .panel
        var state = list
        state.filter = ""
        switch section {
        case .table(let kind):
            if let id = location.id, let index = rows(of: kind, list: state).firstIndex(where: { $0.id == id }) {
                state.selected = index
            }
        case .record(let form):
            if let index = form.spec.fieldIndex(forFinding: location.field) {
                state.selected = index
            }
        case .panel(let panel):
            if let id = location.id, let index = panelRow(panel, id: id) { state.selected = index }
        case .overview:
            break
        }
        list = state
        Reducer.clampList(&self) // the row gone to is on screen, not only selected
    }
}
