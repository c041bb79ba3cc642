import Foundation
import Testing

/// Hostile input on the command line: exports that would overwrite, broken CSV files, absurd
/// widths, terminal controls in plan text, other encodings of plan.json, half-made new plans.
@Suite("Hostile input, end to end")
struct HostileInputCommandTests {
    /// Every file under the plan folder and its bytes.
    private func snapshot(_ sandbox: Sandbox) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: sandbox.plan.path)
        while let name = enumerator?.nextObject() as? String {
            let url = sandbox.plan.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[name] = try Data(contentsOf: url)
            }
        }
        return files
    }

    @Test("export -o never writes over the plan's own files")
    func exportRefusesPlanFiles() throws {
        let sandbox = try Sandbox()
        let csv = sandbox.root.appendingPathComponent("in.csv")
        try Data("name,type\nNew scheme,universal\n".utf8).write(to: csv)
        #expect(try runSocle(["import", "schemes", sandbox.plan.path, csv.path], in: sandbox).status == 0)
        let before = try snapshot(sandbox)
        #expect(before.keys.contains("journal.jsonl") && before.keys.contains { $0.hasPrefix("backups/") })
        let backup = try #require(before.keys.first { $0.hasPrefix("backups/") })
        for name in ["plan.json", "journal.jsonl", ".gitignore", backup] {
            for force in [[], ["--force"]] {
                let result = try runSocle(["export", sandbox.plan.path, "--format", "csv", "-o",
                                           sandbox.plan.appendingPathComponent(name).path] + force, in: sandbox)
                #expect(result.status == 2, "\(name) \(force)")
                #expect(result.err.contains("is one of the files Socle keeps in a plan folder"), "\(result.err)")
            }
        }
        #expect(try snapshot(sandbox) == before)
        #expect(try runSocle(["check", sandbox.plan.path], in: sandbox).status != 2, "the plan still opens")
    }

    @Test("an existing export needs --force; -o - still writes to standard output")
    func exportNeedsForce() throws {
        let sandbox = try Sandbox()
        let first = try runSocle(["export", sandbox.plan.path, "--format", "ics"], in: sandbox)
        #expect(first.status == 0, "\(first.err)")
        let file = sandbox.plan.appendingPathComponent("exports/action-plan.ics")
        try Data("edited".utf8).write(to: file)
        let again = try runSocle(["export", sandbox.plan.path, "--format", "ics"], in: sandbox)
        #expect(again.status == 2)
        #expect(again.err.contains("\(file.path) already exists; add --force to replace it"), "\(again.err)")
        #expect(try Data(contentsOf: file) == Data("edited".utf8))
        let forced = try runSocle(["export", sandbox.plan.path, "--format", "ics", "--force"], in: sandbox)
        #expect(forced.status == 0 && forced.out == file.path + "\n")
        #expect(String(decoding: try Data(contentsOf: file), as: UTF8.self).hasPrefix("BEGIN:VCALENDAR"))
        let stdout = try runSocle(["export", sandbox.plan.path, "--format", "csv", "-o", "-"], in: sandbox)
        #expect(stdout.status == 0 && stdout.out.contains("\"id\",\"name\""))
    }

    @Test("a short row, an unclosed quote and text after a quote are errors naming row and column")
    func brokenCSVs() throws {
        let sandbox = try Sandbox()
        let before = try sandbox.planBytes()
        let cases = [
            ("name,type,institution\nA,universal\n", "row 2, column institution: the row ends after 2 values"),
            ("name,type\nA,universal\n\"B,universal\nC,universal\n", "row 3, column name: the double quote that opens"),
            ("name,type\n\"B\"x,universal\n", "row 2, column name: text after the closing double quote (x)"),
        ]
        for (text, message) in cases {
            let csv = sandbox.root.appendingPathComponent("broken.csv")
            try Data(text.utf8).write(to: csv)
            for extra in [[], ["--skip-invalid"]] where !(message.contains("row ends") && !extra.isEmpty) {
                let result = try runSocle(["import", "schemes", sandbox.plan.path, csv.path] + extra, in: sandbox)
                #expect(result.status == 1, "\(text) \(extra)")
                #expect(result.err.contains(message), "\(result.err)")
            }
        }
        #expect(try sandbox.planBytes() == before, "nothing was imported")
    }

    @Test("/dev/zero as the CSV is refused with the size limit named")
    func endlessCSV() throws {
        let sandbox = try Sandbox()
        let result = try runSocle(["import", "schemes", sandbox.plan.path, "/dev/zero"], in: sandbox)
        #expect(result.status == 2)
        #expect(result.err.contains("/dev/zero: it is larger than 50 MB, the most an import reads"), "\(result.err)")
    }

    @Test("--width out of 40...1000 is a usage error, exit 2")
    func widthBounds() throws {
        let sandbox = try Sandbox()
        for command in ["show", "schedule"] {
            for width in ["39", "1001", "9223372036854775807", "-5"] {
                let result = try runSocle([command, sandbox.plan.path, "--width=\(width)"], in: sandbox)
                #expect(result.status == 2, "\(command) --width \(width): \(result.status)")
                #expect(result.err.contains("--width must be from 40 to 1000"), "\(result.err)")
            }
            #expect(try runSocle([command, sandbox.plan.path, "--width", "40"], in: sandbox).status != 2)
            // A negative width written as its own argument is the same error, not "missing value".
            let negative = try runSocle([command, sandbox.plan.path, "--width", "-5"], in: sandbox)
            #expect(negative.status == 2 && negative.err.contains("--width must be from 40 to 1000, not -5"), "\(negative.err)")
        }
        let stage = try runSocle(["show", sandbox.plan.path, "--stage", "-1"], in: sandbox)
        #expect(stage.status == 2 && stage.err.contains("--stage must be a number from 0 to 6, not -1"), "\(stage.err)")
    }

    @Test("C1 controls never reach standard output raw from --json or ICS")
    func c1Controls() throws {
        let sandbox = try Sandbox()
        let name = "Pension\u{9B}31m red\u{85}\u{202E}txt"
        try sandbox.editPlanJSON { plan in
            try changeFirstScheme(in: &plan) { $0["name"] = name }
            var actionPlan = plan["actionPlan"] as! [String: Any]
            var activities = actionPlan["activities"] as! [[String: Any]]
            activities[0]["name"] = name
            actionPlan["activities"] = activities
            plan["actionPlan"] = actionPlan
        }
        func hasC1(_ data: Data) -> Bool {
            String(decoding: data, as: UTF8.self).unicodeScalars.contains { (0x80...0x9F).contains($0.value) }
        }
        for command in [["show", "--json"], ["check", "--json"], ["coverage", "--json"], ["cost", "--json"],
                        ["schedule", "--json"]] {
            let result = try runSocle([command[0], sandbox.plan.path] + command.dropFirst(), in: sandbox)
            #expect(!hasC1(result.stdout), "\(command)")
            if result.out.contains("Pension") {
                #expect(result.out.contains("Pension\\u009b31m"), "\(command): escaped, not dropped")
            }
            _ = try JSONSerialization.jsonObject(with: result.stdout)
        }
        let show = try runSocle(["show", sandbox.plan.path, "--json"], in: sandbox)
        #expect(show.out.contains("Pension\\u009b31m red\\u0085\\u202etxt"))
        let ics = try runSocle(["export", sandbox.plan.path, "--format", "ics", "-o", "-"], in: sandbox)
        #expect(ics.status == 0 && !hasC1(ics.stdout))
        #expect(ics.out.contains("Pension 31m red "))
        let csv = try runSocle(["export", sandbox.plan.path, "--format", "csv", "-o", "-"], in: sandbox)
        #expect(!hasC1(csv.stdout))
    }

    @Test("a UTF-16 or UTF-32 plan.json is refused the same way by every command")
    func otherEncodings() throws {
        for (encoding, name) in [(String.Encoding.utf16, "UTF-16"), (.utf32, "UTF-32"), (.utf16LittleEndian, "UTF-16")] {
            let sandbox = try Sandbox()
            let text = String(decoding: try sandbox.planBytes(), as: UTF8.self)
            try text.data(using: encoding)!.write(to: sandbox.planJSON)
            let before = try sandbox.planBytes()
            let csv = sandbox.root.appendingPathComponent("in.csv")
            try Data("name,type\nA,universal\n".utf8).write(to: csv)
            let dir = sandbox.plan.path
            let commands: [[String]] = [
                [dir], ["check", dir], ["show", dir], ["cost", dir], ["coverage", dir], ["schedule", dir],
                ["export", dir, "--format", "csv"], ["export", dir, "--format", "ics", "-o", "-"],
                ["import", "schemes", dir, csv.path], ["import", "schemes", dir, csv.path, "--dry-run"],
            ]
            for command in commands {
                let result = try runSocle(command, in: sandbox)
                #expect(result.status == 2, "\(name) \(command)")
                #expect(result.err.contains("plan.json: the file is \(name) text; save it as UTF-8"), "\(command): \(result.err)")
                // Every command's message starts with the program's name, as the other errors do.
                #expect(result.err.hasPrefix("socle"), "\(command): \(result.err)")
            }
            #expect(try sandbox.planBytes() == before)
        }
    }

    @Test("socle new retries over what a killed earlier run left")
    func newAfterAKilledRun() throws {
        let sandbox = try Sandbox(copyExample: false)
        let target = sandbox.root.appendingPathComponent("fresh")
        for folder in ["backups", "exports"] {
            try FileManager.default.createDirectory(at: target.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let result = try runSocle(["new", target.path, "--country", "Kibara"], in: sandbox)
        #expect(result.status == 0, "\(result.err)")
        #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent("plan.json").path))
        let names = try FileManager.default.contentsOfDirectory(atPath: sandbox.root.path)
        #expect(!names.contains { $0.contains(".socle-new-") }, "no staging folder left: \(names)")
        let busy = sandbox.root.appendingPathComponent("busy")
        try FileManager.default.createDirectory(at: busy, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: busy.appendingPathComponent("notes.txt"))
        let refused = try runSocle(["new", busy.path], in: sandbox)
        #expect(refused.status == 2 && refused.err.contains("already exists and is not empty"))
    }
}
