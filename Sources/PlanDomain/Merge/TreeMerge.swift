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
        var kept: [(key: String, value: JSONValue)] = []
        func place(_ key: String) -> Place { Place(kind: kind, id: key.hasPrefix("#") ? nil : key) }
        for key in ours.order {
            let mine = ours.byKey[key]!
            let original = base.byKey[key]
            if let other = theirs.byKey[key] {
                if let merged = merge(original, mine, other, at: place(key)) { kept.append((key, merged)) }
            } else if original == nil {
                kept.append((key, mine))
            } else if mine != original {
                conflicts.append(stamp(kind, place(key).id, nil, original, mine, nil))
                kept.append((key, mine))
            }
        }
        // Theirs only (added there, or deleted by ours but changed there): each goes after the last
        // entity before it on their side that ours kept, and after what ours added there.
        let keptKeys = Set(kept.map(\.key))
        var leading: [JSONValue] = []
        var following: [String: [JSONValue]] = [:]
        var anchor: String?
        for key in theirs.order {
            guard ours.byKey[key] == nil else {
                if keptKeys.contains(key) { anchor = key }
                continue
            }
            let other = theirs.byKey[key]!
            if let original = base.byKey[key] {
                if other == original { continue }
                conflicts.append(stamp(kind, place(key).id, nil, original, nil, other))
            }
            if let anchor { following[anchor, default: []].append(other) } else { leading.append(other) }
        }
        var result = leading
        var pending: [JSONValue] = []
        for (key, value) in kept {
            if theirs.byKey[key] != nil {
                result += pending
                pending = []
            }
            result.append(value)
            pending += following[key] ?? []
        }
        return result + pending
    }
}
