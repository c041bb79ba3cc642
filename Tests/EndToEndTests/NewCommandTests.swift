import Foundation
import Testing

@Suite("socle new")
struct NewCommandTests {
    @Test("makes a plan folder that checks clean")
    func newPlanChecksClean() throws {
        let sandbox = try Sandbox(copyExample: false)
        let folder = sandbox.root.appendingPathComponent("sao-tome").path
        let made = try runSocle(["new", folder, "--country", "São Tomé and Príncipe", "--code", "ST",
                                 "--currency", "STN", "--from", "2027", "--to", "2031"], in: sandbox)
        #expect(made.status == 0, "stderr: \(made.err)")
        #expect(made.out.contains("São Tomé and Príncipe"))
        #expect(FileManager.default.fileExists(atPath: folder + "/plan.json"))

        let checked = try runSocle(["check", folder], in: sandbox)
        #expect(checked.status == 0, "stdout: \(checked.out) stderr: \(checked.err)")

        let shown = try runSocle(["show", folder, "--json"], in: sandbox)
        let summary = try #require(try JSONSerialization.jsonObject(with: shown.stdout) as? [String: Any])
        let meta = try #require(summary["meta"] as? [String: Any])
        #expect(meta["firstYear"] as? Int == 2027)
        #expect(meta["lastYear"] as? Int == 2031)
        #expect(meta["currency"] as? String == "STN")
    }

    @Test("refuses a folder that is not empty, naming it, with exit 2")
    func newRefusesNonEmptyFolder() throws {
        let sandbox = try Sandbox()
        let before = try sandbox.planBytes()
        let result = try runSocle(["new", sandbox.plan.path, "--country", "Kibara", "--code", "XB",
                                   "--currency", "XKB", "--from", "2027", "--to", "2031"], in: sandbox)
        #expect(result.status == 2, "exit status \(result.status), stderr: \(result.err)")
        #expect(result.err.contains(sandbox.plan.path))
        #expect(result.out.isEmpty)
        #expect(try sandbox.planBytes() == before)
    }

    @Test("a lower-case currency or country code is taken in capitals, with a note; one that is not letters of the right count is refused, naming it, with exit 2")
    func newChecksCodes() throws {
        let sandbox = try Sandbox(copyExample: false)
        let folder = sandbox.root.appendingPathComponent("lower").path
        let made = try runSocle(["new", folder, "--code", "ke", "--currency", "kes", "--from", "2027"], in: sandbox)
        #expect(made.status == 0, "stderr: \(made.err)")
        #expect(made.err.contains("--currency \"kes\" is taken as KES"), "stderr: \(made.err)")
        #expect(made.err.contains("--code \"ke\" is taken as KE"), "stderr: \(made.err)")
        let shown = try runSocle(["show", folder, "--json"], in: sandbox)
        let summary = try #require(try JSONSerialization.jsonObject(with: shown.stdout) as? [String: Any])
        let meta = try #require(summary["meta"] as? [String: Any])
        #expect(meta["currency"] as? String == "KES")
        #expect(try runSocle(["check", folder], in: sandbox).status == 0)

        for (option, value) in [("--currency", "abcd"), ("--currency", "US$"), ("--currency", "€"), ("--currency", ""),
                                ("--code", "K"), ("--code", "K3")] {
            let target = sandbox.root.appendingPathComponent("refused").path
            let refused = try runSocle(["new", target, option, value], in: sandbox)
            #expect(refused.status == 2, "\(option) \(value): exit \(refused.status), stderr: \(refused.err)")
            #expect(refused.err.contains("\(option) \"\(value)\" is not an ISO"), "stderr: \(refused.err)")
            #expect(!FileManager.default.fileExists(atPath: target), "\(option) \(value) made a folder")
        }
        let plain = try runSocle(["new", sandbox.root.appendingPathComponent("plain").path, "--currency", "XOF"],
                                 in: sandbox)
        #expect(plain.status == 0 && plain.err.isEmpty, "stderr: \(plain.err)")
    }
}
