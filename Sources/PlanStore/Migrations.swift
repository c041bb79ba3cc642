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
