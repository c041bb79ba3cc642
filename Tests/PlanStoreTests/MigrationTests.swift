import Foundation
import PlanDomain
import Testing
@testable import PlanStore

/// `plan` as a pre-release (schema 0) build wrote it: `meta.horizon` instead of the two years.
private func versionZeroText(_ plan: Plan, horizon: Any? = nil) throws -> Data {
    var object = try #require(try JSONSerialization.jsonObject(with: PlanCodec.encode(plan)) as? [String: Any])
    var meta = try #require(object["meta"] as? [String: Any])
    meta["horizon"] = horizon ?? ["from": plan.meta.firstYear, "to": plan.meta.lastYear]
    meta["firstYear"] = nil
    meta["lastYear"] = nil
    object["meta"] = meta
    object["schemaVersion"] = 0
    return try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
}

@Suite struct MigrationTests {
    @Test func everyOlderVersionHasAStep() {
        for version in Migrations.oldestSupported..<Plan.currentSchemaVersion {
            #expect(Migrations.steps[version] != nil, "no step from schema \(version)")
        }
        #expect(Migrations.oldestSupported == 0)
    }

    @Test func versionZeroDecodesAsTheSamePlan() throws {
        let decoded = try PlanCodec.decode(versionZeroText(samplePlan()), file: "plan.json")
        #expect(decoded.migratedFrom == 0)
        #expect(decoded.plan == samplePlan())
        #expect(decoded.plan.meta.firstYear == 2025 && decoded.plan.meta.lastYear == 2030)
    }

    @Test func openMigratesInMemoryAndOnlyASaveWritesTheNewVersion() throws {
        let folder = TemporaryFolder()
        let store = try PlanStore.create(at: folder.sub("plan"), plan: samplePlan(), clock: { fixedDate })
        store.close()
        let old = try versionZeroText(samplePlan())
        try old.write(to: store.folder.planFile)

        let opened = try PlanStore.open(at: folder.sub("plan"), clock: { fixedDate })
        #expect(opened.migratedFrom == 0)
        #expect(opened.plan == samplePlan())
        #expect(try Data(contentsOf: store.folder.planFile) == old, "opening must not rewrite the file")

        try opened.save(opened.plan)
        #expect(opened.migratedFrom == nil)
        let saved = String(decoding: try Data(contentsOf: store.folder.planFile), as: UTF8.self)
        #expect(saved.contains("\"schemaVersion\" : \(Plan.currentSchemaVersion),"))
        #expect(saved.contains("\"firstYear\" : 2025,"))
        #expect(!saved.contains("horizon"))
        // The schema 0 file is kept as the newest backup.
        let backup = try #require(opened.backupFiles().last)
        #expect(try Data(contentsOf: backup) == old)
        opened.close()
    }

    @Test func aMalformedVersionZeroFileNamesTheField() throws {
        let data = try versionZeroText(samplePlan(), horizon: ["from": "soon", "to": 2030])
        #expect {
            try PlanCodec.decode(data, file: "plan.json")
        } throws: { error in
            guard let error = error as? PlanFileError,
                  case .migrationFailed(0, "expected a year") = error.problem else { return false }
            return error.fieldPath == "meta.horizon.from" && error.line != nil
        }
    }
}

/// Schema 1 had no "not assessed" readiness status: every status was one a person could choose.
@Suite struct ReadinessMigrationTests {
    private func versionOneText(_ plan: Plan) throws -> Data {
        var object = try #require(try JSONSerialization.jsonObject(with: PlanCodec.encode(plan)) as? [String: Any])
        object["schemaVersion"] = 1
        return try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    }

    @Test func aVersionOnePlanKeepsItsStatusesAndTheirMeaning() throws {
        var plan = samplePlan()
        for index in plan.foundations.readiness.indices {
            plan.foundations.readiness[index].status = index == 0 ? .met : .notMet
        }
        let decoded = try PlanCodec.decode(versionOneText(plan), file: "plan.json")
        #expect(decoded.migratedFrom == 1)
        #expect(decoded.plan == plan)
        #expect(decoded.plan.foundations.readiness.map(\.status) == [.met, .notMet, .notMet, .notMet, .notMet])
        // In schema 1 a "not met" dimension was assessed; after migration it still is.
        let item = decoded.plan.progress()[0].items.first { $0.label.hasPrefix("Readiness") }
        #expect(item?.done == true)
    }

    @Test func aNewPlanHasNotAssessedItsReadiness() throws {
        let plan = samplePlan()
        #expect(plan.foundations.readiness.allSatisfy { $0.status == .notAssessed })
        let item = plan.progress()[0].items.first { $0.label.hasPrefix("Readiness") }
        #expect(item?.done == false, "unassessed dimensions count as missing")
        #expect(ReadinessItem(id: "RDY-9").status == .notAssessed, "a new criterion is not assessed yet")
        let text = String(decoding: try PlanCodec.encode(plan), as: UTF8.self)
        #expect(text.contains("\"notAssessed\""))
        #expect(try PlanCodec.decode(PlanCodec.encode(plan), file: "plan.json").plan == plan)
    }
}

/// Schema 4 adds the register of studies; files of schema 2 and 3 have none.
@Suite struct StudyRegisterMigrationTests {
    /// `plan` as schema `version` wrote it: no `foundations.studies`, no `studyId` on figures.
    private func olderText(_ plan: Plan, version: Int) throws -> Data {
        var object = try #require(try JSONSerialization.jsonObject(with: PlanCodec.encode(plan)) as? [String: Any])
        var foundations = try #require(object["foundations"] as? [String: Any])
        #expect(foundations["studies"] != nil, "the current schema writes the register")
        foundations["studies"] = nil
        object["foundations"] = foundations
        object["schemaVersion"] = version
        return try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    }

    @Test(arguments: [2, 3])
    func anOlderFileOpensWithAnEmptyRegister(version: Int) throws {
        var plan = samplePlan()
        plan.foundations.studies = []
        let decoded = try PlanCodec.decode(olderText(plan, version: version), file: "plan.json")
        #expect(decoded.migratedFrom == version)
        #expect(decoded.plan.schemaVersion == Plan.currentSchemaVersion)
        #expect(decoded.plan.foundations.studies.isEmpty)
        #expect(decoded.plan == plan)
    }

    @Test func theRegisterAndACitationRoundTrip() throws {
        var plan = samplePlan()
        var study = Study(id: "STU-1")
        study.title = "Actuarial valuation of the NSSF"
        study.kind = .actuarialValuation
        study.status = .done
        study.stages = [.stocktake, .strategy]
        study.file = "studies/nssf-valuation.pdf"
        plan.foundations.studies = [study]
        let decoded = try PlanCodec.decode(PlanCodec.encode(plan), file: "plan.json")
        #expect(decoded.migratedFrom == nil)
        #expect(decoded.plan.foundations.studies == [study])
    }
}

/// Schema 4 also adds the action plan explained (description, output, means of verification),
/// output indicators, the pledge register, budget appropriations, expert support, evaluability and
/// the financed scenario; a schema 3 file has none of them and opens with their defaults.
@Suite struct GuideStructureMigrationTests {
    private func versionThreeText(_ plan: Plan) throws -> Data {
        var object = try #require(try JSONSerialization.jsonObject(with: PlanCodec.encode(plan)) as? [String: Any])
        func strip(_ stage: String, _ collection: String, _ keys: [String]) throws {
            var part = try #require(object[stage] as? [String: Any])
            let items = try #require(part[collection] as? [[String: Any]])
            part[collection] = items.map { item in
                var item = item
                for key in keys {
                    #expect(item[key] != nil, "the current schema writes \(stage).\(collection).\(key)")
                    item[key] = nil
                }
                return item
            }
            object[stage] = part
        }
        try strip("actionPlan", "activities", ["description", "output", "verification"])
        try strip("monitoring", "indicators", ["activityIds"])
        try strip("evaluation", "questions", ["dataNeeded", "dataAvailability", "limits"])
        try strip("strategy", "scenarios", ["financed"])
        var actionPlan = try #require(object["actionPlan"] as? [String: Any])
        actionPlan["pledges"] = nil
        actionPlan["appropriations"] = nil
        object["actionPlan"] = actionPlan
        var foundations = try #require(object["foundations"] as? [String: Any])
        foundations["expertSupport"] = nil
        foundations["studies"] = nil
        object["foundations"] = foundations
        object["schemaVersion"] = 3
        return try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    }

    @Test func aVersionThreeFileOpensWithTheDefaults() throws {
        var plan = samplePlan()
        plan.foundations.studies = []
        plan.actionPlan.activities = [Activity(id: "ACT-1")]
        plan.monitoring.indicators = [ResultIndicator(id: "RI-1")]
        plan.evaluation.questions = [EvaluationQuestion(id: "EQ-1")]
        var scenario = Scenario(id: "SCN-1")
        scenario.name = "Floor"
        plan.strategy.scenarios = [scenario]
        let decoded = try PlanCodec.decode(versionThreeText(plan), file: "plan.json")
        #expect(decoded.migratedFrom == 3)
        #expect(decoded.plan == plan)
        #expect(decoded.plan.actionPlan.activities[0].output == "")
        #expect(decoded.plan.evaluation.questions[0].dataAvailability == .notAssessed)
        #expect(decoded.plan.strategy.scenarios[0].financed == false)
    }

    @Test func pledgesAppropriationsAndExpertsRoundTrip() throws {
        var plan = samplePlan()
        var pledge = Pledge(id: "PLG-1")
        pledge.partnerId = "STK-1"
        pledge.amount = 1_200_000
        pledge.currency = "USD"
        pledge.exchangeRate = 2_450
        pledge.firstYear = 2027
        pledge.lastYear = 2029
        pledge.status = .committed
        var appropriation = Appropriation(id: "BUD-1")
        appropriation.year = 2027
        appropriation.amount = 4_000_000
        var support = ExpertSupport(id: "EXS-1")
        support.expert = "ILO actuarial team"
        support.stages = [.strategy]
        support.personDays = 40
        plan.actionPlan.pledges = [pledge]
        plan.actionPlan.appropriations = [appropriation]
        plan.foundations.expertSupport = [support]
        let decoded = try PlanCodec.decode(PlanCodec.encode(plan), file: "plan.json")
        #expect(decoded.migratedFrom == nil)
        #expect(decoded.plan == plan)
    }
}

/// Schema 2 to 3 on a real version 2 file: the example plan as it was before schema 3.
@Suite struct VersionTwoMigrationTests {
    static var fixture: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/kibara-plan-v2.json")
    }

    @Test func theVersionTwoExampleLoadsWithEveryValueKept() throws {
        let data = try Data(contentsOf: Self.fixture)
        let old = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(old["schemaVersion"] as? Int == 2)
        let decoded = try PlanCodec.decode(data, file: "plan.json")
        #expect(decoded.migratedFrom == 2)
        let plan = decoded.plan
        #expect(plan.schemaVersion == Plan.currentSchemaVersion)
        // Version 2 values are all there: the schemes' counts stay beneficiaries.
        let schemes = try #require((old["stocktake"] as? [String: Any])?["schemes"] as? [[String: Any]])
        #expect(plan.stocktake.schemes.count == schemes.count)
        let nssf = try #require(plan.stocktake.schemes.first { $0.id == "SCH-1" })
        #expect(nssf.recipients.count == 7 && nssf.contributors == 312_000)
        // The new members take their defaults.
        #expect(plan.stocktake.schemes.allSatisfy { $0.legalCoverage.isEmpty && $0.activeContributors.isEmpty
            && $0.exclusiveWith.isEmpty && $0.branchOf == nil && $0.contributionIncome == nil })
        #expect(plan.strategy.measures.allSatisfy { !$0.contribution.isSet && $0.replacesSchemeIds.isEmpty
            && $0.legislationStatus == .notNeeded && $0.lawYear == nil })
        #expect(plan.foundations.standards == Standards())
        #expect(plan.stocktake.groups.allSatisfy { $0.reference == nil })
        // Saved again, it is a file of the current version that decodes in one pass to the same plan.
        let again = try PlanCodec.decode(try PlanCodec.encode(plan), file: "plan.json")
        #expect(again.migratedFrom == nil && again.plan == plan)
    }

    @Test func theStepAddsOnlyWhatIsMissing() throws {
        var object: [String: Any] = [
            "stocktake": ["schemes": [["id": "S", "exclusiveWith": ["T"]]]],
            "strategy": ["measures": [["id": "M", "legislation": "Act"]]],
            "foundations": [String: Any](),
        ]
        try Migrations.migrate(&object, from: 2)
        let scheme = try #require(((object["stocktake"] as? [String: Any])?["schemes"] as? [[String: Any]])?.first)
        #expect(scheme["exclusiveWith"] as? [String] == ["T"])
        #expect((scheme["legalCoverage"] as? [Any])?.isEmpty == true)
        let measure = try #require(((object["strategy"] as? [String: Any])?["measures"] as? [[String: Any]])?.first)
        #expect(measure["legislation"] as? String == "Act" && measure["legislationStatus"] as? String == "notNeeded")
        #expect((measure["contribution"] as? [String: Any])?["insuredSharePercent"] as? Int == 100)
        #expect((object["foundations"] as? [String: Any])?["standards"] != nil)
        #expect(object["schemaVersion"] as? Int == Plan.currentSchemaVersion)
    }
}
