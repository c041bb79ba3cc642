/// Lookups that read one collection in place, without copying its entities into existentials.
extension Plan {
    /// How many entities of `kind` the plan holds.
    public func count(_ kind: EntityKind) -> Int {
        func count<E: PlanEntity>(_ type: E.Type) -> Int { self[keyPath: E.keyPath].count }
        return count(kind.type)
    }

    /// The ids of the entities of `kind`, in plan order.
    public func ids(_ kind: EntityKind) -> [EntityID] {
        // Through the buffer: each entity's id read where it lies, not from a copy of the entity.
        func ids<E: PlanEntity>(_ type: E.Type) -> [EntityID] {
            self[keyPath: E.keyPath].withUnsafeBufferPointer { entities in
                entities.indices.map { (entities.baseAddress! + $0).pointee.id }
            }
        }
        // The two kinds a plan holds thousands of, with their types known (no copy of each entity).
        switch kind {
        case .activity: return ids(Activity.self)
        case .scheme: return ids(Scheme.self)
        default: return ids(kind.type)
        }
    }

    /// Each entity of `kind`'s position and id, in plan order, each id read where it lies.
    func forEachID(of kind: EntityKind, _ body: (Int, EntityID) -> Void) {
        func each<E: PlanEntity>(_ type: E.Type) {
            self[keyPath: E.keyPath].withUnsafeBufferPointer { entities in
                for position in entities.indices { body(position, (entities.baseAddress! + position).pointee.id) }
            }
        }
        switch kind {
        case .activity: each(Activity.self)
        case .scheme: each(Scheme.self)
        default: each(kind.type)
        }
    }

    /// The position of the first entity with each id of `kind`, as a search from the start finds it.
    public func firstPositions(_ kind: EntityKind) -> IDIndex {
        func positions<E: PlanEntity>(_ type: E.Type) -> IDIndex {
            // Through the buffer: no copy of an entity to read its id.
            self[keyPath: E.keyPath].withUnsafeBufferPointer { entities in
                IDIndex(count: entities.count) { (entities.baseAddress! + $0).pointee.id }
            }
        }
        switch kind {
        case .activity: return positions(Activity.self)
        case .scheme: return positions(Scheme.self)
        default: return positions(kind.type)
        }
    }

    /// The title of the entity of `kind` at `position` in its collection.
    public func title(_ kind: EntityKind, at position: Int) -> String {
        func title<E: PlanEntity>(_ type: E.Type) -> String { self[keyPath: E.keyPath][position].title }
        return title(kind.type)
    }
}
