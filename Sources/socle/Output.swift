import ArgumentParser
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
        // Most lines hold no line break: sanitized whole, without splitting and joining.
        if !text.utf8.contains(0x0A) { return TextSanitizer.sanitize(text) }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TextSanitizer.sanitize(String($0)) }.joined(separator: "\n")
    }

    /// The widths `--width` accepts: wider tables only cost time, narrower ones cannot hold a row.
    static let widths = 40...1000

    /// The width text tables get: the one asked for, else the terminal's (COLUMNS, brought into
    /// `widths`), else 100.
    static func width(_ asked: Int?) -> Int {
        asked ?? ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init)
            .map { min(max($0, widths.lowerBound), widths.upperBound) } ?? 100
    }

    /// A usage error (exit 2) for a `--width` outside `widths`.
    static func validate(width: Int?) throws {
        guard let width, !widths.contains(width) else { return }
        throw ValidationError("--width must be from \(widths.lowerBound) to \(widths.upperBound), not \(width).")
    }

    static func line(_ text: String) {
        print(clean(text))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((clean(text) + "\n").utf8))
    }

    /// Pretty, key-sorted JSON on standard output. Control characters never reach the terminal
    /// raw: JSONEncoder escapes C0 controls, and `terminalSafe` the rest.
    static func json(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(value)
        FileHandle.standardOutput.write(Data(terminalSafe(String(decoding: data, as: UTF8.self)).utf8))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// JSON text with DEL, the C1 controls (U+0080–U+009F, such as U+009B, which terminals take as
    /// the start of an escape sequence) and the invisible direction and line controls (U+061C,
    /// U+200E/F, U+2028/9, U+202A–E, U+2066–9) written as \u escapes. They only occur inside JSON
    /// strings, where the escape means the same character, so a JSON reader gets the same text.
    static func terminalSafe(_ json: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            switch scalar.value {
            case 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                let hex = String(scalar.value, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }
}

/// A failure the command reports in its own words, with the exit code it deserves.
struct Failure: Error, CustomStringConvertible {
    var description: String
    var code: Int32 = 2
}
