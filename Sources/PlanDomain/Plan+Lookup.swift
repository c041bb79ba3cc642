/// Lookups that read one collection in place, without copying its entities into existentials.
extension Plan {
    /// How many entities of `kind` the plan holds.
    public func count(_ kind: EntityKind) -> Int {
        func count<E: PlanEntity>(_ type: E.Type) -> Int { self[keyPath: E.keyPath].count }
        return count(kind.type)
    }

    /// The ids of the entities of `kind`, in plan order.
    public func ids(_ kind: EntityKind) -> [EntityID] {
        func ids<E: PlanEntity>(_ type: E.Type) -> [EntityID] { self[keyPath: E.keyPath].map(\.id) }
        return ids(kind.type)
    }

    /// The position of the first entity with each id of `kind`, as a search from the start finds it.
    public func firstPositions(_ kind: EntityKind) -> [EntityID: Int] {
        func positions<E: PlanEntity>(_ type: E.Type) -> [EntityID: Int] {
            let entities = self[keyPath: E.keyPath]
            var positions: [EntityID: Int] = [:]
            positions.reserveCapacity(entities.count)
            // By index: a for-in loop would copy every entity.
            for position in entities.indices where positions[entities[position].id] == nil {
                positions[entities[position].id] = position
            }
            return positions
        }
        return positions(kind.type)
    }

    /// The title of the entity of `kind` at `position` in its collection.
    public func title(_ kind: EntityKind, at position: Int) -> String {
        func title<E: PlanEntity>(_ type: E.Type) -> String { self[keyPath: E.keyPath][position].title }
        return title(kind.type)
    }
}
