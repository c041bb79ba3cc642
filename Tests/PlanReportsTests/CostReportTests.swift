import Foundation
import Testing
import PlanDomain
import PlanReports

/// The text and JSON of `socle cost`.
struct CostReportTests {
    @Test func theExampleAsText() throws {
        let plan = try examplePlan()
        let text = CostReport.render(plan, scenarios: plan.costComparison())
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[1] == "Amounts in XKB million, nominal; % of GDP and of government expenditure. Base year 2025.")
        #expect(lines.contains("BASIC FLOOR (SCN-1)") && lines.contains("FULL EXTENSION (SCN-2)"))
        // Basic floor, 2035: four measures, 134,170.1 million, 1.85% of GDP, 9.64% of expenditure.
        #expect(lines.contains { $0.hasPrefix("  2035") && $0.hasSuffix("134,170.1   1.85         9.64") })
        // Full extension: 2.58% of GDP in 2035, of which 2.06% from general revenue, within the ceiling.
        #expect(lines.contains("  Fiscal-space ceiling 2.50% of GDP, on the general-revenue share: within it every year "
            + "(peak 2.06% in 2035)."))
        #expect(lines.contains { $0.contains("PAYG cost rate") && $0.contains("required rate") })
        #expect(lines.contains { $0.contains("replaces SCH-7 Severe Disability Allowance") })
        #expect(lines.contains("SCENARIOS SIDE BY SIDE (XKB million, % of GDP)"))
        #expect(lines.contains { $0.hasPrefix("  General revenue") } == false, "financing sources are columns")
        #expect(lines.contains { $0.hasPrefix("  All years") && $0.contains("663,651.2 (94.0%)") })
    }

    @Test func theJSONOutline() throws {
        let plan = try examplePlan()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(CostOutline(plan: plan, scenarios: plan.costComparison()))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["currency"] as? String == "XKB")
        let scenarios = try #require(object["scenarios"] as? [[String: Any]])
        #expect(scenarios.map { $0["name"] as? String } == ["Basic floor", "Full extension"])
        let total = try #require(scenarios[1]["total"] as? [[String: Any]])
        #expect(total.count == 10)
        let last = try #require(total.last)
        #expect(last["year"] as? Int == 2035)
        #expect(abs((last["percentOfGDP"] as? Double ?? 0) - 2.5772) < 0.001)
        let financing = try #require(last["financing"] as? [String: Double])
        #expect(Set(financing.keys) == ["employerContributions", "insuredContributions", "generalRevenue", "coPayments", "other"])
        #expect(abs(financing.values.reduce(0, +) - (last["total"] as? Double ?? 0)) < 1)
    }

    @Test func aPlanWithoutScenariosSaysSo() throws {
        var plan = try examplePlan()
        plan.strategy.scenarios = []
        let text = CostReport.render(plan, scenarios: plan.costComparison())
        #expect(text.contains("The plan has no scenarios, so all its measures are costed as one package, \"All measures\"."))
        #expect(text.contains("ALL MEASURES\n"))
        #expect(!text.contains("SIDE BY SIDE"))
    }
}
