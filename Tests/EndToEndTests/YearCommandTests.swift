import Foundation
import PlanDomain
import PlanStore
import Testing

/// Issue 15, items 2, 3 and 8, through the real binary: a plan with years far out of range used to
/// crash or hang every command and pass `check`; now `check` exits 1 naming the place and every
/// other command finishes, leaving out what it cannot compute with a note.
@Suite struct YearCommandTests {
    private func plan(_ change: (inout [String: Any]) -> Void) throws -> URL {
        let (plan, _) = try CoverageAndImportCommandTests.copy(csv: "") // removed by the caller
        let file = plan.appendingPathComponent("plan.json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        change(&object)
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(to: file)
        return plan
    }

    @Test func aHorizonFromIntMinIsAnErrorAndEveryCommandFinishes() throws {
        let folder = try plan { object in
            var meta = object["meta"] as? [String: Any] ?? [:]
            meta["firstYear"] = Int.min
            meta["baseYear"] = 99_999_999
            object["meta"] = meta
        }
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let check = try CoverageAndImportCommandTests.run(["check", folder.path])
        #expect(check.status == 1)
        #expect(check.out.contains("error   0 Foundations > first year: The first year is -9223372036854775808; years go from 1900-2200."))
        #expect(check.out.contains("The base year is 99999999; years go from 1900-2200."))
        let cost = try CoverageAndImportCommandTests.run(["cost", folder.path])
        #expect(cost.status == 0, "\(cost.err)")
        #expect(cost.out.contains("The plan's horizon (-9223372036854775808 to 2035) is outside the years 1900-2200, so nothing is costed by year."))
        #expect(cost.out.contains("cannot be costed: the plan's base year 99999999 is outside 1900-2200"))
        for command in [["show"], ["show", "--json"], ["coverage"], ["schedule"], ["cost", "--json"],
                        ["export", "--format", "csv", "--what", "budget", "-o", "-"]] {
            let result = try CoverageAndImportCommandTests.run([command[0], folder.path] + command.dropFirst())
            #expect((0...1).contains(result.status), "socle \(command.joined(separator: " ")): \(result.err)")
        }
    }

    @Test func newPlansStayWithinTheYearsAtBothEnds() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("socle-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        for (name, arguments) in [("late", ["--from", "2200"]), ("early", ["--to", "1900"]), ("first", ["--from", "1900"])] {
            let folder = root.appendingPathComponent(name)
            let made = try CoverageAndImportCommandTests.run(["new", folder.path] + arguments)
            #expect(made.status == 0, "\(made.err)")
            let plan = try PlanStore.load(at: folder)
            #expect(plan.validate().filter { $0.rule == .yearRange }.isEmpty, "\(name): \(plan.meta)")
        }
        #expect(try CoverageAndImportCommandTests.run(["new", root.appendingPathComponent("x").path, "--from", "2201"]).status == 2)
    }
}
