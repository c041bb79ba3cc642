extension Plan {
    /// The edit that resolves `conflict` by choosing one side's value: it sets the field (or, for
    /// a whole entity, restores, keeps or deletes it) and removes the conflict, in one batch, to
    /// be applied through `apply` like any edit (so it is journalled and can be undone).
    /// A conflict whose entity has been deleted since is only removed.
    public func resolution(of conflict: PlanConflict, choosing side: PlanConflict.Side) throws(MergeError) -> Edit {
        var edits: [Edit] = []
        let chosen = conflict.value(side)
        do {
            if let kind = conflict.kind, let id = conflict.id {
                let current = entity(kind, id: id)
                if let field = conflict.field {
                    if let current {
                        let path = field.split(separator: ".").map(String.init)
                        let tree = try JSONValue.of(current).setting(path[...], to: chosen) ?? .null
                        edits.append(.update(try tree.decodeEntity(kind)))
                    }
                } else if let chosen {
                    let entity = try chosen.decodeEntity(kind)
                    edits.append(current == nil ? .insert(entity, index: nil) : .update(entity))
                } else if current != nil {
                    edits.append(.delete(kind, id: id))
                }
            } else if let field = conflict.field {
                let path = field.split(separator: ".").map(String.init)
                let tree = try JSONValue.of(self).setting(path[...], to: chosen) ?? .null
                if let edit = recordEdit(to: try tree.decode(Plan.self)) { edits.append(edit) }
            }
        } catch let error as MergeError {
            throw error
        } catch {
            throw MergeError(description: "the \(side.rawValue) value of \(conflict.place) does not fit: \(error)")
        }
        edits.append(.set(.conflicts((conflicts ?? []).filter { $0 != conflict })))
        return edits.count == 1 ? edits[0] : .batch(edits)
    }
}

extension JSONValue {
    /// This value read as an entity of `kind`.
    func decodeEntity(_ kind: EntityKind) throws -> AnyEntity {
        func read<E: PlanEntity>(_ type: E.Type) throws -> AnyEntity { AnyEntity(try decode(E.self)) }
        return try read(kind.type)
    }
}
