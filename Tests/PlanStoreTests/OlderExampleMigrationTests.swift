import Foundation
import Testing
@testable import PlanDomain
@testable import PlanStore

/// The example plan as each older schema wrote it (`Tests/Fixtures/kibara-plan-vN.json`: version 2 before
/// issue 11, 3 before issue 16, 4 between its two halves, 5 before issue 12), opened by this Socle: every
/// step from its version up runs, every value of the file is kept, and what schema 6 adds (monitoring's
/// settings and registers, the evaluation plan, management responses) takes the values that say "nothing
/// recorded yet".
@Suite struct OlderExampleMigrationTests {
    static func fixture(_ version: Int) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/kibara-plan-v\(version).json")
    }

    @Test(arguments: [2, 3, 4, 5])
    func theExampleOfAnOlderVersionOpensWithEveryValueKept(version: Int) throws {
        let data = try Data(contentsOf: Self.fixture(version))
        let old = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(old["schemaVersion"] as? Int == version)
        let decoded = try PlanCodec.decode(data, file: "plan.json")
        #expect(decoded.migratedFrom == version)
        let plan = decoded.plan
        #expect(plan.schemaVersion == Plan.currentSchemaVersion)

        // Every value of the old file is in the file the plan saves as, unchanged.
        let saved = try #require(try JSONSerialization.jsonObject(with: PlanCodec.encode(plan)) as? [String: Any])
        var old6 = old
        old6["schemaVersion"] = nil
        #expect(Self.differences(old6, in: saved, at: "") == [])

        // What schema 6 adds starts empty: nothing was recorded before.
        #expect(plan.monitoring.settings == MonitoringSettings())
        #expect(plan.monitoring.risks.isEmpty && plan.monitoring.executions.isEmpty)
        #expect(plan.monitoring.reportingRules.isEmpty && plan.monitoring.dimensions.isEmpty)
        #expect(plan.evaluation.evaluations.isEmpty)
        #expect(plan.monitoring.outcomes.allSatisfy { $0.level == .outcome && $0.parentId == nil })
        #expect(plan.monitoring.indicators.allSatisfy { $0.direction == .up && $0.measureIds.isEmpty })
        #expect(!plan.evaluation.recommendations.isEmpty)
        #expect(plan.evaluation.recommendations.allSatisfy { $0.response == .pending && $0.followUp == .notStarted })

        // A value of a quarterly indicator written as the year's (as all values were) is no error: it
        // counts in the year's last quarter.
        let errors = plan.validate().filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.message))")
        let yearly = plan.monitoring.actuals.filter { actual in
            actual.period == nil && plan.entity(ResultIndicator.self, id: actual.indicatorId)?.frequency == .quarterly
        }
        #expect(!yearly.isEmpty)
        #expect(yearly.allSatisfy { actual in
            let indicator = plan.entity(ResultIndicator.self, id: actual.indicatorId)!
            return actual.reportingPeriod(indicator.frequency).label == "\(actual.year) Q4"
        })

        // Saved again, it is a file of the current version that decodes in one pass to the same plan.
        let again = try PlanCodec.decode(try PlanCodec.encode(plan), file: "plan.json")
        #expect(again.migratedFrom == nil && again.plan == plan)
    }

    @Test func theVersionFiveExampleKeepsIssue16sRegisters() throws {
        let plan = try PlanCodec.decode(Data(contentsOf: Self.fixture(5)), file: "plan.json").plan
        #expect(!plan.foundations.studies.isEmpty && !plan.foundations.expertSupport.isEmpty)
        #expect(!plan.actionPlan.pledges.isEmpty && !plan.actionPlan.appropriations.isEmpty)
        #expect(!plan.strategy.options.isEmpty && !plan.administration.services.isEmpty)
        #expect(plan.monitoring.indicators.contains { !$0.activityIds.isEmpty })
    }

    /// Where `old` is not found in `new`: a member missing or changed, or a list of another length.
    /// Numbers compare as numbers (5 and 5.0 are one value).
    static func differences(_ old: Any, in new: Any?, at path: String) -> [String] {
        switch old {
        case let object as [String: Any]:
            guard let other = new as? [String: Any] else { return ["\(path): not an object"] }
            return object.keys.sorted().flatMap { key in
                differences(object[key]!, in: other[key], at: path.isEmpty ? key : "\(path).\(key)")
            }
        case let list as [Any]:
            guard let other = new as? [Any], other.count == list.count else { return ["\(path): list changed"] }
            return list.indices.flatMap { differences(list[$0], in: other[$0], at: "\(path)[\($0)]") }
        case let number as NSNumber where !(old is String):
            guard let other = new as? NSNumber, abs(other.doubleValue - number.doubleValue) < 1e-9 else {
                return ["\(path): \(number) became \(String(describing: new))"]
            }
            return []
        case let text as String:
            return new as? String == text ? [] : ["\(path): \"\(text)\" became \(String(describing: new))"]
        default:
            return new is NSNull || new == nil && old is NSNull ? [] : ["\(path): \(old) became \(String(describing: new))"]
        }
    }
}
