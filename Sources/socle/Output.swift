import Foundation
import PlanDomain
import Workbench

/// Printing for the command line: plan text is stripped of control characters before it reaches
/// a terminal, errors go to standard error.
enum Output {
    /// How text reports write numbers: the plan's number format, else the locale's (LC_ALL,
    /// LC_NUMERIC, LANG). JSON output is always locale-neutral.
    static func numbers(for plan: Plan) -> NumberConvention {
        plan.meta.numberFormat ?? NumberConvention.fromEnvironment(ProcessInfo.processInfo.environment)
    }

    /// `text` with each line's control characters replaced; the line breaks stay.
    static func clean(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TextSanitizer.sanitize(String($0)) }.joined(separator: "\n")
    }

    /// The width text tables get: the one asked for, else the terminal's (COLUMNS), else 100.
    static func width(_ asked: Int?) -> Int {
        asked ?? ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 100
    }

    static func line(_ text: String) {
        print(clean(text))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((clean(text) + "\n").utf8))
    }

    /// Pretty, key-sorted JSON on standard output (JSON escapes control characters itself).
    static func json(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}

/// A failure the command reports in its own words, with the exit code it deserves.
struct Failure: Error, CustomStringConvertible {
    var description: String
    var code: Int32 = 2
}
