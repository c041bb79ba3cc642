/// The three-way merge of two trees of fields against their ancestor, collections of entities by
/// id (see `Plan.merge` for the rules). Collects a conflict for each field both sides changed
/// differently, keeping ours.
struct TreeMerge {
    /// Where the merge is: the entity (when inside one) and the field path below it (or from the
    /// top of the plan outside entities).
    struct Place {
        var kind: EntityKind?
        var id: EntityID?
        var field: [String] = []

        func adding(_ key: String) -> Place {
            var next = self
            next.field.append(key)
            return next
        }

        var fieldText: String? { field.isEmpty ? nil : field.joined(separator: ".") }
    }

    typealias Stamp = (EntityKind?, EntityID?, String?, JSONValue?, JSONValue?, JSONValue?) -> PlanConflict

    /// The kind of each entity collection, by its path from the top of the plan.
    let collections: [String: EntityKind]
    let stamp: Stamp
    var conflicts: [PlanConflict] = []

    init(collections: [String: EntityKind], stamp: @escaping Stamp) {
        self.collections = collections
        self.stamp = stamp
    }

    mutating func merge(_ base: JSONValue?, _ ours: JSONValue?, _ theirs: JSONValue?, at place: Place) -> JSONValue? {
        if ours == theirs { return ours }
        if ours == base { return theirs }
        if theirs == base { return ours }
        switch (base, ours, theirs) {
        case (.object(let b)?, .object(let o)?, .object(let t)?):
            return mergeFields(b, o, t, at: place)
        case (nil, .object(let o)?, .object(let t)?):
            return mergeFields(nil, o, t, at: place)
        case (_, .array(let o)?, .array(let t)?):
            if place.kind == nil, let fieldText = place.fieldText, let kind = collections[fieldText] {
                var b: [JSONValue]? = nil
                if case .array(let items)? = base { b = items }
                return .array(mergeEntities(b, o, t, kind: kind))
            }
        default:
            break
        }
        conflicts.append(stamp(place.kind, place.id, place.fieldText, base, ours, theirs))
        return ours
    }

    private mutating func mergeFields(_ base: [String: JSONValue]?, _ ours: [String: JSONValue],
                                      _ theirs: [String: JSONValue], at place: Place) -> JSONValue {
        var result: [String: JSONValue] = [:]
        for key in Set(ours.keys).union(theirs.keys).union(base?.keys ?? [:].keys).sorted() {
            if let value = merge(base?[key], ours[key], theirs[key], at: place.adding(key)) { result[key] = value }
        }
        return .object(result)
    }

    /// Entities in first-seen order, each under its id (a later duplicate id is kept under a
    /// position key, so nothing is dropped).
    private struct Keyed {
        var order: [String] = []
        var byKey: [String: JSONValue] = [:]

        init(_ items: [JSONValue]) {
            for (index, item) in items.enumerated() {
                var key = "#\(index)"
                if case .object(let fields) = item, case .string(let id)? = fields["id"], byKey[id] == nil { key = id }
                order.append(key)
                byKey[key] = item
            }
        }
    }

    private mutating func mergeEntities(_ baseItems: [JSONValue]?, _ oursItems: [JSONValue], _ theirsItems: [JSONValue],
                                        kind: EntityKind) -> [JSONValue] {
        let base = Keyed(baseItems ?? []), ours = Keyed(oursItems), theirs = Keyed(theirsItems)
        var result: [(key: String, value: JSONValue)] = []
        func place(_ key: String) -> Place { Place(kind: kind, id: key.hasPrefix("#") ? nil : key) }
        for key in ours.order {
            let mine = ours.byKey[key]!
            let original = base.byKey[key]
            if let other = theirs.byKey[key] {
                if let merged = merge(original, mine, other, at: place(key)) { result.append((key, merged)) }
            } else if original == nil {
                result.append((key, mine))
            } else if mine != original {
                conflicts.append(stamp(kind, place(key).id, nil, original, mine, nil))
                result.append((key, mine))
            }
        }
        for (index, key) in theirs.order.enumerated() where ours.byKey[key] == nil {
            let other = theirs.byKey[key]!
            if let original = base.byKey[key] {
                if other == original { continue }
                conflicts.append(stamp(kind, place(key).id, nil, original, nil, other))
            }
            let before = theirs.order[..<index].last { previous in result.contains { $0.key == previous } }
            // After the entity it follows on their side, and after what ours added there.
            var at = before.flatMap { previous in result.firstIndex { $0.key == previous } }.map { $0 + 1 } ?? 0
            while at < result.count, theirs.byKey[result[at].key] == nil { at += 1 }
            result.insert((key, other), at: at)
        }
        return result.map(\.value)
    }
}
