import Foundation
import PlanDomain
import Testing
@testable import PlanStore
@testable import socle_bench

/// Opening finds unknown and duplicate fields with one pass over the file against the plan's
/// `KeyShape`, without encoding the plan again. Over randomly damaged files it must refuse exactly
/// what the comparison with a re-encoding refuses, with the same error.
@Suite struct UnknownFieldWalkTests {
    /// A deterministic generator, so a failure can be run again.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let names = ["colour", "nmae", "extra", "name", "id", "title", "start", "dependencies", "schemaVersion",
                        "notes", "kind", "value", "year", "caf\u{E9}", "a\\u0062c", "zzz"]
    static let values = ["null", "\"text\"", "3", "[]", "{}", "true", "[1, 2]", "{\"inner\" : null}"]

    /// `text` with one field inserted at the start of a random non-empty object: an unknown name,
    /// a name other types have, or the name of the object's own first field (a duplicate).
    static func mutate(_ text: [Substring], _ random: inout Seeded) -> [Substring] {
        let openings = text.indices.filter { text[$0].hasSuffix("{") && $0 + 1 < text.count }
        guard let line = openings.randomElement(using: &random) else { return text }
        let next = text[line + 1]
        var name = names.randomElement(using: &random)!
        if Bool.random(using: &random), let quote = next.firstIndex(of: "\""),
           let end = next[next.index(after: quote)...].firstIndex(of: "\"") {
            name = String(next[next.index(after: quote)..<end])
        }
        var copy = text
        // Null often: a null unknown field is accepted, so both outcomes come up.
        let value = Int.random(in: 0..<3, using: &random) == 0 ? "null" : values.randomElement(using: &random)!
        copy.insert(Substring("\"\(name)\" : \(value),"), at: line + 1)
        return copy
    }

    private func outcome(_ body: () throws(PlanFileError) -> Void) -> PlanFileError? {
        do {
            try body()
            return nil
        } catch {
            return error
        }
    }

    @Test func theWalkRefusesExactlyWhatReencodingRefuses() throws {
        let plan = PlanGenerator.plan(scale: 1, seed: 3)
        let text = String(decoding: try PlanCodec.encode(plan), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var random = Seeded(state: 8)
        var refused = 0, accepted = 0
        for round in 0..<120 {
            var mutated = lines
            for _ in 0..<Int.random(in: 1...2, using: &random) { mutated = Self.mutate(mutated, &random) }
            let data = Data(mutated.joined(separator: "\n").utf8)
            guard let decoded = try? JSONDecoder().decode(Plan.self, from: data) else { continue }
            let walk = outcome { () throws(PlanFileError) in
                try UnknownFields.check(data, against: decoded, file: "plan.json")
            }
            let reencoding = outcome { () throws(PlanFileError) in
                try UnknownFields.checkByReencoding(data, against: decoded, file: "plan.json")
            }
            #expect(walk == reencoding, "round \(round)")
            if walk == nil { accepted += 1 } else { refused += 1 }
        }
        // Both kinds of outcome must have been tried, or the comparison proves little.
        #expect(refused > 20 && accepted > 3, "\(refused) refused, \(accepted) accepted")
    }

    @Test func aFileAsSocleWritesItIsClean() throws {
        let plan = PlanGenerator.plan(scale: 1, seed: 5)
        let data = try PlanCodec.encode(plan)
        let shape = try KeyShape.of(plan)
        let walk = data.withUnsafeBytes { FieldWalk.run($0, shape: shape) }
        #expect(walk.clean)
    }
}
