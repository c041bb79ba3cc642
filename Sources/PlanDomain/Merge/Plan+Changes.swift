extension Plan {
    /// The edit that turns this plan into `other`, through the one edit path: entities deleted,
    /// changed and added (at their place), and the records that differ. Exact: applying it to this
    /// plan gives `other`, which is checked; nil when the plans are equal or when `other` differs
    /// in a way edits cannot express (a part of the plan that is neither an entity nor a record).
    ///
    /// Two sessions' edits meet this way: the later session's edit is merged with what the other
    /// saved meanwhile (`Plan.merge`), and this edit, from the plan on disk to the merged one, is
    /// what its journal line records.
    public func changes(to other: Plan) -> Edit? {
        guard self != other else { return nil }
        var edits: [Edit] = []
        for kind in EntityKind.allCases {
            edits += entityChanges(kind, to: other)
        }
        if let records = recordEdit(to: other) { edits.append(records) }
        guard !edits.isEmpty else { return nil }
        let edit = edits.count == 1 ? edits[0] : Edit.batch(edits)
        guard var result = try? applying(edit) else { return nil }
        result.schemaVersion = other.schemaVersion
        return result == other ? edit : nil
    }

    /// The edits that turn this plan's entities of `kind` into `other`'s, in order.
    private func entityChanges(_ kind: EntityKind, to other: Plan) -> [Edit] {
        let mine = entities(kind)
        let theirs = other.entities(kind)
        let mineByID = Dictionary(mine.map { ($0.id, AnyEntity($0)) }, uniquingKeysWith: { first, _ in first })
        let theirIDs = Set(theirs.map(\.id))
        guard mineByID.count == mine.count, theirIDs.count == theirs.count else {
            return replaceAll(kind, mine, theirs)
        }
        var edits: [Edit] = mine.filter { !theirIDs.contains($0.id) }.map { .delete(kind, id: $0.id) }
        // The entities both keep must stay in the same order; otherwise the collection is rebuilt.
        let kept = mine.map(\.id).filter { theirIDs.contains($0) }
        guard kept == theirs.map(\.id).filter({ mineByID[$0] != nil }) else { return replaceAll(kind, mine, theirs) }
        for (index, entity) in theirs.enumerated() {
            let wrapped = AnyEntity(entity)
            if let before = mineByID[entity.id] {
                if before != wrapped { edits.append(.update(wrapped)) }
            } else {
                edits.append(.insert(wrapped, index: index))
            }
        }
        return edits
    }

    private func replaceAll(_ kind: EntityKind, _ mine: [any PlanEntity], _ theirs: [any PlanEntity]) -> [Edit] {
        mine.reversed().map { .delete(kind, id: $0.id) } + theirs.map { .insert(AnyEntity($0), index: nil) }
    }
}
