import Foundation
import Testing

@Suite("socle show")
struct ShowCommandTests {
    @Test("--stage 1 prints the stocktake")
    func stageOneText() throws {
        let sandbox = try Sandbox()
        let result = try runSocle(["show", sandbox.plan.path, "--stage", "1"], in: sandbox)
        #expect(result.status == 0, "stderr: \(result.err)")
        #expect(result.out.contains("STOCKTAKE"))
        #expect(result.out.contains("Indicators"))
        #expect(!result.out.contains("FOUNDATIONS"))
    }

    @Test("--stage 1 --json is JSON with that one stage")
    func stageOneJSON() throws {
        let sandbox = try Sandbox()
        let result = try runSocle(["show", sandbox.plan.path, "--stage", "1", "--json"], in: sandbox)
        #expect(result.status == 0, "stderr: \(result.err)")
        let summary = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let stages = try #require(summary["stages"] as? [[String: Any]])
        #expect(stages.count == 1)
        #expect(stages.first?["number"] as? Int == 1)
    }

    @Test("--stage 9 is a usage error, exit 2")
    func stageOutOfRange() throws {
        let sandbox = try Sandbox()
        let result = try runSocle(["show", sandbox.plan.path, "--stage", "9"], in: sandbox)
        #expect(result.status == 2)
        #expect(result.err.contains("--stage"))
        #expect(result.out.isEmpty)
    }

    @Test("control characters in plan text never reach the output raw")
    func controlCharactersAreCleaned() throws {
        let sandbox = try Sandbox()
        try sandbox.editPlanJSON { plan in
            try changeFirstScheme(in: &plan) { $0["name"] = "\u{1B}[31mRED\u{07} pension" }
        }
        for arguments in [["show", sandbox.plan.path], ["show", sandbox.plan.path, "--stage", "1"],
                          ["check", sandbox.plan.path]] {
            let result = try runSocle(arguments, in: sandbox)
            #expect(result.status == 0, "\(arguments): \(result.err)")
            #expect(!result.stdout.contains(0x1B), "ESC in the output of \(arguments)")
            #expect(!result.stdout.contains(0x07), "BEL in the output of \(arguments)")
            #expect(!result.stderr.contains(0x1B), "ESC in the errors of \(arguments)")
        }
        let stage = try runSocle(["show", sandbox.plan.path, "--stage", "1"], in: sandbox)
        #expect(stage.out.contains("RED"), "the rest of the name is still shown")
    }
}
