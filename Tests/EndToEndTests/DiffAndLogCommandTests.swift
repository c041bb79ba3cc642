import Foundation
import Testing

/// `socle diff` between folders, files and git revisions, and `socle log` from the journal and git.
@Suite("socle diff and socle log")
struct DiffAndLogCommandTests {
    private static func raisePension(_ plan: inout [String: Any], to amount: Int) {
        var strategy = plan["strategy"] as! [String: Any]
        var measures = strategy["measures"] as! [[String: Any]]
        let index = measures.firstIndex { $0["id"] as? String == "MEA-2" }!
        var benefit = measures[index]["benefit"] as! [String: Any]
        benefit["annualAmount"] = amount
        measures[index]["benefit"] = benefit
        strategy["measures"] = measures
        plan["strategy"] = strategy
    }

    /// Three activities added (after the example's 45), one gap removed, the pension raised.
    private static func edit(_ plan: inout [String: Any]) {
        raisePension(&plan, to: 66000)
        var actionPlan = plan["actionPlan"] as! [String: Any]
        var activities = actionPlan["activities"] as! [[String: Any]]
        let last = activities.count
        for (offset, name) in ["Train district officers", "Print the forms", "Open the helpline"].enumerated() {
            var task = activities.last!
            task["id"] = "ACT-\(last + 1 + offset)"
            task["name"] = name
            task["dependencies"] = [] as [Any]
            activities.append(task)
        }
        actionPlan["activities"] = activities
        plan["actionPlan"] = actionPlan
        var stocktake = plan["stocktake"] as! [String: Any]
        stocktake["gaps"] = (stocktake["gaps"] as! [[String: Any]]).filter { $0["id"] as? String != "GAP-11" }
        plan["stocktake"] = stocktake
    }

    @Test("two versions compared in domain words, with the effect on costs, in the plan's number format")
    func diffOfTwoFolders() throws {
        let sandbox = try Sandbox()
        let old = sandbox.root.appendingPathComponent("old.json")
        try sandbox.editPlanJSON { plan in
            var meta = plan["meta"] as! [String: Any]
            meta["numberFormat"] = "1 234,5"
            plan["meta"] = meta
        }
        try FileManager.default.copyItem(at: sandbox.planJSON, to: old)
        try sandbox.editPlanJSON(Self.edit)
        let result = try runSocle(["diff", old.path, sandbox.plan.path], in: sandbox)
        #expect(result.status == 0, "\(result.err)")
        let text = result.out
        #expect(text.contains("Measure MEA-2 \"Universal social pension (70+)\": benefit annual amount 60 000 -> 66 000 XKB a year"), "\(text)")
        #expect(text.contains("3 activities added to the action plan: ACT-46 \"Train district officers\", ACT-47 \"Print the forms\", ACT-48 \"Open the helpline\""))
        #expect(text.contains("Gap GAP-11"))
        #expect(text.contains("removed from the stocktake"))
        #expect(text.contains("Cost of \"Basic floor\" over the horizon: "))

        let json = try runSocle(["diff", old.path, sandbox.plan.path, "--json"], in: sandbox)
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        let entities = try #require(object["entities"] as? [[String: Any]])
        let pension = try #require(entities.first { $0["id"] as? String == "MEA-2" })
        let field = try #require((pension["fields"] as? [[String: Any]])?.first)
        #expect(field["field"] as? String == "benefit.annualAmount")
        #expect(field["before"] as? Int == 60000 && field["after"] as? Int == 66000)
        #expect(entities.filter { $0["change"] as? String == "added" }.count == 3)
        #expect((object["costs"] as? [Any])?.isEmpty == false)

        let same = try runSocle(["diff", sandbox.plan.path, sandbox.planJSON.path], in: sandbox)
        #expect(same.out.contains("none"))
    }

    @Test("diff --rev compares git revisions; log lists the journal's edits with their author and git's commits")
    func revisionsAndLog() throws {
        let sandbox = try Sandbox()
        func git(_ arguments: String...) throws {
            let result = try runProgram("/usr/bin/git", ["-C", sandbox.root.path] + arguments, environment: sandbox.environment)
            if result.status != 0 { throw E2EFailure("git \(arguments): \(result.err)") }
        }
        try git("init", "-q", "-b", "main")
        try git("config", "user.name", "Amina Diallo")
        try git("config", "user.email", "amina@example.org")
        #expect(try runSocle(["git-setup", sandbox.plan.path], in: sandbox).status == 0)
        try git("add", "-A")
        try git("commit", "-q", "-m", "The Kibara plan")
        try sandbox.editPlanJSON { Self.raisePension(&$0, to: 66000) }
        try git("commit", "-q", "-am", "Pension at 5,500 a month")

        let diff = try runSocle(["diff", sandbox.plan.path, "--rev", "HEAD~1"], in: sandbox)
        #expect(diff.status == 0, "\(diff.err)")
        #expect(diff.out.contains("Changes from HEAD~1 to \(sandbox.plan.path):"))
        #expect(diff.out.contains("benefit annual amount 60,000 -> 66,000 XKB a year"))
        let both = try runSocle(["diff", sandbox.plan.path, "--rev", "HEAD~1", "--rev", "HEAD"], in: sandbox)
        #expect(both.out.contains("60,000 -> 66,000"))
        let missing = try runSocle(["diff", sandbox.plan.path, "--rev", "no-such-branch"], in: sandbox)
        #expect(missing.status == 2)
        #expect(missing.err.contains("no plan.json at revision no-such-branch"))

        // An edit saved by Socle itself: journalled with its author.
        let csv = sandbox.root.appendingPathComponent("schemes.csv")
        try Data("id,name,type,general_revenue_pct,expenditure\n,Fonds de solidarité,universal,100,1000000\n".utf8).write(to: csv)
        let imported = try runSocle(["import", "schemes", sandbox.plan.path, csv.path], in: sandbox,
                                    environment: ["SOCLE_AUTHOR": "Kofi Mensah"])
        #expect(imported.status == 0, "\(imported.err)")
        #expect(try sandbox.journalEntries().last?["author"] as? String == "Kofi Mensah")
        // Without SOCLE_AUTHOR, the name in the repository's git config.
        try Data("id,name,type,general_revenue_pct,expenditure\n,Caisse rurale,universal,100,5000\n".utf8).write(to: csv)
        #expect(try runSocle(["import", "schemes", sandbox.plan.path, csv.path], in: sandbox).status == 0)
        #expect(try sandbox.journalEntries().last?["author"] as? String == "Amina Diallo")
        #expect(try sandbox.journalEntries().last?["user"] as? String == sandbox.user)

        let log = try runSocle(["log", sandbox.plan.path], in: sandbox)
        #expect(log.status == 0, "\(log.err)")
        let lines = log.out.split(separator: "\n").map(String.init)
        #expect(lines.first?.contains("Amina Diallo  added scheme SCH-13 \"Caisse rurale\"") == true, "\(log.out)")
        #expect(log.out.contains("Kofi Mensah  added scheme SCH-12 \"Fonds de solidarité\""))
        #expect(log.out.contains("Amina Diallo  commit "))
        #expect(log.out.contains("\"Pension at 5,500 a month\"\n    Measure MEA-2 \"Universal social pension (70+)\": benefit annual amount 60,000 -> 66,000 XKB a year"))
        #expect(log.out.contains("\"The Kibara plan\"\n    plan.json added"))

        let json = try runSocle(["log", sandbox.plan.path, "--json", "--limit", "2"], in: sandbox)
        let entries = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [[String: Any]])
        #expect(entries.count == 2)
        #expect(entries.map { $0["source"] as? String } == ["journal", "journal"])
        #expect(entries.map { $0["who"] as? String } == ["Amina Diallo", "Kofi Mensah"])
    }
}
