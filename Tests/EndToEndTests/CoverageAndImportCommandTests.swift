import Foundation
import PlanDomain
import PlanStore
import Testing

/// `socle coverage` and `socle import`, run as the real binary on a copy of the example.
@Suite struct CoverageAndImportCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Runs socle on the command line (numbers in C's convention).
    static func run(_ arguments: [String]) throws -> CommandResult {
        try runSocleInCLocale(arguments)
    }

    /// A copy of the example plan in a fresh folder, and a CSV file beside it (the caller removes the
    /// folder, `plan`'s parent).
    static func copy(csv: String) throws -> (plan: URL, csv: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("socle-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let plan = folder.appendingPathComponent("kibara")
        try FileManager.default.copyItem(at: root.appendingPathComponent("examples/kibara"), to: plan)
        let file = folder.appendingPathComponent("in.csv")
        try Data(csv.utf8).write(to: file)
        return (plan, file)
    }

    @Test func coverageText() throws {
        let result = try Self.run(["coverage", Self.root.appendingPathComponent("examples/kibara").path])
        #expect(result.status == 0)
        #expect(result.out.contains("GRP-3  Older persons … L  12 !   n/a     n/a   P  34 !"))
        #expect(result.out.contains("SDG 1.3.1 in 2025: 13.2% of the population covered by at least one social protection cash benefit"))
        #expect(result.out.contains("gap:oldAge:GRP-3            Old age for Older persons 65+: 34.1%, below the 50% threshold [recorded as GAP-2"))
    }

    @Test func coverageJSON() throws {
        let result = try Self.run(["coverage", Self.root.appendingPathComponent("examples/kibara").path, "--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["year", "thresholdPercent", "bands", "groups", "cells", "gaps", "floor", "sdg131"])
        #expect((object["cells"] as? [Any])?.count == 9 * 15)
        let sdg = try #require(object["sdg131"] as? [String: Any])
        #expect(sdg["lowerPersons"] as? Double == 1_105_000 && sdg["upperPersons"] as? Double == 1_665_700)
        #expect(sdg["estimatePercent"] is Double && (sdg["components"] as? [Any])?.count == 6)
        let floor = try #require(object["floor"] as? [String: Any])
        #expect((floor["guarantees"] as? [Any])?.count == 4 && (floor["branches"] as? [Any])?.count == 9)
        #expect(try Self.run(["coverage", "/nonexistent"]).status == 2)
    }

    @Test func importAppliesOnlyValidFilesAndJournalsThem() throws {
        let csv = "id,name,type,general_revenue_pct,expenditure\n,Fonds de solidarité,universal,100,\n"
            + "SCH-7,Severe Disability Allowance,categorical,100,\"12,5\"\n"
        let (plan, file) = try Self.copy(csv: csv)
        defer { try? FileManager.default.removeItem(at: plan.deletingLastPathComponent()) }
        let before = try Data(contentsOf: plan.appendingPathComponent("plan.json"))
        let refused = try Self.run(["import", "schemes", plan.path, file.path])
        #expect(refused.status == 1)
        #expect(refused.err.contains("row 3, column expenditure: \"12,5\" is not a number (use a point for decimals)"))
        #expect(try Data(contentsOf: plan.appendingPathComponent("plan.json")) == before, "nothing applied")
        let dry = try Self.run(["import", "schemes", plan.path, file.path, "--dry-run", "--skip-invalid"])
        #expect(dry.status == 1 && dry.out.contains("row 2: adds SCH-12 \"Fonds de solidarité\""))
        let skipped = try Self.run(["import", "schemes", plan.path, file.path, "--skip-invalid"])
        #expect(skipped.status == 0, "\(skipped.err)")
        let saved = try PlanStore.load(at: plan)
        #expect(saved.stocktake.schemes.last?.name == "Fonds de solidarité")
        let journal = try PlanStore.readJournal(at: plan)
        #expect(journal.entries.count == 1)
        #expect(journal.entries.first?.edit == .batch([.insert(AnyEntity(saved.stocktake.schemes.last!), index: nil)]))
        let again = try Self.run(["import", "schemes", plan.path, file.path, "--skip-invalid"])
        #expect(again.status == 0 && again.out.contains("Nothing to change."), "the row now matches by name")
    }

    @Test func importRefusesAHeldPlanAndUnreadableFiles() throws {
        let (plan, file) = try Self.copy(csv: "name,type,general_revenue_pct\nA,universal,100\n")
        defer { try? FileManager.default.removeItem(at: plan.deletingLastPathComponent()) }
        let store = try PlanStore.open(at: plan, user: "ana", host: ProcessInfo.processInfo.hostName)
        defer { store.close() }
        let held = try Self.run(["import", "schemes", plan.path, file.path])
        #expect(held.status == 2)
        #expect(held.err.contains("is open read-only") && held.err.contains("ana"))
        #expect(try Self.run(["import", "groups", plan.path, "/nonexistent.csv"]).status == 2)
        #expect(try Self.run(["import", "people", plan.path, file.path]).status == 2)
    }
}
