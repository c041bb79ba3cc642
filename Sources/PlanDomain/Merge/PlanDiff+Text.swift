extension PlanDiff {
    /// The changes in words, a line each: "Measure MEA-2 "Universal old-age pension": benefit
    /// annual amount 48,000 -> 54,000 XKB a year", "3 activities added to the action plan: ...",
    /// and the effect on each scenario's cost. Numbers in `numbers`; references to entities of
    /// `plan` (the newer version) are followed by their names.
    public func lines(numbers: NumberConvention, plan: Plan) -> [String] {
        let words = DiffWords(numbers: numbers, currency: currency, plan: plan)
        var lines: [String] = []
        for kind in EntityKind.allCases {
            let mine = entities.filter { $0.kind == kind }
            for change in [Change.added, .removed] {
                let group = mine.filter { $0.change == change }
                let place = change == .added ? "added to \(words.stage(kind.stage))" : "removed from \(words.stage(kind.stage))"
                if group.count >= 3 {
                    let shown = group.prefix(5).map { words.entity($0.id, $0.title) }.joined(separator: ", ")
                    lines.append("\(counted(group.count, kind.label, kind.pluralLabel)) \(place): \(shown)"
                        + (group.count > 5 ? " and \(group.count - 5) more" : ""))
                } else {
                    for item in group { lines.append("\(kind.label.capitalizedFirst) \(words.entity(item.id, item.title)) \(place)") }
                }
            }
            for item in mine where item.change == .changed {
                let fields = item.fields.map { words.change($0, dropFirst: 0) }.joined(separator: "; ")
                lines.append("\(kind.label.capitalizedFirst) \(words.entity(item.id, item.title)): \(fields)")
            }
        }
        for part in parts { lines.append(words.change(part, dropFirst: 1).capitalizedFirst) }
        if conflictsAdded > 0 { lines.append("\(counted(conflictsAdded, "merge conflict")) recorded") }
        if conflictsResolved > 0 { lines.append("\(counted(conflictsResolved, "merge conflict")) resolved") }
        for cost in costs { lines.append(words.cost(cost)) }
        return lines
    }
}

/// How `PlanDiff.lines` writes names, fields and values.
struct DiffWords {
    let numbers: NumberConvention
    let currency: String
    let plan: Plan

    func stage(_ stage: Stage) -> String {
        switch stage {
        case .foundations, .stocktake, .strategy, .actionPlan: "the " + stage.title.lowercased()
        default: stage.title.lowercased()
        }
    }

    func entity(_ id: EntityID, _ title: String) -> String {
        title.isEmpty || title == id ? id : "\(id) \"\(Self.short(title))\""
    }

    /// "benefit annual amount 48,000 -> 54,000 XKB a year".
    func change(_ change: PlanDiff.FieldChange, dropFirst: Int) -> String {
        let steps = change.field.split(separator: ".").map(String.init)
        let name = steps.dropFirst(min(dropFirst, max(0, steps.count - 1))).map(Self.words).joined(separator: " ")
        let key = steps.last ?? ""
        if case .array(let old)? = change.before ?? .array([]), case .array(let new)? = change.after ?? .array([]),
           (old + new).allSatisfy({ if case .string = $0 { true } else { false } }) {
            let added = new.filter { !old.contains($0) }.map { value($0, key: key) }
            let removed = old.filter { !new.contains($0) }.map { value($0, key: key) }
            var parts: [String] = []
            if !added.isEmpty { parts.append("added " + added.joined(separator: ", ")) }
            if !removed.isEmpty { parts.append("removed " + removed.joined(separator: ", ")) }
            if parts.isEmpty { parts.append("reordered") }
            return "\(name): " + parts.joined(separator: ", ")
        }
        let unit = Self.isMoney(key) ? " \(currency)" + (key == "annualAmount" ? " a year" : "") : ""
        let old = change.before.map { value($0, key: key) } ?? "not set"
        let new = change.after.map { value($0, key: key) } ?? "not set"
        return "\(name) \(old) -> \(new)\(unit)"
    }

    func value(_ value: JSONValue, key: String) -> String {
        switch value {
        case .int(let number): return number_(Double(number), key: key)
        case .double(let number): return number_(number, key: key)
        case .string(let text):
            if let kind = EntityKind.allCases.first(where: { text.hasPrefix($0.idPrefix + "-") }),
               let found = plan.entity(kind, id: text) {
                return entity(text, found.title)
            }
            if text.first?.isLowercase == true, text.allSatisfy({ $0.isLetter || $0.isNumber }) { return Self.words(text) }
            return "\"\(Self.short(text))\""
        case .object, .array:
            return Self.short(value.text)
        default:
            return value.text
        }
    }

    private func number_(_ value: Double, key: String) -> String {
        key.lowercased().contains("year") ? numbers.plain(value) : numbers.format(value, decimals: 2)
    }

    func cost(_ cost: PlanDiff.CostChange) -> String {
        func amount(_ value: Double?) -> String { value.map { numbers.abbreviated($0) } ?? "none" }
        func delta(_ before: Double?, _ after: Double?) -> String {
            let change = (after ?? 0) - (before ?? 0)
            return " (" + (change >= 0 ? "+" : "-") + numbers.abbreviated(abs(change)) + ")"
        }
        var text = "Cost of \"\(Self.short(cost.scenario))\" over the horizon: \(amount(cost.totalBefore)) -> "
            + "\(amount(cost.totalAfter)) \(currency)\(delta(cost.totalBefore, cost.totalAfter))"
        if let year = cost.lastYear {
            text += "; in \(year): \(amount(cost.lastYearBefore)) -> \(amount(cost.lastYearAfter))"
                + delta(cost.lastYearBefore, cost.lastYearAfter)
        }
        return text
    }

    static func isMoney(_ key: String) -> Bool {
        let lower = key.lowercased()
        return ["amount", "budget", "expenditure", "cost"].contains { lower.contains($0) } && !lower.contains("percent")
    }

    /// "annualAmount" -> "annual amount", "gapIds" -> "gaps", "activityIds" -> "activities",
    /// "measureId" -> "measure".
    static func words(_ name: String) -> String {
        let plural = name.hasSuffix("Ids")
        var base = name
        if plural { base = String(base.dropLast(3)) } else if base.hasSuffix("Id") { base = String(base.dropLast(2)) }
        var out = ""
        for character in base {
            if character.isUppercase, !out.isEmpty { out += " " }
            out += character.lowercased()
        }
        return plural ? pluralOf(out) : out
    }

    static func short(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(57)) + "..." : text
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
