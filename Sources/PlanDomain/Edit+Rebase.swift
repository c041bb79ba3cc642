extension Plan {
    /// Edits made on an older version of this plan (a recovery file's), made to fit this one: an
    /// item added there whose id has been taken here since gets the next free id, and the later
    /// edits to that item follow it. Returns the edits and the ids that changed ("SCH-12" →
    /// "SCH-13"), or throws the first edit that still does not apply. References to a renamed
    /// item from other items are left as they were.
    public func rebasing(_ edits: [Edit]) throws(EditError) -> (edits: [Edit], renamed: [(from: EntityID, to: EntityID)]) {
        var plan = self
        var result: [Edit] = []
        var renamed: [(from: EntityID, to: EntityID)] = []
        var newIDs: [EntityKind: [EntityID: EntityID]] = [:]
        for original in edits {
            var edit = original
            switch original {
            case .insert(let entity, let index):
                var base = entity.base
                if let moved = newIDs[entity.kind]?[entity.id] {
                    base.id = moved
                } else if plan.entities(entity.kind).contains(where: { $0.id == entity.id }) {
                    base.id = plan.nextID(for: entity.kind)
                    newIDs[entity.kind, default: [:]][entity.id] = base.id
                    renamed.append((entity.id, base.id))
                }
                edit = .insert(AnyEntity(base), index: index)
            case .update(let entity):
                if let moved = newIDs[entity.kind]?[entity.id] {
                    var base = entity.base
                    base.id = moved
                    edit = .update(AnyEntity(base))
                }
            case .delete(let kind, let id):
                if let moved = newIDs[kind]?[id] { edit = .delete(kind, id: moved) }
            case .set, .batch:
                break
            }
            try plan.apply(edit)
            result.append(edit)
        }
        return (result, renamed)
    }
}
