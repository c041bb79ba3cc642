import Foundation
import Testing

@Suite("socle check")
struct CheckCommandTests {
    @Test("the example has no errors, in text and in JSON")
    func exampleChecksClean() throws {
        let sandbox = try Sandbox()
        let text = try runSocle(["check", sandbox.plan.path], in: sandbox)
        #expect(text.status == 0, "stderr: \(text.err)")
        #expect(text.out.contains("0 errors"))

        let json = try runSocle(["check", sandbox.plan.path, "--json"], in: sandbox)
        #expect(json.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        #expect(report["errors"] as? Int == 0)
        #expect(report["findings"] is [Any])
    }

    @Test("financing shares adding to 90 are an error, shown with their place, exit 1")
    func financingSharesError() throws {
        let sandbox = try Sandbox()
        var schemeID = ""
        try sandbox.editPlanJSON { plan in
            try changeFirstScheme(in: &plan) { scheme in
                schemeID = scheme["id"] as? String ?? ""
                scheme["financing"] = ["coPayments": 0, "employerContributions": 50, "generalRevenue": 0,
                                       "insuredContributions": 40, "other": 0]
            }
        }
        let text = try runSocle(["check", sandbox.plan.path], in: sandbox)
        #expect(text.status == 1, "stderr: \(text.err)")
        let errorLine = text.out.split(separator: "\n").first { $0.hasPrefix("error") }
        let line = try #require(errorLine.map(String.init), "no error line in:\n\(text.out)")
        #expect(line.contains("Stocktake"))
        #expect(line.contains("scheme \(schemeID)"))
        #expect(line.contains("financing"))
        #expect(line.contains("90"))

        let json = try runSocle(["check", sandbox.plan.path, "--json"], in: sandbox)
        #expect(json.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        #expect(report["errors"] as? Int == 1)
        let findings = try #require(report["findings"] as? [[String: Any]])
        let error = try #require(findings.first { $0["severity"] as? String == "error" })
        let location = try #require(error["location"] as? [String: Any])
        #expect(location["id"] as? String == schemeID)
        #expect(location["stage"] as? Int == 1)
    }
}
