import Foundation
import PlanDomain
import Testing
@testable import PlanStore
@testable import socle_bench

/// Opening decodes the plan's large lists in chunks (`ChunkedPlanDecoder`) instead of through
/// JSONDecoder's map of the whole document. The plan must be the one the whole-document decode
/// gives, and a damaged file must be refused with the same error.
@Suite struct ChunkedDecodeTests {
    private func outcome(_ body: () throws(PlanFileError) -> PlanCodec.Decoded) -> Result<Plan, PlanFileError> {
        do {
            return .success(try body().plan)
        } catch {
            return .failure(error)
        }
    }

    /// `PlanCodec.decode` (the chunked path when it applies) and the whole-document decode agree.
    private func expectSameOutcome(_ data: Data, _ comment: Comment? = nil) {
        let chunked = outcome { () throws(PlanFileError) in try PlanCodec.decode(data, file: "plan.json") }
        let whole = outcome { () throws(PlanFileError) in try PlanCodec.decodeWhole(data, file: "plan.json") }
        #expect(chunked == whole, comment)
    }

    @Test(arguments: [1, 2, 3])
    func generatedPlansDecodeTheSameInChunksOfAnySize(seed: UInt64) throws {
        let plan = PlanGenerator.plan(scale: 1, seed: seed)
        let data = try PlanCodec.encode(plan)
        for size in [1, 700, 20_000, ChunkedPlanDecoder.chunkBytes] {
            let chunked = try #require(ChunkedPlanDecoder.decode(data, chunkBytes: size), "chunk size \(size)")
            #expect(chunked == plan, "chunk size \(size)")
        }
        #expect(try PlanCodec.decode(data, file: "plan.json").plan == plan)
        // Written by another program: compact, keys in another order, no final newline.
        let object = try JSONSerialization.jsonObject(with: data)
        let compact = try JSONSerialization.data(withJSONObject: object)
        #expect(ChunkedPlanDecoder.decode(compact, chunkBytes: 900) == plan)
        expectSameOutcome(compact)
    }

    @Test func theExampleAndTheOlderSchemasDecodeTheSame() throws {
        let example = try Data(contentsOf: SchemaTests.exampleURL)
        #expect(ChunkedPlanDecoder.decode(example, chunkBytes: 500) != nil)
        expectSameOutcome(example)
        // An older schema decodes in chunks but is migrated by the whole path.
        let v2 = try Data(contentsOf: SchemaTests.exampleURL.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Tests/Fixtures/kibara-plan-v2.json"))
        expectSameOutcome(v2)
    }

    /// What the chunked path leaves to the whole decode, and damage inside and around the lists.
    @Test func unusualAndDamagedFilesGiveTheWholeDecodesAnswer() throws {
        let text = String(decoding: try PlanCodec.encode(PlanGenerator.plan(scale: 1, seed: 5)), as: UTF8.self)
        let variants: [(String, String)] = [
            ("\"activities\" : [", "\"activities\" : [], \"activities\" : ["),
            ("\"activities\" : [", "\"activit\\u0069es\" : ["),
            ("\"schemes\" : [", "\"schemes\" : {\"a\": 1}, \"x\" : ["),
            ("\"actionPlan\" : {", "\"actionPlan\" : {}, \"actionPlan\" : {"),
            ("\"schemes\" : [", "\"schemes\" : [ 1, "),
            ("\"schemes\" : [", "\"schemes\" : [ null, "),
            ("\"coverage\" : [", "\"coverage\" : [ ,"),
            ("\"actuals\" : [", "\"actuals\" : [ {\"id\" : \"VAL-X\"} ; "),
            ("\"scores\" : [", "\"scores\" : [ \"]\", "),
        ]
        for (from, to) in variants {
            let range = try #require(text.range(of: from))
            let damaged = text.replacingCharacters(in: range, with: to)
            expectSameOutcome(Data(damaged.utf8), "\(to)")
        }
        // Around the document: a byte-order mark, white space, trailing text, truncation.
        for damaged in ["\u{FEFF}" + text, "\n\t " + text, text + "x", text + "]", String(text.dropLast(3000)),
                        text.replacingOccurrences(of: "},\n", with: "}\n", options: [], range: text.range(of: "\"activities\""))] {
            expectSameOutcome(Data(damaged.utf8))
        }
        // Random damage: a byte dropped, doubled or replaced by a structural character.
        var random = UnknownFieldWalkTests.Seeded(state: 21)
        let bytes = Array(text.utf8)
        let marks = Array("[]{},:\"\\ 0-e".utf8)
        for _ in 0..<40 {
            var damaged = bytes
            let at = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<3, using: &random) {
            case 0: damaged.remove(at: at)
            case 1: damaged.insert(bytes[at], at: at)
            default: damaged[at] = marks.randomElement(using: &random)!
            }
            expectSameOutcome(Data(damaged), "byte \(at)")
        }
    }
}
