import Foundation
import Testing

/// `socle cost` run as a program on the bundled example: the text, the JSON and the exit codes.
struct CostCommandTests {
    /// The example plan folder in the package.
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/kibara").path

    /// Runs socle (numbers in C's convention); returns exit code, stdout, stderr.
    private func socle(_ arguments: [String]) throws -> (Int32, String, String) {
        let result = try runSocleInCLocale(arguments)
        return (result.status, result.out, result.err)
    }

    @Test func theTableOfTheExample() throws {
        let (status, output, _) = try socle(["cost", Self.example])
        #expect(status == 0)
        #expect(output.contains("BASIC FLOOR (SCN-1)") && output.contains("SCENARIOS SIDE BY SIDE"))
        #expect(output.contains("  2035        48,099.4   31,510.3   28,317.2  26,243.2  134,170.1   1.85         9.64"))
    }

    @Test func oneScenarioAsJSON() throws {
        let (status, output, _) = try socle(["cost", Self.example, "--scenario", "Full extension", "--json"])
        #expect(status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["currency"] as? String == "XKB")
        let scenarios = try #require(object["scenarios"] as? [[String: Any]])
        #expect(scenarios.count == 1 && scenarios[0]["name"] as? String == "Full extension")
        #expect((scenarios[0]["measures"] as? [Any])?.count == 6)
    }

    @Test func anUnknownScenarioIsAUsageError() throws {
        let (status, output, errors) = try socle(["cost", Self.example, "--scenario", "Everything"])
        #expect(status == 2)
        #expect(output.isEmpty)
        #expect(errors.contains("No scenario \"Everything\" in this plan. Its scenarios: \"Basic floor\" (SCN-1), "
            + "\"Full extension\" (SCN-2)."))
    }
}
