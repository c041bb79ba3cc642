import Foundation
import PlanDomain
import Testing
@testable import PlanStore

/// Exports never write over a plan's own files, replace an existing file only when told, follow
/// links to the file they point to, and write atomically.
@Suite("Export safety")
struct ExportSafetyTests {
    private func planFolder(_ folder: TemporaryFolder) throws -> URL {
        let url = folder.sub("plan")
        let store = try PlanStore.create(at: url, plan: exportPlan(), clock: { fixedDate })
        var changed = store.plan
        changed.meta.title = "Saved twice"
        try store.save(changed, edit: .set(.meta(changed.meta)))
        store.close()
        return url
    }

    /// Every file in the folder (recursively) and its bytes.
    private func snapshot(_ url: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: url.path)
        while let name = enumerator?.nextObject() as? String {
            let path = url.appendingPathComponent(name).path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[name] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return files
    }

    @Test func thePlansOwnFilesAreRefusedEvenWhenReplacing() throws {
        let folder = TemporaryFolder("export-own")
        let url = try planFolder(folder)
        let store = try PlanStore.open(at: url)  // holds .lock, as a session would
        defer { store.close() }
        let backup = try #require(try store.backupFiles().first)
        try Data("x".utf8).write(to: url.appendingPathComponent(".plan.json.tmp-1-a"))
        let before = try snapshot(url)
        for name in ["plan.json", "journal.jsonl", ".lock", ".gitignore", "backups/" + backup.lastPathComponent,
                     "backups/new.csv", ".plan.json.tmp-1-a", "backups"] {
            let target = url.appendingPathComponent(name)
            for replacing in [false, true] {
                #expect(throws: ExportError.self, "\(name)") {
                    try PlanStore.export(.activities, of: exportPlan(), folder: url, to: target, replacing: replacing,
                                         stamp: fixedDate)
                }
            }
        }
        #expect(try snapshot(url) == before, "nothing in the plan folder changed")
        let error = try #require(throws: ExportError.self) {
            try PlanStore.export(.activities, of: exportPlan(), folder: url, to: url.appendingPathComponent("plan.json"),
                                 replacing: true, stamp: fixedDate)
        }
        #expect(error.description.hasPrefix(url.path + "/plan.json is one of the files Socle keeps in a plan folder"
            + " (plan.json, journal.jsonl, .lock, backups, .gitignore, sessions)"))
    }

    @Test func anotherPlanFolderIsProtectedToo() throws {
        let folder = TemporaryFolder("export-other")
        let url = try planFolder(folder)
        let other = folder.sub("other")
        try PlanStore.create(at: other, plan: samplePlan()).close()
        #expect(throws: ExportError.self) {
            try PlanStore.export(.budget, of: exportPlan(), folder: url, to: other.appendingPathComponent("journal.jsonl"),
                                 replacing: true, stamp: fixedDate)
        }
        // A file of another name in a plan folder is the user's to choose.
        let free = other.appendingPathComponent("budget.csv")
        try PlanStore.export(.budget, of: exportPlan(), folder: url, to: free, stamp: fixedDate)
        #expect(try Data(contentsOf: free) == PlanCSV.budget(exportPlan()))
    }

    @Test func anExistingFileIsReplacedOnlyWhenAskedAndKeepsItsPermissions() throws {
        let folder = TemporaryFolder("export-exists")
        let url = try planFolder(folder)
        let target = folder.sub("mine.csv")
        try Data("my own spreadsheet".utf8).write(to: target)
        chmod(target.path, 0o640)
        #expect(throws: ExportError.exists(path: target.path)) {
            try PlanStore.export(.activities, of: exportPlan(), folder: url, to: target, stamp: fixedDate)
        }
        #expect(try Data(contentsOf: target) == Data("my own spreadsheet".utf8))
        try PlanStore.export(.activities, of: exportPlan(), folder: url, to: target, replacing: true, stamp: fixedDate)
        #expect(try Data(contentsOf: target) == PlanCSV.activities(exportPlan()))
        #expect(try FileSystem.status(target.path)?.mode == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["mine.csv", "plan"],
                "no temporary file left")
    }

    @Test func defaultExportsAreNotReplacedSilently() throws {
        let folder = TemporaryFolder("export-default")
        let url = try planFolder(folder)
        let first = try PlanStore.export(.schedule, of: exportPlan(), folder: url, stamp: fixedDate)
        try Data("edited in a spreadsheet".utf8).write(to: first)
        #expect(throws: ExportError.exists(path: first.path)) {
            try PlanStore.export(.schedule, of: exportPlan(), folder: url, stamp: fixedDate)
        }
        #expect(try Data(contentsOf: first) == Data("edited in a spreadsheet".utf8))
    }

    @Test func aLinkIsFollowedAndItsFileReplaced() throws {
        let folder = TemporaryFolder("export-link")
        let url = try planFolder(folder)
        let real = folder.sub("real.ics")
        try Data("old".utf8).write(to: real)
        let link = folder.sub("link.ics")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real.ics")
        #expect(throws: ExportError.exists(path: link.path)) {
            try PlanStore.export(.calendar, of: exportPlan(), folder: url, to: link, stamp: fixedDate)
        }
        try PlanStore.export(.calendar, of: exportPlan(), folder: url, to: link, replacing: true, stamp: fixedDate)
        #expect(try FileSystem.status(link.path)?.kind == .symlink, "the link stays a link")
        #expect(try Data(contentsOf: real) == ICalendar.data(exportPlan(), stamp: fixedDate))
        // A link that leads nowhere yet: the file it names is made.
        let dangling = folder.sub("dangling.csv")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: folder.sub("made.csv").path)
        try PlanStore.export(.budget, of: exportPlan(), folder: url, to: dangling, stamp: fixedDate)
        #expect(try FileSystem.status(dangling.path)?.kind == .symlink)
        #expect(try Data(contentsOf: folder.sub("made.csv")) == PlanCSV.budget(exportPlan()))
        // A link to plan.json is refused like plan.json.
        let sneaky = folder.sub("sneaky.csv")
        try FileManager.default.createSymbolicLink(atPath: sneaky.path, withDestinationPath: "plan/plan.json")
        let before = try Data(contentsOf: PlanFolder(url).planFile)
        #expect(throws: ExportError.self) {
            try PlanStore.export(.budget, of: exportPlan(), folder: url, to: sneaky, replacing: true, stamp: fixedDate)
        }
        #expect(try Data(contentsOf: PlanFolder(url).planFile) == before)
        // A loop of links is an error, not a hang.
        let loop = folder.sub("loop.csv")
        try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: "loop.csv")
        #expect(throws: ExportError.linkLoop(path: loop.path)) {
            try PlanStore.export(.budget, of: exportPlan(), folder: url, to: loop, replacing: true, stamp: fixedDate)
        }
    }

    @Test func aFolderIsNotAFile() throws {
        let folder = TemporaryFolder("export-folder")
        let url = try planFolder(folder)
        #expect(throws: ExportError.notAFile(path: folder.path, isFolder: true)) {
            try PlanStore.export(.budget, of: exportPlan(), folder: url, to: folder.url, replacing: true, stamp: fixedDate)
        }
        #expect("\(ExportError.notAFile(path: folder.path, isFolder: true))".contains("is a folder;"))
        // A device is not called a folder.
        #expect(throws: ExportError.notAFile(path: "/dev/null", isFolder: false)) {
            try PlanStore.export(.budget, of: exportPlan(), folder: url, to: URL(fileURLWithPath: "/dev/null"),
                                 replacing: true, stamp: fixedDate)
        }
    }
}

@Suite("CSV formula injection")
struct CSVFormulaTests {
    @Test func textThatLooksLikeAFormulaIsNeutralisedNumbersAreNot() throws {
        var plan = exportPlan()
        let names = ["=HYPERLINK(\"http://x\",\"click\")", "+1+1", "-2-cmd", "@SUM(A1)", "\tTab", "\rReturn", "Plain - text"]
        plan.actionPlan.activities = names.enumerated().map { index, name in
            var activity = Activity(id: "ACT-\(index + 1)")
            activity.name = name
            activity.durationDays = 5
            activity.budget = -1200.5
            return activity
        }
        plan.actionPlan.activities[0].progressPercent = -5
        let (header, rows) = try readCSV(try PlanCSV.activities(plan))
        func cell(_ row: Int, _ column: String) -> String { rows[row][header.firstIndex(of: column)!] }
        // A carriage return is no cell content: it becomes a space, which starts no formula.
        #expect(rows.indices.map { cell($0, "name") } == ["'=HYPERLINK(\"http://x\",\"click\")", "'+1+1", "'-2-cmd",
                                                         "'@SUM(A1)", "'\tTab", " Return", "Plain - text"])
        #expect(cell(0, "budget") == "-1200.5" && cell(0, "progressPercent") == "-5", "numbers stay numbers")
        let text = String(decoding: try PlanCSV.activities(plan).dropFirst(3), as: UTF8.self)
        #expect(text.contains(",-1200.5,\"STN\","), "bare, so a spreadsheet reads a negative number")
    }
}
