/// The result of a three-way merge of plans (see `Plan.merge`).
public struct PlanMerge: Sendable {
    /// An entity added on their side under an id ours had also taken for another entity.
    public struct Renumbered: Equatable, Sendable {
        public var kind: EntityKind
        public var from: EntityID
        public var to: EntityID
    }

    /// The merged plan: ours where both sides changed a field differently, with this merge's
    /// conflicts added to `conflicts`.
    public var plan: Plan
    /// The conflicts this merge found (those already in the plans are not repeated here).
    public var conflicts: [PlanConflict]
    public var renumbered: [Renumbered]
}

public struct MergeError: Error, Equatable, CustomStringConvertible {
    public var description: String
}

extension Plan {
    /// Merges two versions of a plan made from a common ancestor, by entity id and field:
    ///
    /// - entities added on either side are kept; when both added one under the same id with
    ///   different content, theirs gets the next free id and every reference to it on their side
    ///   follows (a reference is a string equal to the id);
    /// - changes to different fields (of an entity, or of a part such as the economic inputs) are
    ///   all kept; a field changed differently on both sides keeps ours and is recorded as a conflict;
    /// - an entity deleted on one side is deleted, unless the other side changed it: then it is
    ///   kept (as changed) and the conflict recorded, with `field` nil;
    /// - conflicts already stored in the plans are merged as a set (one resolved on either side
    ///   stays resolved).
    ///
    /// Without a common ancestor (`base` nil: both sides created the file), entities with the same
    /// id are merged field by field and every difference is a conflict. Order: ours, with theirs'
    /// new entities placed after the entity they follow on their side. Pure: no files, no clock;
    /// `oursBy`, `theirsBy` and `time` go into the conflict records as given.
    public static func merge(base: Plan?, ours: Plan, theirs: Plan, oursBy: String? = nil,
                             theirsBy: String? = nil, time: String? = nil) throws(MergeError) -> PlanMerge {
        let renumbered = base.map { renumbering(base: $0, ours: ours, theirs: theirs) } ?? []
        let names = Dictionary(renumbered.map { ($0.from, $0.to) }, uniquingKeysWith: { first, _ in first })
        var merger = TreeMerge(collections: CollectionPaths.kinds,
                               stamp: { PlanConflict(kind: $0, id: $1, field: $2, base: $3, ours: $4, theirs: $5,
                                                     oursBy: oursBy, theirsBy: theirsBy, time: time) })
        let merged: JSONValue?
        do {
            let theirsTree = try tree(theirs).mapStrings { names[$0] ?? $0 }
            merged = merger.merge(try base.map(tree), try tree(ours), theirsTree, at: TreeMerge.Place())
        } catch {
            throw MergeError(description: "a plan cannot be read as a tree of fields: \(error)")
        }
        var plan: Plan
        do {
            plan = try (merged ?? .null).decode(Plan.self)
        } catch {
            throw MergeError(description: "the merged plan does not fit the plan format: \(error)")
        }
        plan.schemaVersion = Plan.currentSchemaVersion
        let kept = mergeConflictSets(base: base?.conflicts ?? [], ours: ours.conflicts ?? [],
                                     theirs: theirs.conflicts ?? [])
        let all = kept + merger.conflicts
        plan.conflicts = all.isEmpty ? nil : all
        return PlanMerge(plan: plan, conflicts: merger.conflicts, renumbered: renumbered)
    }

    /// `merge`, for a later edit meeting an earlier one already saved (two sessions on one plan):
    /// the entities ours added under an id theirs has taken since for another entity get the next
    /// free ids (with ours' references to them), so what theirs saved first keeps its ids; then
    /// the merge, ours winning where both changed a field. `renumbered` lists ours' new ids.
    public static func mergeLater(base: Plan, ours: Plan, theirs: Plan, oursBy: String? = nil,
                                  theirsBy: String? = nil, time: String? = nil) throws(MergeError) -> PlanMerge {
        let renumbered = renumbering(base: base, ours: theirs, theirs: ours)
        var mine = ours
        if !renumbered.isEmpty {
            let names = Dictionary(renumbered.map { ($0.from, $0.to) }, uniquingKeysWith: { first, _ in first })
            do {
                mine = try tree(ours).mapStrings { names[$0] ?? $0 }.decode(Plan.self)
            } catch {
                throw MergeError(description: "the new ids cannot be given: \(error)")
            }
            mine.conflicts = ours.conflicts
            mine.schemaVersion = ours.schemaVersion
        }
        var result = try merge(base: base, ours: mine, theirs: theirs, oursBy: oursBy, theirsBy: theirsBy, time: time)
        result.renumbered = renumbered
        return result
    }

    /// The plan as a tree of fields, without its stored conflicts (merged apart, as a set).
    private static func tree(_ plan: Plan) throws -> JSONValue {
        var copy = plan
        copy.conflicts = nil
        return try JSONValue.of(copy)
    }

    /// Their entities that need a new id: added on both sides under one id, with different content.
    static func renumbering(base: Plan, ours: Plan, theirs: Plan) -> [PlanMerge.Renumbered] {
        var result: [PlanMerge.Renumbered] = []
        for kind in EntityKind.allCases {
            let baseIDs = Set(base.entities(kind).map(\.id))
            let oursByID = Dictionary(ours.entities(kind).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let theirEntities = theirs.entities(kind)
            var highest = Plan.highestNumber(kind, in: baseIDs.union(oursByID.keys).union(theirEntities.map(\.id)))
            for entity in theirEntities where !baseIDs.contains(entity.id) {
                guard let mine = oursByID[entity.id], !same(mine, entity) else { continue }
                highest += 1
                result.append(.init(kind: kind, from: entity.id, to: kind.idPrefix + "-" + String(highest)))
            }
        }
        return result
    }

    private static func same(_ a: any PlanEntity, _ b: any PlanEntity) -> Bool {
        AnyEntity(a) == AnyEntity(b)
    }

    /// The highest number among the ids of `kind`'s prefix in `taken` ("MEA-12" counts 12); 0 for none.
    static func highestNumber(_ kind: EntityKind, in taken: Set<EntityID>) -> Int {
        let prefix = kind.idPrefix + "-"
        return taken.compactMap { $0.hasPrefix(prefix) ? Int($0.dropFirst(prefix.count)) : nil }.max() ?? 0
    }

    /// Stored conflicts: those on either side, less those one side resolved (in base, gone there).
    static func mergeConflictSets(base: [PlanConflict], ours: [PlanConflict], theirs: [PlanConflict]) -> [PlanConflict] {
        let added = theirs.filter { !ours.contains($0) && !base.contains($0) }
        return (ours + added).filter { !base.contains($0) || (ours.contains($0) && theirs.contains($0)) }
    }
}

/// Where each kind's collection sits in the plan's tree ("strategy.measures"), found once by
/// encoding a plan that holds one entity of each kind, so it cannot drift from the model.
enum CollectionPaths {
    static let kinds: [String: EntityKind] = {
        var plan = Plan(meta: PlanMeta(country: Country(name: "", code: ""), title: "", currency: "",
                                       baseYear: 2000, firstYear: 2000, lastYear: 2000))
        func probe(_ kind: EntityKind) -> EntityID { "\u{1}probe-\(kind.rawValue)" }
        for kind in EntityKind.allCases {
            func insert<E: PlanEntity>(_ type: E.Type) { plan[keyPath: E.keyPath].append(E(id: probe(kind))) }
            insert(kind.type)
        }
        let probes = Dictionary(uniqueKeysWithValues: EntityKind.allCases.map { (probe($0), $0) })
        var found: [String: EntityKind] = [:]
        func walk(_ value: JSONValue, _ path: [String]) {
            guard case .object(let fields) = value else { return }
            for (key, child) in fields {
                if case .array(let items) = child, case .object(let first)? = items.first,
                   case .string(let id)? = first["id"], let kind = probes[id] {
                    found[(path + [key]).joined(separator: ".")] = kind
                } else {
                    walk(child, path + [key])
                }
            }
        }
        walk((try? JSONValue.of(plan)) ?? .null, [])
        return found
    }()
}
