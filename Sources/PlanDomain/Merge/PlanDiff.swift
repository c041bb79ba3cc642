/// What changed between two versions of a plan, by entity and field, and what it does to the
/// cost of each scenario (see `Plan.diff(to:)`; `lines(numbers:)` says it in words).
public struct PlanDiff: Equatable, Sendable, Encodable {
    public struct FieldChange: Equatable, Sendable, Encodable {
        /// Dotted below the entity ("benefit.annualAmount"), or from the top of the plan for a
        /// part that is not an entity ("strategy.vision").
        public var field: String
        /// nil where the field is not set.
        public var before: JSONValue?
        public var after: JSONValue?
    }

    public enum Change: String, Equatable, Sendable, Encodable {
        case added, removed, changed
    }

    public struct EntityChange: Equatable, Sendable, Encodable {
        public var kind: EntityKind
        public var id: EntityID
        /// The entity's title after the change (before it, for a removed one).
        public var title: String
        public var change: Change
        /// For a changed entity, each field that changed.
        public var fields: [FieldChange]
    }

    /// A scenario's total cost over the plan's horizon and in its last year, before and after;
    /// nil on the side where the scenario does not exist.
    public struct CostChange: Equatable, Sendable, Encodable {
        public var scenario: String
        public var lastYear: Int?
        public var totalBefore: Double?
        public var totalAfter: Double?
        public var lastYearBefore: Double?
        public var lastYearAfter: Double?
    }

    public var entities: [EntityChange] = []
    /// Changes to the parts of the plan that are not entities (the vision, the economic inputs...).
    public var parts: [FieldChange] = []
    /// Merge conflicts recorded and resolved between the two versions.
    public var conflictsAdded = 0
    public var conflictsResolved = 0
    /// Only the scenarios whose cost changed.
    public var costs: [CostChange] = []
    public var currency: String = ""

    public var isEmpty: Bool {
        entities.isEmpty && parts.isEmpty && conflictsAdded == 0 && conflictsResolved == 0 && costs.isEmpty
    }
}

extension Plan {
    /// The changes that turn this plan into `other`, in plan order (stage by stage).
    public func diff(to other: Plan) -> PlanDiff {
        var result = PlanDiff()
        result.currency = other.meta.currency
        let before = (try? Plan.treeForDiff(self)) ?? .null
        let after = (try? Plan.treeForDiff(other)) ?? .null
        let collections = CollectionPaths.kinds
        for kind in EntityKind.allCases {
            guard let path = collections.first(where: { $0.value == kind })?.key else { continue }
            let steps = path.split(separator: ".").map(String.init)[...]
            result.entities += entityChanges(kind, before.field(steps), after.field(steps), old: self, new: other)
        }
        Plan.fieldChanges(before, after, path: [], skipping: Set(collections.keys), into: &result.parts)
        let (oldConflicts, newConflicts) = (conflicts ?? [], other.conflicts ?? [])
        result.conflictsAdded = newConflicts.filter { !oldConflicts.contains($0) }.count
        result.conflictsResolved = oldConflicts.filter { !newConflicts.contains($0) }.count
        result.costs = costChanges(to: other)
        return result
    }

    private static func treeForDiff(_ plan: Plan) throws -> JSONValue {
        var copy = plan
        copy.conflicts = nil
        copy.schemaVersion = Plan.currentSchemaVersion
        return try JSONValue.of(copy)
    }

    private func entityChanges(_ kind: EntityKind, _ before: JSONValue?, _ after: JSONValue?,
                               old: Plan, new: Plan) -> [PlanDiff.EntityChange] {
        func items(_ value: JSONValue?) -> [(id: EntityID, value: JSONValue)] {
            guard case .array(let list)? = value else { return [] }
            return list.compactMap { item in
                guard case .string(let id)? = item.object?["id"] else { return nil }
                return (id, item)
            }
        }
        let oldItems = items(before), newItems = items(after)
        let oldByID = Dictionary(oldItems.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(newItems.map(\.id))
        var changes: [PlanDiff.EntityChange] = []
        for (id, value) in newItems {
            guard let previous = oldByID[id] else {
                changes.append(.init(kind: kind, id: id, title: new.name(kind, id), change: .added, fields: []))
                continue
            }
            guard previous != value else { continue }
            var fields: [PlanDiff.FieldChange] = []
            Plan.fieldChanges(previous, value, path: [], skipping: [], into: &fields)
            changes.append(.init(kind: kind, id: id, title: new.name(kind, id), change: .changed, fields: fields))
        }
        for (id, _) in oldItems where !newIDs.contains(id) {
            changes.append(.init(kind: kind, id: id, title: old.name(kind, id), change: .removed, fields: []))
        }
        return changes
    }

    /// Leaf changes between two trees: objects are compared field by field, anything else whole.
    private static func fieldChanges(_ before: JSONValue?, _ after: JSONValue?, path: [String], skipping: Set<String>,
                                     into changes: inout [PlanDiff.FieldChange]) {
        guard before != after, !skipping.contains(path.joined(separator: ".")) else { return }
        if let old = before?.object, let new = after?.object {
            for key in Set(old.keys).union(new.keys).sorted() {
                fieldChanges(old[key], new[key], path: path + [key], skipping: skipping, into: &changes)
            }
        } else {
            changes.append(.init(field: path.joined(separator: "."), before: before, after: after))
        }
    }

    private func costChanges(to other: Plan) -> [PlanDiff.CostChange] {
        let old = costComparison(), new = other.costComparison()
        func key(_ cost: ScenarioCost) -> String { cost.id ?? "" }
        var result: [PlanDiff.CostChange] = []
        var names: [String] = []
        for cost in new { names.append(key(cost)) }
        for cost in old where !names.contains(key(cost)) { names.append(key(cost)) }
        for name in names {
            let before = old.first { key($0) == name }, after = new.first { key($0) == name }
            func sum(_ cost: ScenarioCost?) -> Double? { cost.map { $0.total.reduce(0) { $0 + $1.total } } }
            let change = PlanDiff.CostChange(
                scenario: (after ?? before)!.name, lastYear: (after ?? before)?.horizon?.year,
                totalBefore: sum(before), totalAfter: sum(after),
                lastYearBefore: before?.horizon?.total, lastYearAfter: after?.horizon?.total)
            if change.totalBefore != change.totalAfter || change.lastYearBefore != change.lastYearAfter {
                result.append(change)
            }
        }
        return result
    }
}
