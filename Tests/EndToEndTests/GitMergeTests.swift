import Foundation
import Testing

/// A plan folder in a real git repository, set up by `socle git-setup`, with branches that edit the
/// plan at once and `git merge` calling the built `socle merge-driver`.
@Suite("git merges of a plan")
struct GitMergeTests {
    /// A sandbox whose root is a git repository holding the example plan in `plan/`, set up for
    /// Socle and committed on `main`.
    final class Repository {
        let sandbox: Sandbox

        init() throws {
            sandbox = try Sandbox()
            try git("init", "-q", "-b", "main")
            try git("config", "user.name", "Amina Diallo")
            try git("config", "user.email", "amina@example.org")
            let setup = try runSocle(["git-setup", sandbox.plan.path], in: sandbox)
            guard setup.status == 0 else { throw E2EFailure("git-setup failed: \(setup.err)") }
            try git("add", "-A")
            try git("commit", "-q", "-m", "The Kibara plan")
        }

        @discardableResult
        func git(_ arguments: String...) throws -> CommandResult {
            try gitResult(arguments, check: true)
        }

        func gitResult(_ arguments: [String], check: Bool = false) throws -> CommandResult {
            let result = try runProgram("/usr/bin/git", ["-C", sandbox.root.path] + arguments,
                                        environment: sandbox.environment.merging(["GIT_CONFIG_NOSYSTEM": "1"]) { $1 })
            if check && result.status != 0 {
                throw E2EFailure("git \(arguments.joined(separator: " ")) failed: \(result.err)\(result.out)")
            }
            return result
        }

        /// Commits a change of plan.json on `branch` (made from main when new).
        func commit(on branch: String, _ message: String, _ change: (inout [String: Any]) throws -> Void) throws {
            let exists = try gitResult(["rev-parse", "--verify", "-q", branch]).status == 0
            if exists { try git("checkout", "-q", branch) } else { try git("checkout", "-q", "-b", branch, "main") }
            try sandbox.editPlanJSON(change)
            try git("commit", "-q", "-am", message)
        }

        /// `git merge other` into main; the merge result.
        func merge(_ other: String) throws -> CommandResult {
            try git("checkout", "-q", "main")
            return try gitResult(["merge", "--no-edit", other])
        }

        var planText: String { String(decoding: (try? sandbox.planBytes()) ?? Data(), as: UTF8.self) }

        func plan() throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: sandbox.planBytes()) as? [String: Any])
        }
    }

    private static func list(_ plan: [String: Any], _ stage: String, _ collection: String) -> [[String: Any]] {
        (plan[stage] as? [String: Any])?[collection] as? [[String: Any]] ?? []
    }

    private static func change(_ plan: inout [String: Any], _ stage: String, _ collection: String, _ id: String,
                               _ edit: (inout [String: Any]) -> Void) {
        var part = plan[stage] as! [String: Any]
        var items = part[collection] as! [[String: Any]]
        let index = items.firstIndex { $0["id"] as? String == id }!
        edit(&items[index])
        part[collection] = items
        plan[stage] = part
    }

    private static func append(_ plan: inout [String: Any], _ stage: String, _ collection: String, _ item: [String: Any]) {
        var part = plan[stage] as! [String: Any]
        part[collection] = (part[collection] as! [[String: Any]]) + [item]
        plan[stage] = part
    }

    /// A new measure MEA-7 and an activity ACT-44 for it, as the workbench's next ids would be.
    private static func addMeasure(_ plan: inout [String: Any], named name: String, activity: String) {
        var measure = list(plan, "strategy", "measures").first { $0["id"] as? String == "MEA-6" }!
        measure["id"] = "MEA-7"
        measure["name"] = name
        append(&plan, "strategy", "measures", measure)
        let activities = list(plan, "actionPlan", "activities")
        var task = activities.last!
        task["id"] = "ACT-\(activities.count + 1)"
        task["name"] = activity
        task["measureId"] = "MEA-7"
        task["dependencies"] = [] as [Any]
        append(&plan, "actionPlan", "activities", task)
    }

    @Test("git-setup writes the attributes, the ignore list and the driver, and a second run changes nothing")
    func setupIsIdempotent() throws {
        let repo = try Repository()
        let attributes = try String(contentsOf: repo.sandbox.plan.appendingPathComponent(".gitattributes"), encoding: .utf8)
        #expect(attributes == "plan.json merge=socle\n")
        let ignore = try String(contentsOf: repo.sandbox.plan.appendingPathComponent(".gitignore"), encoding: .utf8)
        for line in ["journal.jsonl", "backups/", ".lock", "recovery/"] { #expect(ignore.contains(line + "\n")) }
        let driver = try repo.git("config", "--get", "merge.socle.driver").out
        #expect(driver.hasSuffix(" merge-driver %O %A %B %P\n"))
        let again = try runSocle(["git-setup", repo.sandbox.plan.path], in: repo.sandbox)
        #expect(again.status == 0)
        #expect(again.out.contains("already set up"))
        #expect(try String(contentsOf: repo.sandbox.plan.appendingPathComponent(".gitattributes"), encoding: .utf8) == attributes)
    }

    @Test("new entities on both sides under the same next id are both kept, theirs renumbered with its references")
    func sameNextIDOnBothSides() throws {
        let repo = try Repository()
        try repo.commit(on: "labour", "Unemployment assistance") {
            Self.addMeasure(&$0, named: "Unemployment assistance", activity: "Draft the assistance decree")
        }
        try repo.commit(on: "main", "Funeral grant") {
            Self.addMeasure(&$0, named: "Funeral grant", activity: "Cost the funeral grant")
        }
        let merge = try repo.merge("labour")
        #expect(merge.status == 0, "\(merge.out)\(merge.err)")
        #expect(!repo.planText.contains("<<<<<<<"))
        let plan = try repo.plan()
        let measures = Self.list(plan, "strategy", "measures")
        #expect(measures.first { $0["id"] as? String == "MEA-7" }?["name"] as? String == "Funeral grant")
        #expect(measures.first { $0["id"] as? String == "MEA-8" }?["name"] as? String == "Unemployment assistance")
        let activities = Self.list(plan, "actionPlan", "activities")
        let theirs = activities.first { $0["name"] as? String == "Draft the assistance decree" }
        #expect(theirs?["id"] as? String == "ACT-\(activities.count)", "theirs comes after ours, the last activity")
        #expect(theirs?["measureId"] as? String == "MEA-8")
        let check = try runSocle(["check", repo.sandbox.plan.path], in: repo.sandbox)
        #expect(check.status == 0, "\(check.out)")
        #expect(check.out.contains("0 errors"))
    }

    @Test("changes to different fields of one measure are both kept, and the plan checks clean")
    func differentFieldsOfOneEntity() throws {
        let repo = try Repository()
        try repo.commit(on: "labour", "Pension at 5,500 a month") {
            Self.change(&$0, "strategy", "measures", "MEA-2") { measure in
                var benefit = measure["benefit"] as! [String: Any]
                benefit["annualAmount"] = 66000
                measure["benefit"] = benefit
            }
        }
        try repo.commit(on: "main", "Rename the pension") {
            Self.change(&$0, "strategy", "measures", "MEA-2") { $0["name"] = "Universal old-age pension" }
        }
        let merge = try repo.merge("labour")
        #expect(merge.status == 0, "\(merge.out)\(merge.err)")
        let pension = Self.list(try repo.plan(), "strategy", "measures").first { $0["id"] as? String == "MEA-2" }
        #expect(pension?["name"] as? String == "Universal old-age pension")
        #expect((pension?["benefit"] as? [String: Any])?["annualAmount"] as? Int == 66000)
        #expect(try runSocle(["check", repo.sandbox.plan.path], in: repo.sandbox).status == 0)
    }

    @Test("the same field changed on both sides: ours kept, the conflict stored, exit 1, no markers, the plan loads")
    func sameField() throws {
        let repo = try Repository()
        for (branch, amount) in [("labour", 66000), ("main", 72000)] {
            try repo.commit(on: branch, "Pension at \(amount)") {
                Self.change(&$0, "strategy", "measures", "MEA-2") { measure in
                    var benefit = measure["benefit"] as! [String: Any]
                    benefit["annualAmount"] = amount
                    measure["benefit"] = benefit
                }
            }
        }
        let merge = try repo.merge("labour")
        #expect(merge.status != 0)
        #expect((merge.out + merge.err).contains("measure MEA-2, benefit annual amount: ours 72,000, theirs 66,000, base 60,000"))
        #expect(!repo.planText.contains("<<<<<<<") && !repo.planText.contains(">>>>>>>"))
        let plan = try repo.plan()
        let pension = Self.list(plan, "strategy", "measures").first { $0["id"] as? String == "MEA-2" }
        #expect((pension?["benefit"] as? [String: Any])?["annualAmount"] as? Int == 72000)
        let conflicts = try #require(plan["conflicts"] as? [[String: Any]])
        #expect(conflicts.count == 1)
        #expect(conflicts.first?["field"] as? String == "benefit.annualAmount")
        #expect(conflicts.first?["theirs"] as? Int == 66000)
        #expect(conflicts.first?["oursBy"] as? String == "main")
        #expect(conflicts.first?["theirsBy"] as? String == "labour")

        // It loads: check reads it and reports the conflict as its one error.
        let check = try runSocle(["check", repo.sandbox.plan.path], in: repo.sandbox)
        #expect(check.status == 1)
        #expect(check.out.contains("Merge conflict on measure MEA-2, benefit annual amount"))
        #expect(check.out.contains("1 error,"))
        // And git takes it once added.
        try repo.git("add", "plan/plan.json")
        try repo.git("commit", "-q", "--no-edit")
    }

    @Test("a deletion against an edit keeps the edited entity and records the conflict; a plain deletion is honoured")
    func deleteAgainstEdit() throws {
        let repo = try Repository()
        try repo.commit(on: "labour", "Sharper recommendation") {
            Self.change(&$0, "evaluation", "recommendations", "REC-1") { $0["text"] = "Publish the registry data quarterly." }
        }
        try repo.commit(on: "main", "Drop REC-1 and REC-2") {
            var evaluation = $0["evaluation"] as! [String: Any]
            evaluation["recommendations"] = (evaluation["recommendations"] as! [[String: Any]])
                .filter { !["REC-1", "REC-2"].contains($0["id"] as? String) }
            $0["evaluation"] = evaluation
        }
        let merge = try repo.merge("labour")
        #expect(merge.status != 0)
        let plan = try repo.plan()
        let recommendations = Self.list(plan, "evaluation", "recommendations").compactMap { $0["id"] as? String }
        #expect(recommendations.contains("REC-1"))
        #expect(!recommendations.contains("REC-2"))
        let conflict = try #require((plan["conflicts"] as? [[String: Any]])?.first)
        #expect(conflict["id"] as? String == "REC-1" && conflict["field"] == nil && conflict["ours"] == nil)
        let check = try runSocle(["check", repo.sandbox.plan.path], in: repo.sandbox)
        #expect(check.status == 1)
        #expect(check.out.contains("recommendation REC-1"))
    }
}
