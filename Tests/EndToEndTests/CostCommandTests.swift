import Foundation
import Testing

/// `socle cost` run as a program on the bundled example: the text, the JSON and the exit codes.
struct CostCommandTests {
    /// The example plan folder in the package.
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/kibara").path

    /// Runs the socle executable SwiftPM builds next to the tests; returns exit code, stdout, stderr.
    private func socle(_ arguments: [String]) throws -> (Int32, String, String) {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
                          URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
            .map { $0.appendingPathComponent("socle") }
        let executable = try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) },
                                      "socle must be built next to the tests")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        // Text reports follow the locale's number format: the expectations here are in C's.
        process.environment = ProcessInfo.processInfo.environment.filter { !["LC_ALL", "LC_NUMERIC", "LANG"].contains($0.key) }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
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
