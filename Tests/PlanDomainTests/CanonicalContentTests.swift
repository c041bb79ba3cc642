import Foundation
import Testing
@testable import PlanDomain

/// The fingerprint of an approved version is taken of `canonicalContent`, written in one pass by
/// `CanonicalJSON`; it must be byte for byte the definition (`foundationCanonicalContent`: JSONEncoder,
/// JSONSerialization read, pruned, written with sorted keys), or every recorded approval would read as
/// changed.
@Suite("Canonical content of approved documents")
struct CanonicalContentTests {
    typealias Random = LookupTests.Random

    static func expectSameContent(_ plan: Plan, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for document in PlanDocument.allCases {
            let fast = plan.canonicalContent(of: document)
            let reference = plan.foundationCanonicalContent(of: document)
            #expect(fast == reference, "\(document) differs \(context): \(firstDifference(fast, reference))",
                    sourceLocation: sourceLocation)
        }
    }

    static func firstDifference(_ a: Data, _ b: Data) -> String {
        let a = Array(a), b = Array(b)
        let at = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        func around(_ bytes: [UInt8]) -> String {
            String(decoding: bytes[max(0, at - 60)..<min(bytes.count, at + 60)], as: UTF8.self)
        }
        return "at byte \(at) of \(a.count)/\(b.count):\n  \(around(a))\n  \(around(b))"
    }

    @Test("the example's documents, and the fingerprints it recorded")
    func example() throws {
        let plan = try ExamplePlanTests.loadPlan()
        Self.expectSameContent(plan, "in the example")
        let byDefinition = { (document: PlanDocument) in
            String(SHA256.hex(Array(plan.foundationCanonicalContent(of: document))).prefix(Plan.fingerprintDigits))
        }
        let approved = plan.strategy.approvals.filter { $0.status == .approved && !$0.fingerprint.isEmpty }
        #expect(!approved.isEmpty)
        for step in approved {
            #expect(plan.changedSinceApproval(step) == plan.changedSinceApproval(step, current: byDefinition))
        }
    }

    @Test("after random edits of every kind", arguments: [UInt64(7), 99, 2024])
    func randomEdits(seed: UInt64) throws {
        var plan = try ExamplePlanTests.loadPlan()
        var random = Random(state: seed)
        for step in 0..<40 {
            IncrementalValidationTests.randomEdit(of: &plan, &random, step: step)
            if step % 4 == 0 { Self.expectSameContent(plan, "after edit \(step) (seed \(seed))") }
        }
        Self.expectSameContent(plan, "after the last edit (seed \(seed))")
    }

    /// Texts a team really types or pastes (quotes, slashes, line ends, tabs, control characters,
    /// accents, scripts, emoji, combining marks) and numbers of every size and sign.
    @Test("hostile texts and numbers of every size")
    func hostileValues() throws {
        let texts = ["", " ", "a/b\\c \"quoted\"", "line\nnext\r\nend\ttab", "\u{0}\u{1}\u{8}\u{b}\u{c}\u{1f}\u{7f}",
                     "Côte d'Ivoire — ministère", "المغرب", "中华人民共和国", "👩🏽‍⚕️ santé", "e\u{301}", "\u{2028}\u{feff}",
                     "</script>", "{\"json\": [1, 2]}", String(repeating: "long ", count: 200)]
        let numbers: [Double] = [0, -0.0, 1, -1, 0.1, 0.2 + 0.1, 1.5, 1e-7, 5e-324, 123_456_789.123,
                                 1e15, 9_007_199_254_740_992, 1e16, 1e21, 1.7976931348623157e308, -2.5e-10, 33.333333333333336]
        var plan = try ExamplePlanTests.loadPlan()
        var random = Random(state: 42)
        for (index, text) in texts.enumerated() {
            plan.strategy.vision = text
            if !plan.strategy.measures.isEmpty { plan.strategy.measures[index % plan.strategy.measures.count].name = text }
            let activities = plan.actionPlan.activities.count
            if activities > 0 {
                plan.actionPlan.activities[index % activities].description = text
                plan.actionPlan.activities[(index * 7) % activities].output = texts[random.next(texts.count)]
            }
            Self.expectSameContent(plan, "with the text \(text.debugDescription)")
        }
        for (index, number) in numbers.enumerated() {
            for sign in [1.0, -1.0] {
                plan.stocktake.economy.gdp.baseValue = number * sign
                plan.stocktake.economy.gdp.growthPercent = numbers[random.next(numbers.count)]
                let activities = plan.actionPlan.activities.count
                if activities > 0 {
                    plan.actionPlan.activities[index % activities].budget = number * sign
                    plan.actionPlan.activities[(index * 3) % activities].progressPercent = number
                }
                Self.expectSameContent(plan, "with the number \(number * sign)")
            }
        }
    }

    /// The action plan's activities are kept written between calls (`ActionPlanText`): an unchanged
    /// activity's bytes come from the text before, an edited one is written again, even to a text
    /// Swift calls equal but whose bytes differ.
    @Test("activities kept written between calls follow every edit, byte for byte")
    func textFollowsEdits() throws {
        var plan = try ExamplePlanTests.loadPlan()
        let count = plan.actionPlan.activities.count
        try #require(count > 2)
        var known: ActionPlanText?
        var kept = 0
        func written() throws -> Data {
            let text = try #require(ActionPlanText(plan.actionPlan, reusing: known))
            kept = zip(text.pieces, known?.pieces ?? []).filter { $0.0.withUnsafeBufferPointer(\.baseAddress)
                == $0.1.withUnsafeBufferPointer(\.baseAddress) }.count
            known = text
            return Data(text.bytes)
        }
        plan.actionPlan.activities[1].name = "Caf\u{e9} des partenaires"
        let before = try written()
        #expect(before == plan.foundationCanonicalContent(of: .actionPlan))
        #expect(try written() == before)
        #expect(kept == count, "the same plan again is kept whole")
        plan.actionPlan.activities[1].name = "Cafe\u{301} des partenaires"
        #expect(plan.actionPlan.activities[1].name == "Caf\u{e9} des partenaires", "Swift calls the two equal")
        let decomposed = try written()
        #expect(kept == count - 1, "the activity edited is written again")
        #expect(decomposed == plan.foundationCanonicalContent(of: .actionPlan))
        #expect(decomposed != before)
        plan.actionPlan.activities[2].durationDays += 1
        plan.actionPlan.activities.swapAt(0, 2)
        #expect(try written() == plan.foundationCanonicalContent(of: .actionPlan), "after a change and a move")
        plan.actionPlan.activities.append(plan.actionPlan.activities[0])
        #expect(try written() == plan.foundationCanonicalContent(of: .actionPlan), "with an activity twice")
        plan.actionPlan.activities = []
        #expect(try written() == plan.foundationCanonicalContent(of: .actionPlan), "without activities")
    }

    /// A keyed container given one key twice keeps the last value, as JSONEncoder does.
    @Test("a key encoded twice keeps its last value")
    func repeatedKey() throws {
        struct Twice: Encodable {
            enum Keys: String, CodingKey { case a, b }
            func encode(to encoder: Encoder) throws {
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode("first", forKey: .b)
                try container.encode(1, forKey: .a)
                try container.encode("last", forKey: .b)
            }
        }
        let reference = try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(
            with: JSONEncoder().encode(Twice())), options: [.sortedKeys])
        #expect(Data(CanonicalJSON.bytes(of: Twice()) ?? []) == reference)
        #expect(String(decoding: reference, as: UTF8.self) == "{\"a\":1,\"b\":\"last\"}")
    }

    /// Keys are ordered as JSONSerialization orders them (case-insensitive, digits as numbers, then
    /// forced), not byte by byte: a key set where the two orders differ.
    @Test("keys sorted as JSONSerialization sorts them")
    func keyOrder() throws {
        let keys = ["aB", "aa", "ab", "Ab", "a_b", "a1", "a10", "a2", "item", "itemId", "itemIds", "item_id", "Z", "z",
                    "a-b", "ä", "id", "ids", "iD", "x2y", "x10y", "b", "B", "éa", "eb"]
        let object = Dictionary(uniqueKeysWithValues: keys.map { ($0, 1) })
        let reference = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        #expect(Data(CanonicalJSON.bytes(of: object) ?? []) == reference)
    }

    @Test("a value the one-pass writer does not write as JSONEncoder does goes the reference way")
    func unsupportedValues() {
        #expect(CanonicalJSON.bytes(of: ["when": Date(timeIntervalSince1970: 0)]) == nil)
        #expect(CanonicalJSON.bytes(of: ["ratio": Float(0.1)]) == nil)
        #expect(CanonicalJSON.bytes(of: ["amount": Decimal(string: "1.10")!]) == nil)
        #expect(CanonicalJSON.bytes(of: ["bad": Double.nan]) == nil)
        #expect(CanonicalJSON.bytes(of: ["fine": 1.5]) == Array("{\"fine\":1.5}".utf8))
    }
}
