import Foundation
import Testing
@testable import PlanDomain
@testable import PlanStore

/// Schema 5 (issue 16, process and service): approval steps name what they approve, communication
/// actions their responsible and measures, measures their implications and dimensions, activities
/// their dimensions, and three collections are new. A version 4 file has none of them.
@Suite struct ProcessMigrationTests {
    /// `plan` as schema 4 wrote it.
    private func versionFourText(_ plan: Plan) throws -> Data {
        var object = try #require(try JSONSerialization.jsonObject(with: PlanCodec.encode(plan)) as? [String: Any])
        func strip(_ list: Any?, _ keys: [String]) -> Any? {
            (list as? [[String: Any]])?.map { entity in
                var entity = entity
                for key in keys { entity[key] = nil }
                return entity
            }
        }
        var strategy = try #require(object["strategy"] as? [String: Any])
        strategy["approvals"] = strip(strategy["approvals"], ["documents", "version", "fingerprint"])
        strategy["publicInformation"] = strip(strategy["publicInformation"], ["measureIds", "responsibleId"])
        strategy["measures"] = strip(strategy["measures"], ["implications", "dimensions"])
        strategy["acceptance"] = nil
        strategy["options"] = nil
        object["strategy"] = strategy
        var actionPlan = try #require(object["actionPlan"] as? [String: Any])
        actionPlan["activities"] = strip(actionPlan["activities"], ["dimensions"])
        object["actionPlan"] = actionPlan
        var administration = try #require(object["administration"] as? [String: Any])
        administration["services"] = nil
        object["administration"] = administration
        object["schemaVersion"] = 4
        return try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    }

    @Test func aVersionFourFileOpensWithEveryStepApprovingTheStrategyAndNothingAssessed() throws {
        var plan = samplePlan()
        plan.strategy.approvals = ApprovalStage.allCases.enumerated().map { index, stage in
            var step = ApprovalStep(id: "APR-\(index + 1)")
            step.stage = stage
            step.status = index == 0 ? .approved : .pending
            return step
        }
        plan.strategy.publicInformation = [PublicAction(id: "PUB-1")]
        let decoded = try PlanCodec.decode(versionFourText(plan), file: "plan.json")
        #expect(decoded.migratedFrom == 4)
        #expect(decoded.plan.schemaVersion == Plan.currentSchemaVersion)
        let migrated = decoded.plan
        #expect(migrated.strategy.approvals.allSatisfy { $0.documents == [.strategy] && $0.fingerprint.isEmpty })
        #expect(migrated.strategy.measures.allSatisfy { $0.implications == Implications() && $0.dimensions.isEmpty })
        #expect(migrated.actionPlan.activities.allSatisfy { $0.dimensions.isEmpty })
        #expect(migrated.strategy.options.isEmpty && migrated.strategy.acceptance.isEmpty)
        #expect(migrated.administration.services.isEmpty)
        // The approved step now says it approved no recorded version.
        #expect(migrated.validate().contains { $0.rule == .approvalVersion && $0.location.id == "APR-1" })
        var expected = plan
        for index in expected.strategy.approvals.indices { expected.strategy.approvals[index].documents = [.strategy] }
        #expect(migrated == expected)
    }

    @Test func theNewPartsRoundTrip() throws {
        var plan = samplePlan()
        var option = MeasureOption(id: "OPT-1")
        option.measureId = plan.strategy.measures.first?.id ?? ""
        option.annualCost = 1_000
        option.political = .good
        option.chosen = true
        plan.strategy.options = [option]
        var evidence = AcceptanceEvidence(id: "ACC-1")
        evidence.stance = .mixed
        evidence.supportPercent = 55
        plan.strategy.acceptance = [evidence]
        var service = ServiceProfile(id: "SVC-1")
        service.reporting = .yearly
        service.onTimeActual = 88
        plan.administration.services = [service]
        let decoded = try PlanCodec.decode(PlanCodec.encode(plan), file: "plan.json")
        #expect(decoded.migratedFrom == nil)
        #expect(decoded.plan == plan)
    }
}
