/// Lookups that read one collection in place, without copying its entities into existentials.
extension Plan {
    /// How many entities of `kind` the plan holds.
    public func count(_ kind: EntityKind) -> Int {
        func count<E: PlanEntity>(_ type: E.Type) -> Int { self[keyPath: E.keyPath].count }
        return count(kind.type)
    }

    /// The ids of the entities of `kind`, in plan order.
    public func ids(_ kind: EntityKind) -> [EntityID] {
        readingIDs(of: kind) { count, id in (0..<count).map(id) }
    }

    /// Each entity of `kind`'s position and id, in plan order.
    func forEachID(of kind: EntityKind, _ body: (Int, EntityID) -> Void) {
        readingIDs(of: kind) { count, id in
            for position in 0..<count { body(position, id(position)) }
        }
    }

    /// The position of the first entity with each id of `kind`, as a search from the start finds it.
    public func firstPositions(_ kind: EntityKind) -> IDIndex {
        readingIDs(of: kind) { count, id in IDIndex(count: count, id: id) }
    }

    /// `body` given how many entities of `kind` there are and the id of the nth, read where it lies
    /// (through the collection's buffer, not from a copy of the entity).
    private func readingIDs<Result>(of kind: EntityKind, _ body: (Int, (Int) -> EntityID) -> Result) -> Result {
        // Through a visitor, so that the reading is specialized for each kind's type.
        withoutActuallyEscaping(body) { body in kind.visit(IDReader(plan: self, body: body)) }
    }

    /// The title of the entity of `kind` at `position` in its collection.
    public func title(_ kind: EntityKind, at position: Int) -> String {
        Self.title(of: kind.type, in: self, at: position)
    }

    /// The title read where it lies: a nested function reading `self` would copy the whole plan
    /// (a reference to each of its lists counted), and a read from a copy of the list, the entity.
    private static func title<E: PlanEntity>(of type: E.Type, in plan: Plan, at position: Int) -> String {
        plan[keyPath: E.keyPath].withUnsafeBufferPointer { entities in
            precondition(entities.indices.contains(position), "no \(E.self) at \(position) among \(entities.count)")
            return (entities.baseAddress! + position).pointee.title
        }
    }
}

/// `body` given how many entities of a type the plan holds and the id of the nth, read in place.
private struct IDReader<Output>: EntityTypeVisitor {
    typealias Result = Output
    let plan: Plan
    let body: (Int, (Int) -> EntityID) -> Output

    func visit<Entity: PlanEntity>(_ type: Entity.Type) -> Output {
        plan[keyPath: Entity.keyPath].withUnsafeBufferPointer { entities in
            body(entities.count) { (entities.baseAddress! + $0).pointee.id }
        }
    }
}
