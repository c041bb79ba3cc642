import PlanDomain

/// Brings an older plan file up to the current schema, one version at a time, on the raw JSON
/// object before it is decoded.
///
/// Loading never writes: a migrated plan is written in the current schema the next time the user
/// saves, and the old file goes to backups/ like any previous version.
public enum Migrations {
    /// A file whose content does not have the shape its schema version promises.
    public struct Failure: Error, Equatable, Sendable {
        /// Where in the document, as in `meta.horizon.from`.
        public var fieldPath: String
        public var message: String
    }

    public typealias Step = @Sendable (inout [String: Any]) throws(Failure) -> Void

    /// `steps[n]` turns a version-n document into a version n + 1 one.
    public static let steps: [Int: Step] = [
        0: horizonToYears,
        1: readinessCanBeUnassessed,
        2: coverageMeasuresAndContributions,
        3: guideStructure,
        4: processAndService,
    ]

    /// The oldest schema this Socle can read.
    public static var oldestSupported: Int { steps.keys.min() ?? Plan.currentSchemaVersion }

    /// Runs every step from `version` up to `Plan.currentSchemaVersion`, and sets `schemaVersion`.
    public static func migrate(_ object: inout [String: Any], from version: Int) throws(Failure) {
        var current = version
        while current < Plan.currentSchemaVersion {
            guard let step = steps[current] else {
                throw Failure(fieldPath: "schemaVersion",
                              message: "schema \(current) is older than any this Socle can read"
                                + " (the oldest is \(oldestSupported))")
            }
            try step(&object)
            current += 1
            object["schemaVersion"] = current
        }
    }

    /// Version 5 (issue 16, process and service) records what each approval step approved, who carries
    /// out each communication action and which measures it explains, each measure's implications and
    /// dimensions, each activity's dimensions, and three new collections (measure options, evidence of
    /// acceptance, service profiles). Every version 4 value keeps its meaning. The approval path of a
    /// version 4 plan was the strategy's, so each step approves the strategy; which version it approved
    /// was never recorded, so approved steps carry no fingerprint (and `socle check` says so). A
    /// measure's implications start as not assessed, but for the legal ones its law already gives
    /// (`implications(from:)`).
    static func processAndService(_ object: inout [String: Any]) throws(Failure) {
        func each(_ list: Any?, _ change: (inout [String: Any]) -> Void) -> Any? {
            guard let items = list as? [Any] else { return list }
            return items.map { item -> Any in
                guard var entity = item as? [String: Any] else { return item }
                change(&entity)
                return entity
            }
        }
        func fill(_ entity: inout [String: Any], _ defaults: [String: Any]) {
            for (key, value) in defaults where entity[key] == nil { entity[key] = value }
        }
        if var strategy = object["strategy"] as? [String: Any] {
            strategy["approvals"] = each(strategy["approvals"]) {
                fill(&$0, ["documents": ["strategy"], "version": "", "fingerprint": ""])
            }
            strategy["publicInformation"] = each(strategy["publicInformation"]) { fill(&$0, ["measureIds": [Any]()]) }
            strategy["measures"] = each(strategy["measures"]) { measure in
                if measure["implications"] == nil { measure["implications"] = implications(from: measure) }
                fill(&measure, ["dimensions": [Any]()])
            }
            fill(&strategy, ["acceptance": [Any](), "options": [Any]()])
            object["strategy"] = strategy
        }
        if var actionPlan = object["actionPlan"] as? [String: Any] {
            actionPlan["activities"] = each(actionPlan["activities"]) { fill(&$0, ["dimensions": [Any]()]) }
            object["actionPlan"] = actionPlan
        }
        if var administration = object["administration"] as? [String: Any] {
            fill(&administration, ["services": [Any]()])
            object["administration"] = administration
        }
    }

    /// A version 4 measure's implications: none assessed, except what its legislation fields already say.
    /// A measure that needs a law (`legislationStatus` other than `notNeeded`) has legal implications, high
    /// for a new law and medium for an amendment (its `legislation` text names an amendment), and Parliament
    /// decides it; the text itself stays where it is, as the name of the law.
    static func implications(from measure: [String: Any]) -> [String: Any] {
        var result: [String: Any] = [
            "financial": "notAssessed", "financing": "notAssessed", "administrative": "notAssessed",
            "functions": [Any](), "legal": "notAssessed", "instrument": "notAssessed", "political": "notAssessed",
            "supporterIds": [Any](), "opponentIds": [Any](),
        ]
        let status = measure["legislationStatus"] as? String ?? "notNeeded"
        guard status != "notNeeded" else { return result }
        let amends = (measure["legislation"] as? String ?? "").lowercased().contains("amend")
        result["legal"] = amends ? "medium" : "high"
        result["instrument"] = amends ? "amendment" : "newLaw"
        result["decidedBy"] = "parliament"
        return result
    }

    /// Version 4 answers more of the ILO guide's questions in structure. New collections, empty in
    /// an older file: the register of studies (`foundations.studies`), expert support by stage
    /// (`foundations.expertSupport`), the pledge register and the budget appropriations
    /// (`actionPlan.pledges`, `actionPlan.appropriations`). New members, added here with their
    /// defaults so every older value keeps its meaning: an activity's description, output and means
    /// of verification (empty); the activities a result indicator measures (none); an evaluation
    /// question's data needed and limits (empty) and its data availability (`notAssessed`); whether a
    /// scenario is the one financed (`false`); whether a measure's insured are self-employed (`false`). Optional members (`studyId` on figures and questions)
    /// are simply absent.
    static func guideStructure(_ object: inout [String: Any]) throws(Failure) {
        func update(_ stage: String, _ collection: String, defaults: [String: Any]) {
            guard var part = object[stage] as? [String: Any] else { return }
            if let items = part[collection] as? [Any] {
                part[collection] = items.map { item -> Any in
                    guard var entity = item as? [String: Any] else { return item }
                    for (key, value) in defaults where entity[key] == nil { entity[key] = value }
                    return entity
                }
            }
            object[stage] = part
        }
        func addCollection(_ stage: String, _ collection: String) {
            guard var part = object[stage] as? [String: Any], part[collection] == nil else { return }
            part[collection] = [Any]()
            object[stage] = part
        }
        update("actionPlan", "activities", defaults: ["description": "", "output": "", "verification": ""])
        update("monitoring", "indicators", defaults: ["activityIds": [Any]()])
        update("evaluation", "questions", defaults: ["dataNeeded": "", "dataAvailability": "notAssessed", "limits": ""])
        update("strategy", "scenarios", defaults: ["financed": false])
        update("strategy", "measures", defaults: ["insuredSelfEmployed": false])
        addCollection("foundations", "studies")
        addCollection("foundations", "expertSupport")
        addCollection("actionPlan", "pledges")
        addCollection("actionPlan", "appropriations")
    }

    /// Version 3 keeps legal coverage, active contributors and beneficiaries apart, and adds the
    /// contribution side of measures, the law they need, and the country's ratifications. Every
    /// version 2 value keeps its meaning, except one: a scheme's `recipients` ("protected persons or
    /// recipients") are from now on beneficiaries only. A version 2 file cannot say which of its
    /// counts were contributors, so they stay beneficiaries, and the user guide says how to move
    /// them ("Coverage: three measures"). The step adds the new required members with their
    /// defaults: per scheme no legal coverage, contributors by group or exclusive schemes; per
    /// measure no contribution terms, replaced schemes or legislation; no ratifications.
    static func coverageMeasuresAndContributions(_ object: inout [String: Any]) throws(Failure) {
        if var stocktake = object["stocktake"] as? [String: Any], let schemes = stocktake["schemes"] as? [Any] {
            stocktake["schemes"] = schemes.map { item -> Any in
                guard var scheme = item as? [String: Any] else { return item }
                for key in ["legalCoverage", "activeContributors", "exclusiveWith"] where scheme[key] == nil {
                    scheme[key] = [Any]()
                }
                return scheme
            }
            object["stocktake"] = stocktake
        }
        if var strategy = object["strategy"] as? [String: Any], let measures = strategy["measures"] as? [Any] {
            strategy["measures"] = measures.map { item -> Any in
                guard var measure = item as? [String: Any] else { return item }
                if measure["contribution"] == nil {
                    measure["contribution"] = [
                        "insuredSharePercent": 100, "insurableEarnings": 0, "earningsGrowthPercent": 0,
                        "employerRatePercent": 0, "workerRatePercent": 0, "stateRatePercent": 0,
                    ] as [String: Any]
                }
                if measure["replacesSchemeIds"] == nil { measure["replacesSchemeIds"] = [Any]() }
                if measure["legislation"] == nil { measure["legislation"] = "" }
                if measure["legislationStatus"] == nil { measure["legislationStatus"] = "notNeeded" }
                return measure
            }
            object["strategy"] = strategy
        }
        if var foundations = object["foundations"] as? [String: Any], foundations["standards"] == nil {
            foundations["standards"] = ["c102Parts": [Any](), "r202Recognised": false, "r204Recognised": false]
                as [String: Any]
            object["foundations"] = foundations
        }
    }

    /// Version 2 adds the readiness status `notAssessed`, the default of new criteria. In version 1
    /// every criterion carried a status someone could have chosen, and stage progress counted it as
    /// assessed; so a version 1 file keeps each status as it is ("notMet" still means not met, and
    /// the dimension still counts as assessed): only the version number changes.
    static func readinessCanBeUnassessed(_ object: inout [String: Any]) throws(Failure) {}

    /// Version 0 was written by pre-release builds. It is version 1 except for the plan's years:
    /// `meta.horizon = {"from": 2025, "to": 2030}` instead of `meta.firstYear` and `meta.lastYear`.
    static func horizonToYears(_ object: inout [String: Any]) throws(Failure) {
        guard var meta = object["meta"] as? [String: Any] else {
            throw Failure(fieldPath: "meta", message: "expected an object with the plan's details")
        }
        guard let horizon = meta["horizon"] as? [String: Any] else {
            throw Failure(fieldPath: "meta.horizon",
                          message: "expected an object {\"from\": year, \"to\": year}")
        }
        func year(_ key: String) throws(Failure) -> Int {
            guard let value = horizon[key] as? Int else {
                throw Failure(fieldPath: "meta.horizon.\(key)", message: "expected a year")
            }
            return value
        }
        meta["firstYear"] = try year("from")
        meta["lastYear"] = try year("to")
        meta["horizon"] = nil
        object["meta"] = meta
    }
}
