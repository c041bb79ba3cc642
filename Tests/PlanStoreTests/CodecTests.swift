import Foundation
import PlanDomain
import Testing
@testable import PlanStore
@testable import socle_bench

@Suite struct CodecTests {
    @Test func roundTripGivesTheSamePlan() throws {
        for plan in [samplePlan(), PlanGenerator.plan(scale: 1)] {
            let decoded = try PlanCodec.decode(PlanCodec.encode(plan), file: "plan.json")
            #expect(decoded.plan == plan)
            #expect(decoded.migratedFrom == nil)
        }
    }

    @Test func outputIsPrettySortedAndEndsWithOneNewline() throws {
        let text = String(decoding: try PlanCodec.encode(samplePlan()), as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        #expect(!text.hasSuffix("\n\n"))
        let topLevel = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }
            .map { $0.dropFirst(3).prefix { $0 != "\"" } }.map(String.init)
        #expect(topLevel == ["actionPlan", "administration", "evaluation", "foundations", "meta", "monitoring",
                             "schemaVersion", "stocktake", "strategy"])
        #expect(text.contains("\n  \"schemaVersion\" : \(Plan.currentSchemaVersion),\n"))
        // Whole numbers without ".0", slashes and accents as they are.
        #expect(text.contains("\"expenditure\" : 1250000,"))
        #expect(text.contains("\"contributors\" : 12.5,"))
        #expect(text.contains("\"name\" : \"Caixa de Previdência / pensions\""))
    }

    @Test func encodingIsStable() throws {
        let plan = PlanGenerator.plan(scale: 1)
        let first = try PlanCodec.encode(plan)
        #expect(try PlanCodec.encode(plan) == first)
        #expect(try PlanCodec.encode(PlanCodec.decode(first, file: "plan.json").plan) == first)
    }

    @Test func encodingWritesTheCurrentSchemaVersion() throws {
        var plan = samplePlan()
        plan.schemaVersion = 0
        let decoded = try PlanCodec.decode(PlanCodec.encode(plan), file: "plan.json")
        #expect(decoded.plan.schemaVersion == Plan.currentSchemaVersion)
    }

    @Test func aNumberJSONCannotHoldIsRefusedWithItsPath() {
        var plan = samplePlan()
        plan.stocktake.schemes[1].expenditure = .nan
        #expect {
            try PlanCodec.encode(plan, file: "/p/plan.json")
        } throws: { error in
            guard case .cannotEncode(let path, let detail) = error as? PlanStoreError else { return false }
            return path == "/p/plan.json" && detail.contains("stocktake.schemes[1].expenditure")
        }
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + (try PlanCodec.encode(samplePlan()))
        #expect(try PlanCodec.decode(data, file: "plan.json").plan == samplePlan())
    }
}
