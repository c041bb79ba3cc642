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
        #expect(saved.contains("\"schemaVersion\" : 1,"))
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
