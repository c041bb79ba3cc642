extension FieldID {
    /// The field whose form control writes the stored property at `path` ("targetGroupId",
    /// "benefit.annualAmount", "gdp.growthPercent"): matched by name, ignoring case, spaces, hyphens
    /// and the "Id", "Ids" and "Percent" endings of stored names; nil when no field matches.
    public static func forProperty(_ path: String, of owner: FieldOwner) -> FieldID? {
        var steps = path.split(separator: ".").map(String.init)
        if let first = steps.first, let alias = aliases[owner.description]?[first] { steps = [alias] }
        guard let first = steps.first else { return nil }
        let fields = owner.fields
        func plain(_ text: String) -> String { String(text.lowercased().filter { $0.isLetter || $0.isNumber }) }
        func stem(_ name: String) -> [String] {
            var names = [name]
            for (ending, replacement) in [("Ids", "s"), ("Id", ""), ("Percent", ""), ("Days", "")] where name.hasSuffix(ending) {
                names.append(String(name.dropLast(ending.count)) + replacement)
            }
            return names
        }
        // The longest dotted prefix that names a field wins: "gdp.growthPercent" is "gdp growth".
        for count in stride(from: steps.count, through: 1, by: -1) {
            let joined = steps.prefix(count).enumerated()
                .map { $0.offset == 0 ? $0.element : $0.element.prefix(1).uppercased() + $0.element.dropFirst() }.joined()
            for name in stem(joined) {
                if let found = fields.first(where: { plain($0.key) == plain(name) }) { return found }
            }
        }
        return nil
    }

    /// Stored properties edited by a field of another name, by owner.
    private static let aliases: [String: [String: String]] = [
        "approval": ["stage": "step"],
        "capacity": ["activityIds": "actions"],
        "costCeiling": ["basis": "ceiling"],
        "group": ["partOfPartition": "partition"],
        "measure": ["administrativeBasis": "administrativeRate", "financingModel": "financing",
                    "contribution": "contributions", "replacesSchemeIds": "replaces",
                    "legislationStatus": "legislation"],
        "phase": ["firstYear": "years", "lastYear": "years"],
    ]
}

extension RecordKind {
    /// The record that holds the property at `path` from the top of the plan, and the path inside it.
    static func holding(_ path: String) -> (RecordKind, String)? {
        let prefixes: [(String, RecordKind)] = [
            ("meta.", .details), ("foundations.mandate.", .mandate), ("foundations.leadMinistryId", .mandate),
            ("stocktake.economy.", .economy), ("strategy.vision", .vision), ("actionPlan.startDate", .timetable),
        ]
        for (prefix, record) in prefixes where path.hasPrefix(prefix) {
            if prefix.hasSuffix(".") { return (record, String(path.dropFirst(prefix.count))) }
            return (record, String(prefix.split(separator: ".").last!))
        }
        return nil
    }
}
