/// A change to a plan. Applying an edit returns the edit that undoes it; this one path serves
/// editing, undo and redo, and the journal.
public indirect enum Edit: Codable, Equatable, Sendable {
    /// Adds an entity at `index` in its collection (at the end when nil).
    case insert(AnyEntity, index: Int?)
    /// Replaces the entity with the same kind and id.
    case update(AnyEntity)
    case delete(EntityKind, id: EntityID)
    case set(PlanRecord)
    /// Several edits applied in order, undone in reverse order.
    case batch([Edit])

    public static func insert(_ entity: some PlanEntity) -> Edit { .insert(AnyEntity(entity), index: nil) }
    public static func update(_ entity: some PlanEntity) -> Edit { .update(AnyEntity(entity)) }

    /// A sentence for the journal and the status line.
    public var summary: String {
        switch self {
        case .insert(let entity, _): "added \(entity.kind.label) \(entity.id)"
        case .update(let entity): "changed \(entity.kind.label) \(entity.id)"
        case .delete(let kind, let id): "deleted \(kind.label) \(id)"
        case .set(let record): "changed the \(record.label)"
        case .batch(let edits) where edits.count > 1 && edits.last.map(\.isConflictsChange) == true:
            // A conflict resolved (see `Plan.resolution(of:choosing:)`): the change, then the conflict list.
            "resolved a merge conflict: " + edits.dropLast().map(\.summary).joined(separator: "; ")
        case .batch(let edits):
            edits.count == 1 ? edits[0].summary : "\(counted(edits.count, "change")): " +
                edits.prefix(3).map(\.summary).joined(separator: "; ") + (edits.count > 3 ? "; ..." : "")
        }
    }
}

extension Edit {
    var isConflictsChange: Bool {
        if case .set(.conflicts) = self { return true }
        return false
    }
}

public enum EditError: Error, Equatable, CustomStringConvertible {
    case duplicateID(EntityKind, EntityID)
    case notFound(EntityKind, EntityID)
    case emptyID(EntityKind)

    public var description: String {
        switch self {
        case .duplicateID(let kind, let id): "a \(kind.label) with id \(id) already exists"
        case .notFound(let kind, let id): "there is no \(kind.label) with id \(id)"
        case .emptyID(let kind): "a \(kind.label) needs an id"
        }
    }
}

extension Plan {
    /// Applies `edit` and returns its inverse. On error the plan is left unchanged.
    ///
    /// Time is linear in the size of the edit and the plan: a batch finds entities through an
    /// index of positions by id that it keeps up to date, rather than searching the collection for
    /// each item (an import of 100,000 rows is one batch).
    @discardableResult
    public mutating func apply(_ edit: Edit) throws(EditError) -> Edit {
        var positions = EntityPositions()
        return try apply(edit, positions: &positions)
    }

    /// The plan with `edit` applied.
    public func applying(_ edit: Edit) throws(EditError) -> Plan {
        var copy = self
        try copy.apply(edit)
        return copy
    }

    /// On error, `positions` may describe the half-edited copy; every caller then throws too.
    private mutating func apply(_ edit: Edit, positions: inout EntityPositions) throws(EditError) -> Edit {
        switch edit {
        case .insert(let entity, let index):
            return try insert(entity.base, at: index, positions: &positions)
        case .update(let entity):
            return try replace(entity.base, positions: &positions)
        case .delete(let kind, let id):
            return try remove(kind.type, id: id, positions: &positions)
        case .set(let record):
            return .set(set(record))
        case .batch(let edits):
            var copy = self
            var inverses: [Edit] = []
            inverses.reserveCapacity(edits.count)
            for item in edits { inverses.append(try copy.apply(item, positions: &positions)) }
            self = copy
            return .batch(inverses.reversed())
        }
    }

    private mutating func insert<E: PlanEntity>(_ entity: E, at index: Int?,
                                                positions: inout EntityPositions) throws(EditError) -> Edit {
        guard !entity.id.isEmpty else { throw .emptyID(E.entityKind) }
        guard positions.first(entity.id, in: self[keyPath: E.keyPath]) == nil else {
            throw .duplicateID(E.entityKind, entity.id)
        }
        let count = self[keyPath: E.keyPath].count
        let position = min(max(index ?? count, 0), count)
        self[keyPath: E.keyPath].insert(entity, at: position)
        positions.inserted(entity.id, of: E.entityKind, at: position, count: count + 1)
        return .delete(E.entityKind, id: entity.id)
    }

    private mutating func replace<E: PlanEntity>(_ entity: E, positions: inout EntityPositions) throws(EditError) -> Edit {
        guard let position = positions.first(entity.id, in: self[keyPath: E.keyPath]) else {
            throw .notFound(E.entityKind, entity.id)
        }
        let old = self[keyPath: E.keyPath][position]
        self[keyPath: E.keyPath][position] = entity
        return .update(AnyEntity(old))
    }

    private mutating func remove<E: PlanEntity>(_ type: E.Type, id: EntityID,
                                                positions: inout EntityPositions) throws(EditError) -> Edit {
        guard let position = positions.first(id, in: self[keyPath: E.keyPath]) else {
            throw .notFound(E.entityKind, id)
        }
        let old = self[keyPath: E.keyPath].remove(at: position)
        positions.removed(id, of: E.entityKind, at: position, count: self[keyPath: E.keyPath].count)
        return .insert(AnyEntity(old), index: position)
    }

    private mutating func set(_ record: PlanRecord) -> PlanRecord {
        switch record {
        case .meta(let value):
            defer { meta = value }
            return .meta(meta)
        case .mandate(let value):
            defer { foundations.mandate = value }
            return .mandate(foundations.mandate)
        case .leadMinistry(let value):
            defer { foundations.leadMinistryId = value }
            return .leadMinistry(foundations.leadMinistryId)
        case .economy(let value):
            defer { stocktake.economy = value }
            return .economy(stocktake.economy)
        case .coverageThreshold(let value):
            defer { stocktake.coverageThresholdPercent = value }
            return .coverageThreshold(stocktake.coverageThresholdPercent)
        case .vision(let value):
            defer { strategy.vision = value }
            return .vision(strategy.vision)
        case .actionPlanStart(let value):
            defer { actionPlan.startDate = value }
            return .actionPlanStart(actionPlan.startDate)
        case .conflicts(let value):
            defer { conflicts = value.isEmpty ? nil : value }
            return .conflicts(conflicts ?? [])
        case .narrative(let section, let text):
            defer { setNarrative(section, text) }
            return .narrative(section, narrative(section))
        case .documentVersion(let value):
            defer { setDocumentVersion(value) }
            return .documentVersion(document?.version ?? "")
        }
    }
}

extension Plan {
    /// The entities of one kind, in plan order.
    public func entities(_ kind: EntityKind) -> [any PlanEntity] {
        func list<E: PlanEntity>(_ type: E.Type) -> [any PlanEntity] { self[keyPath: E.keyPath] }
        return list(kind.type)
    }

    public func entity(_ kind: EntityKind, id: EntityID) -> (any PlanEntity)? {
        func find<E: PlanEntity>(_ type: E.Type) -> (any PlanEntity)? { entity(type, id: id) }
        return find(kind.type)
    }

    /// Inlinable so that callers in other modules get it specialised for their type: generic code
    /// copies each element it looks at, which made every table row cost a search with copies.
    @inlinable
    public func entity<E: PlanEntity>(_ type: E.Type, id: EntityID?) -> E? {
        guard let id else { return nil }
        // By index: the elements are compared in place, not copied one by one as `first` would.
        let entities = self[keyPath: E.keyPath]
        return entities.firstIndex { $0.id == id }.map { entities[$0] }
    }

    /// A fresh id for a new entity of `kind`: its prefix and one more than the highest number in use.
    public func nextID(for kind: EntityKind) -> EntityID {
        let prefix = kind.idPrefix + "-"
        let highest = entities(kind).compactMap { entity -> Int? in
            guard entity.id.hasPrefix(prefix) else { return nil }
            return Int(entity.id.dropFirst(prefix.count))
        }.max() ?? 0
        return prefix + String(highest + 1)
    }

    /// A user-facing name for the entity `id` of `kind`, or the id itself when it is missing.
    public func name(_ kind: EntityKind, _ id: EntityID?) -> String {
        guard let id else { return "" }
        guard let found = entity(kind, id: id) else { return id }
        let title = found.title
        return title.isEmpty ? id : title
    }
}

extension Plan {
    /// The edit that changes this plan's records into those of `other` (entities are not compared);
    /// nil when no record differs.
    public func recordEdit(to other: Plan) -> Edit? {
        let changes = zip(PlanRecord.all(of: self), PlanRecord.all(of: other)).filter { $0 != $1 }.map { Edit.set($1) }
        switch changes.count {
        case 0: return nil
        case 1: return changes[0]
        default: return .batch(changes)
        }
    }
}
