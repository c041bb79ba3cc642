/// Where each entity sits in its collection, by id, built for a kind the first time an edit
/// looks one up and kept up to date as edits insert and remove. The position is that of the first
/// entity with the id, as a search from the start would find it.
struct EntityPositions {
    private var byKind: [EntityKind: [EntityID: Int]] = [:]

    mutating func first<E: PlanEntity>(_ id: EntityID, in entities: [E]) -> Int? {
        if let known = byKind[E.entityKind] { return known[id] }
        var positions: [EntityID: Int] = [:]
        positions.reserveCapacity(entities.count)
        for (position, entity) in entities.enumerated() where positions[entity.id] == nil {
            positions[entity.id] = position
        }
        byKind[E.entityKind] = positions
        return positions[id]
    }

    /// An entity was inserted at `position`; the collection now holds `count`.
    mutating func inserted(_ id: EntityID, of kind: EntityKind, at position: Int, count: Int) {
        guard byKind[kind] != nil else { return }
        if position == count - 1 { byKind[kind]![id] = position } else { byKind[kind] = nil }
    }

    /// The entity at `position` was removed; the collection now holds `count`.
    mutating func removed(_ id: EntityID, of kind: EntityKind, at position: Int, count: Int) {
        guard byKind[kind] != nil else { return }
        if position == count { byKind[kind]![id] = nil } else { byKind[kind] = nil }
    }
}
