import Foundation
import Testing

/// `socle abnd`, and the coverage and cost reports' ILO figures, run as the real binary on the example.
@Suite struct ABNDCommandTests {
    static var example: String { CoverageAndImportCommandTests.root.appendingPathComponent("examples/kibara").path }

    @Test func abndText() throws {
        let result = try CoverageAndImportCommandTests.run(["abnd", Self.example])
        #expect(result.status == 0, "\(result.err)")
        let out = result.out
        for heading in ["R202 5(a)  ESSENTIAL HEALTH CARE, INCL. MATERNITY CARE", "R202 5(b)  INCOME SECURITY FOR CHILDREN",
                        "R202 5(c)  INCOME SECURITY IN WORKING AGE", "R202 5(d)  INCOME SECURITY FOR OLDER PERSONS"] {
            #expect(out.contains(heading), "\(heading)")
        }
        #expect(out.contains("  Status: low, 9.8% effective coverage"))
        #expect(out.contains("    MEA-1 Universal child benefit (from 2027) [GAP-1, GAP-6]"))
        #expect(out.contains("    GAP-7 NSSF compliance is low"))
        #expect(out.contains("(micro-insurance, formal,"))
        #expect(out.contains("CROSS-CUTTING"))
    }

    @Test func abndJSON() throws {
        let result = try CoverageAndImportCommandTests.run(["abnd", "--json", Self.example])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.map { $0["guarantee"] as? String } == ["healthCare", "children", "workingAge", "olderPersons", nil])
        let children = rows[1]
        #expect(Set(children.keys).isSuperset(of: ["label", "paragraph", "status", "provision", "policyGaps",
                                                   "implementationIssues", "recommendations"]))
        let status = try #require(children["status"] as? [String: Any])
        #expect(abs((status["percent"] as? Double ?? 0) - 480_000.0 / 4_920_000 * 100) < 1e-9)
    }

    @Test func abndOnAMissingPlanExits2() throws {
        let result = try CoverageAndImportCommandTests.run(["abnd", "/nonexistent/plan"])
        #expect(result.status == 2)
        #expect(!result.err.isEmpty)
    }

    @Test func coverageShowsBranchRatiosAndTheSDGEstimate() throws {
        let result = try CoverageAndImportCommandTests.run(["coverage", Self.example])
        #expect(result.status == 0)
        #expect(result.out.contains("SDG 1.3.1 in 2025: 13.2% of the population covered by at least one social protection cash "
            + "benefit (range 9.2% to 13.9% as the overlap of schemes varies)"))
        #expect(result.out.contains("  Family (child)     GRP-1 Children 0–14"))
        #expect(result.out.contains("R202 5(d)  Income security for older persons              partial, 34.1%"))
    }

    @Test func costJSONGainsContributionFields() throws {
        let result = try CoverageAndImportCommandTests.run(["cost", "--json", "--scenario", "SCN-2", Self.example])
        #expect(result.status == 0, "\(result.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let scenarios = try #require(object["scenarios"] as? [[String: Any]] ?? [object])
        let measures = scenarios.flatMap { ($0["measures"] as? [[String: Any]]) ?? [] }
        let insurance = try #require(measures.first { $0["id"] as? String == "MEA-5" })
        #expect(insurance["requiredContributionRatePercent"] is Double)
        let years = try #require(insurance["years"] as? [[String: Any]])
        let first = try #require(years.first)
        for key in ["contributions", "paygCostRatePercent", "generalRevenue", "replacedSpending", "netTotal", "total", "financing"] {
            #expect(first.keys.contains(key), "\(key)")
        }
        let contributions = try #require(first["contributions"] as? [String: Any])
        #expect((contributions["insurableEarnings"] as? Double ?? 0) > 0)
    }
}
