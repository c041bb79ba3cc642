extension FieldID {
    /// The field whose form control writes the stored property at `path` ("targetGroupId",
    /// "benefit.annualAmount", "gdp.growthPercent"): matched by name, ignoring case, spaces, hyphens
    /// and the "Id", "Ids" and "Percent" endings of stored names; nil when no field matches.
    public static func forProperty(_ path: String, of owner: FieldOwner) -> FieldID? {
        var steps = path.split(separator: ".").map(String.init)
        if let alias = aliases[owner.description]?[path] ?? steps.first.flatMap({ aliases[owner.description]?[$0] }) {
            steps = [alias]
        }
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
        "activity": ["verification": "meansOfVerification"],
        "approval": ["stage": "step"],
        "capacity": ["activityIds": "actions"],
        "costCeiling": ["basis": "ceiling"],
        // Document texts are stored by section, their fields named by the section's label.
        "document": ["process": "mandateAndProcess", "situation": "socioEconomicContext", "financing": "costingAndFinancing"],
        "group": ["partOfPartition": "partition"],
        "measure": ["administrativeBasis": "administrativeRate", "financingModel": "financing",
                    "insuredSelfEmployed": "contributions",
                    "contribution": "contributions", "replacesSchemeIds": "replaces",
                    "legislationStatus": "legislation",
                    // A measure's implications: each sub-property on the field of its area (issue 16).
                    "implications": "financialImplications",
                    "implications.financing": "financialImplications",
                    "implications.administrative": "administrativeImplications",
                    "implications.functions": "administrativeImplications",
                    "implications.staff": "administrativeImplications",
                    "implications.legal": "legalImplications", "implications.instrument": "legalImplications",
                    "implications.political": "politicalImplications", "implications.decidedBy": "politicalImplications",
                    "implications.supporterIds": "politicalImplications",
                    "implications.opponentIds": "politicalImplications"],
        "option": ["annualCost": "cost", "political": "dimensions", "socialDialogue": "dimensions",
                   "legislative": "dimensions", "technical": "dimensions", "financial": "dimensions"],
        "service": ["rulesPublished": "publishedRules", "rulesWhere": "publishedRules", "complaintsChannel": "complaints",
                    "appealBody": "appeals", "appealIndependent": "appeals", "appealDays": "appeals",
                    "decideDaysTarget": "timeToDecide", "decideDaysActual": "timeToDecide",
                    "payDaysTarget": "timeToPay", "payDaysActual": "timeToPay",
                    "onTimeTarget": "paymentsOnTime", "onTimeActual": "paymentsOnTime",
                    "reachTarget": "reachOfAccessPoints", "reachActual": "reachOfAccessPoints",
                    "beneficiaries": "administrativeCost", "benefitsPaid": "administrativeCost"],
        "phase": ["firstYear": "years", "lastYear": "years"],
        "pledge": ["firstYear": "years", "lastYear": "years"],
        "resultIndicator": ["activityIds": "activities"],
        "study": ["file": "fileOrLink"],
    ]
}

extension RecordKind {
    /// The record form that edits the property at `path` from the top of the plan, and the property's
    /// path inside the record (a record that is one value, like the vision, is its own last step).
    static func holding(_ path: String) -> (RecordKind, String)? {
        for record in records {
            guard let kind = record.kind else { continue }
            if path == record.path { return (kind, String(path.split(separator: ".").last!)) }
            if path.hasPrefix(record.path + ".") { return (kind, String(path.dropFirst(record.path.count + 1))) }
        }
        return nil
    }

    /// Every record, of a plan with nothing in it: only their kinds and paths are read.
    private static let records = PlanRecord.all(of: Plan(meta: PlanMeta(
        country: Country(name: "", code: ""), title: "", currency: "", baseYear: 0, firstYear: 0, lastYear: 0)))
}
