import Foundation
import PlanDomain
import Testing

/// schema/plan.schema.json, checked by an independent validator (Python's `jsonschema`, draft 2020-12, with
/// format checking) against the sample plan, a fresh plan and broken plans; and checked against the Swift
/// model itself: its choices and required keys.
///
/// The validator needs `python3` with the `jsonschema` package (`pip install jsonschema`, or Debian's
/// `python3-jsonschema`). Without it these tests fail and say so.
@Suite("JSON Schema of plan.json")
struct SchemaTests {
    // MARK: - Files

    static func packageRoot(file: String = #filePath) -> URL {
        URL(fileURLWithPath: file)
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static var schemaURL: URL { packageRoot().appendingPathComponent("schema/plan.schema.json") }
    static var exampleURL: URL { packageRoot().appendingPathComponent("examples/kibara/plan.json") }

    /// Socle's encoder for plan.json.
    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    static var sampleMeta: PlanMeta {
        PlanMeta(country: Country(name: "São Tomé and Príncipe", code: "ST"), title: "Plan", currency: "STN",
                 baseYear: 2025, firstYear: 2026, lastYear: 2030)
    }

    static func schemaObject() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL))
        return try #require(object as? [String: Any], "the schema is a JSON object")
    }

    // MARK: - Validation by Python's jsonschema

    @Test func exampleIsValid() throws {
        let errors = try Validator.validate([Data(contentsOf: Self.exampleURL)])
        #expect(errors == [[]])
    }

    @Test func freshPlanIsValid() throws {
        let errors = try Validator.validate([Self.encode(Plan.new(meta: Self.sampleMeta))])
        #expect(errors == [[]])
    }

    /// A plan after a git merge that left conflicts: a field (with who and when), a whole entity
    /// deleted on one side, and a part that is not an entity.
    @Test func planWithMergeConflictsIsValid() throws {
        var plan = Plan.new(meta: Self.sampleMeta)
        plan.conflicts = [
            PlanConflict(kind: .measure, id: "MEA-1", field: "benefit.annualAmount", base: .int(0), ours: .double(4000.5),
                         theirs: .int(4500), oursBy: "main", theirsBy: "labour", time: "2026-11-30T10:00:00Z"),
            PlanConflict(kind: .publicAction, id: "PUB-1", field: nil, base: .object(["id": .string("PUB-1")]), ours: nil,
                         theirs: .object(["id": .string("PUB-1"), "channel": .array([.string("radio"), .null])])),
            PlanConflict(kind: nil, id: nil, field: "strategy.vision", base: nil, ours: .string("A"), theirs: .bool(false)),
        ]
        #expect(try Validator.validate([Self.encode(plan)]) == [[]])
    }

    /// A fresh plan holding one entity of every kind, as created (optional fields unset, default choices).
    @Test func freshPlanWithANewEntityOfEveryKindIsValid() throws {
        var plan = Plan.new(meta: Self.sampleMeta)
        for kind in EntityKind.allCases {
            try plan.apply(.insert(AnyEntity(kind.type.init(id: "\(kind.idPrefix)-99")), index: nil))
        }
        let errors = try Validator.validate([Self.encode(plan)])
        #expect(errors == [[]])
    }

    /// A broken plan: one edit of the sample plan.
    struct Breakage: Sendable {
        var what: String
        var path: String
        var edit: JSONEdit
        /// False where Swift's decoder accepts the file and another layer refuses it.
        var decoderRejects = true
    }

    static let breakages: [Breakage] = [
        Breakage(what: "a wrong enum value", path: "stocktake.schemes.0.type", edit: .string("pension")),
        Breakage(what: "a wrong enum value in a nested value", path: "strategy.measures.0.benefit.indexation",
                 edit: .string("wages")),
        Breakage(what: "a missing required key with a default in Swift",
                 path: "strategy.measures.0.eligibleSharePercent", edit: .remove),
        Breakage(what: "a missing required key", path: "meta.currency", edit: .remove),
        Breakage(what: "a missing stage", path: "monitoring", edit: .remove),
        Breakage(what: "a date in the wrong form", path: "actionPlan.startDate", edit: .string("05/01/2026")),
        Breakage(what: "a date that does not exist", path: "actionPlan.activities.0.actualStart",
                 edit: .string("2026-02-30")),
        Breakage(what: "a number given as text", path: "actionPlan.activities.0.budget", edit: .string("38 million")),
        Breakage(what: "a fraction where an integer is required", path: "actionPlan.activities.0.durationDays",
                 edit: .number(1.5)),
        Breakage(what: "null for a required key", path: "stocktake.coverageThresholdPercent", edit: .null),
        // Swift's decoder ignores unknown keys; the schema is closed so that typos are caught.
        Breakage(what: "an unknown key", path: "stocktake.schemes.0.colour", edit: .string("red"),
                 decoderRejects: false),
        // The decoder reads any version; the store migrates or refuses it.
        Breakage(what: "a newer schema version", path: "schemaVersion",
                 edit: .number(Double(Plan.currentSchemaVersion + 1)), decoderRejects: false),
        // The edit path refuses empty ids.
        Breakage(what: "an empty entity id", path: "strategy.measures.0.id", edit: .string(""),
                 decoderRejects: false),
    ]

    @Test func brokenPlansAreRejected() throws {
        let example = try Data(contentsOf: Self.exampleURL)
        let broken = try Self.breakages.map { try $0.edit.applied(to: example, at: $0.path) }
        let results = try Validator.validate(broken)
        try #require(results.count == Self.breakages.count)
        for (breakage, (errors, data)) in zip(Self.breakages, zip(results, broken)) {
            #expect(!errors.isEmpty, "the schema accepts \(breakage.what) at \(breakage.path)")
            if breakage.decoderRejects {
                #expect(throws: (any Error).self, "Swift's decoder accepts \(breakage.what) at \(breakage.path)") {
                    try JSONDecoder().decode(Plan.self, from: data)
                }
            }
        }
    }

    /// Optional values may be absent (as Socle writes them) or null (as its decoder reads them).
    @Test func nullOptionalsAreAccepted() throws {
        let example = try Data(contentsOf: Self.exampleURL)
        var data = try JSONEdit.null.applied(to: example, at: "actionPlan.activities.0.actualStart")
        data = try JSONEdit.null.applied(to: data, at: "stocktake.schemes.0.institutionId")
        data = try JSONEdit.null.applied(to: data, at: "stocktake.economy.fiscalSpaceCeilingPercentOfGDP")
        #expect(try Validator.validate([data]) == [[]])
        let plan = try JSONDecoder().decode(Plan.self, from: data)
        #expect(plan.actionPlan.activities[0].actualStart == nil)
        #expect(plan.stocktake.economy.fiscalSpaceCeilingPercentOfGDP == nil)
    }

    // MARK: - The schema against the Swift model

    static func rawValues<C: Choice>(_ type: C.Type) -> [String] { C.allCases.map(\.rawValue) }

    static let choices: [String: [String]] = [
        "Contingency": rawValues(Contingency.self),
        "StakeholderKind": rawValues(StakeholderKind.self),
        "Dimension": rawValues(Dimension.self),
        "ReadinessStatus": rawValues(ReadinessStatus.self),
        "SchemeType": rawValues(SchemeType.self),
        "FinancingSource": rawValues(FinancingSource.self),
        "FinancingModel": rawValues(FinancingModel.self),
        "CoverageRating": rawValues(CoverageRating.self),
        "GapKind": rawValues(GapKind.self),
        "ReasonKind": rawValues(ReasonKind.self),
        "BenefitKind": rawValues(BenefitKind.self),
        "Indexation": rawValues(Indexation.self),
        "AdministrativeBasis": rawValues(AdministrativeBasis.self),
        "InstitutionFunction": rawValues(InstitutionFunction.self),
        "Involvement": rawValues(Involvement.self),
        "ApprovalStage": rawValues(ApprovalStage.self),
        "ApprovalStatus": rawValues(ApprovalStatus.self),
        "ActionStatus": rawValues(ActionStatus.self),
        "ActivityStatus": rawValues(ActivityStatus.self),
        "DependencyType": rawValues(DependencyType.self),
        "AdminFunction": rawValues(AdminFunction.self),
        "CapacityRating": rawValues(CapacityRating.self),
        "Frequency": rawValues(Frequency.self),
        "EvaluationCriterion": rawValues(EvaluationCriterion.self),
        "Sex": rawValues(Sex.self),
        "StudyKind": rawValues(StudyKind.self),
        "StudyStatus": rawValues(StudyStatus.self),
        "PlanStep": rawValues(PlanStep.self),
        "PlanDocument": rawValues(PlanDocument.self),
        "ImpactLevel": rawValues(ImpactLevel.self),
        "FinancingNeed": rawValues(FinancingNeed.self),
        "LegalInstrument": rawValues(LegalInstrument.self),
        "Fit": rawValues(Fit.self),
        "EvidenceKind": rawValues(EvidenceKind.self),
        "Stance": rawValues(Stance.self),
        "DataAvailability": rawValues(DataAvailability.self),
        "PledgeKind": rawValues(PledgeKind.self),
        "PledgeStatus": rawValues(PledgeStatus.self),
        "AppropriationSource": rawValues(AppropriationSource.self),
        "AppropriationStatus": rawValues(AppropriationStatus.self),
        "ReferencePopulation": rawValues(ReferencePopulation.self),
        "LegislationStatus": rawValues(LegislationStatus.self),
    ]

    @Test func choicesMatchTheVocabulary() throws {
        let defs = try #require(Self.schemaObject()["$defs"] as? [String: Any])
        var enumDefs: [String: [String]] = [:]
        for (name, def) in defs {
            if let list = (def as? [String: Any])?["enum"] as? [String] { enumDefs[name] = list }
        }
        #expect(enumDefs == Self.choices)
    }

    /// Each value with every optional property unset: its keys are exactly the schema's required keys.
    static func minimalValues() -> [(String, any Encodable)] {
        var values: [(String, any Encodable)] = [
            ("PlanMeta", sampleMeta),
            ("Country", sampleMeta.country),
            ("Foundations", Foundations()),
            ("Mandate", Mandate()),
            ("Stocktake", Stocktake()),
            ("Economy", Economy()),
            ("GrowthSeries", GrowthSeries()),
            ("YearValue", YearValue(year: 2026, value: 1)),
            ("FinancingShares", FinancingShares()),
            ("GroupCount", GroupCount(groupId: "GRP-1", count: 1)),
            ("Strategy", Strategy()),
            ("Benefit", Benefit()),
            ("TakeUp", TakeUp()),
            ("ActionPlan", ActionPlan()),
            ("Dependency", Dependency(activityId: "ACT-1")),
            ("Implications", Implications()),
            ("Administration", Administration()),
            ("Monitoring", Monitoring()),
            ("Evaluation", Evaluation()),
            ("PlanConflict", PlanConflict(kind: nil, id: nil, field: nil, base: nil, ours: nil, theirs: nil)),
            ("DocumentText", DocumentText()),
            ("Standards", Standards()),
            ("ContributionTerms", ContributionTerms()),
        ]
        for kind in EntityKind.allCases {
            values.append((String(describing: kind.type), kind.type.init(id: "X-1")))
        }
        return values
    }

    static func keys(of value: any Encodable) throws -> Set<String> {
        let object = try JSONSerialization.jsonObject(with: encode(value))
        return Set((object as? [String: Any])?.keys.map { $0 } ?? [])
    }

    @Test func requiredKeysMatchTheModel() throws {
        let schema = try Self.schemaObject()
        let defs = try #require(schema["$defs"] as? [String: Any])
        func requiredAndProperties(_ def: [String: Any]) -> (Set<String>, Set<String>) {
            (Set(def["required"] as? [String] ?? []), Set((def["properties"] as? [String: Any])?.keys.map { $0 } ?? []))
        }
        var checked: Set<String> = []
        for (name, value) in Self.minimalValues() {
            guard let def = defs[name] as? [String: Any] else {
                Issue.record("the schema has no $defs/\(name)")
                continue
            }
            checked.insert(name)
            let (required, properties) = requiredAndProperties(def)
            #expect(required == (try Self.keys(of: value)), "required keys of \(name)")
            #expect(properties.isSuperset(of: required), "\(name) declares its required keys")
            #expect(def["additionalProperties"] as? Bool == false, "\(name) is closed")
        }
        let (rootRequired, _) = requiredAndProperties(schema)
        #expect(rootRequired == (try Self.keys(of: Plan(meta: Self.sampleMeta))), "required keys of Plan")

        let objectDefs = Set(defs.compactMap { name, def in
            (def as? [String: Any])?["type"] as? String == "object" ? name : nil
        })
        #expect(objectDefs == checked, "every object in the schema is a type of the model")
    }

    @Test func schemaNamesDraft202012() throws {
        let schema = try Self.schemaObject()
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let version = (schema["properties"] as? [String: Any])?["schemaVersion"] as? [String: Any]
        #expect(version?["const"] as? Int == Plan.currentSchemaVersion,
                "schema/plan.schema.json describes the current schemaVersion")
    }
}

/// One change to a JSON document, at a dotted path ("strategy.measures.0.id").
enum JSONEdit: Sendable {
    case string(String)
    case number(Double)
    case null
    case remove

    struct PathError: Error, CustomStringConvertible {
        var path: String
        var description: String { "no value at \(path)" }
    }

    func applied(to data: Data, at path: String) throws -> Data {
        let root = try JSONSerialization.jsonObject(with: data)
        let changed = try apply(at: path.split(separator: ".").map(String.init)[...], in: root, path: path)
        return try JSONSerialization.data(withJSONObject: changed, options: [.sortedKeys])
    }

    private var value: Any? {
        switch self {
        case .string(let s): s
        case .number(let n): n == n.rounded() ? Int(n) as Any : n as Any
        case .null: NSNull()
        case .remove: nil
        }
    }

    private func apply(at keys: ArraySlice<String>, in node: Any, path: String) throws -> Any {
        guard let key = keys.first else { throw PathError(path: path) }
        let rest = keys.dropFirst()
        if var array = node as? [Any] {
            guard let index = Int(key), array.indices.contains(index) else { throw PathError(path: path) }
            if rest.isEmpty {
                guard let value else { throw PathError(path: path) }
                array[index] = value
            } else {
                array[index] = try apply(at: rest, in: array[index], path: path)
            }
            return array
        }
        guard var object = node as? [String: Any] else { throw PathError(path: path) }
        if rest.isEmpty {
            object[key] = value
        } else {
            guard let child = object[key] else { throw PathError(path: path) }
            object[key] = try apply(at: rest, in: child, path: path)
        }
        return object
    }
}

/// Runs Python's `jsonschema` on JSON documents.
enum Validator {
    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    /// Validates each document against schema/plan.schema.json; returns the errors of each, in order.
    static func validate(_ documents: [Data]) throws -> [[String]] {
        let python = try pythonWithJSONSchema.get()
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("socle-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (index, document) in documents.enumerated() {
            let url = folder.appendingPathComponent("plan-\(index).json")
            try document.write(to: url)
            paths.append(url.path)
        }
        let (status, output) = try run(python, ["-c", script, SchemaTests.schemaURL.path] + paths)
        guard status == 0 else {
            throw Unavailable(description: "jsonschema (\(python.path)) failed with status \(status):\n\(output)")
        }
        let lines = output.split(separator: "\n").filter { $0.hasPrefix("[") }
        guard lines.count == documents.count else {
            throw Unavailable(description: "unexpected validator output:\n\(output)")
        }
        return try lines.map { line in
            try JSONDecoder().decode([String].self, from: Data(line.utf8))
        }
    }

    /// Checks the schema against the draft 2020-12 meta-schema, then prints one JSON list of errors per file.
    static let script = """
        import json, sys
        import jsonschema
        with open(sys.argv[1], encoding="utf-8") as f:
            schema = json.load(f)
        cls = jsonschema.Draft202012Validator
        cls.check_schema(schema)
        checker = getattr(cls, "FORMAT_CHECKER", None) or jsonschema.FormatChecker()
        validator = cls(schema, format_checker=checker)
        for path in sys.argv[2:]:
            with open(path, encoding="utf-8") as f:
                instance = json.load(f)
            errors = sorted(validator.iter_errors(instance), key=lambda e: [str(p) for p in e.absolute_path])
            print(json.dumps(["/" + "/".join(str(p) for p in e.absolute_path) + ": " + e.message for e in errors]))
        """

    /// The first python3 (on PATH, then the system's) that can import jsonschema.
    static let pythonWithJSONSchema: Result<URL, Unavailable> = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        var candidates = path.split(separator: ":").map { "\($0)/python3" }
        candidates += ["/usr/bin/python3", "/usr/local/bin/python3"]
        var tried: [String] = []
        var seen: Set<String> = []
        for candidate in candidates {
            guard FileManager.default.isExecutableFile(atPath: candidate) else { continue }
            let url = URL(fileURLWithPath: candidate)
            guard seen.insert(url.resolvingSymlinksInPath().path).inserted else { continue }
            if let (status, _) = try? run(url, ["-c", "import jsonschema"]), status == 0 {
                return .success(url)
            }
            tried.append(candidate)
        }
        return .failure(Unavailable(description: """
            The schema tests need python3 with the jsonschema package, an independent JSON Schema validator. \
            \(tried.isEmpty ? "No python3 was found on PATH." : "None of these can import jsonschema: \(tried.joined(separator: ", ")).") \
            Install it with `pip install jsonschema` or `apt-get install -y python3-jsonschema`.
            """))
    }()

    static func run(_ executable: URL, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
