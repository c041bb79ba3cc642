import Foundation
import PlanDomain
import Testing
@testable import PlanStore

/// `create` builds a plan folder whole, and a retry after an interrupted one is not blocked.
@Suite("New plan folders")
struct NewPlanFolderTests {
    @Test func aCreatedFolderIsCompleteAndNoStagingIsLeft() throws {
        let folder = TemporaryFolder("new")
        let url = folder.sub("plan")
        let store = try PlanStore.create(at: url, plan: samplePlan())
        #expect(store.mode == .readWrite)
        store.close()
        #expect(try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
            == [".gitignore", "backups", "exports", "plan.json"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan"], "no staging folder left")
        #expect(try PlanStore.load(at: url) == samplePlan())
    }

    @Test func leftoversOfAnInterruptedCreateDoNotBlockARetry() throws {
        let folder = TemporaryFolder("new-retry")
        let url = folder.sub("plan")
        // What an older Socle killed half-way left: the folders, the .gitignore, a dead lock.
        for name in ["backups", "exports"] {
            try FileManager.default.createDirectory(at: url.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        try Data(PlanFolder.gitignoreText.utf8).write(to: url.appendingPathComponent(".gitignore"))
        let dead = LockInfo(user: "u", host: Identity.currentHost, pid: 999_999, since: fixedDate)
        try dead.fileData.write(to: url.appendingPathComponent(".lock"))
        try Data().write(to: url.appendingPathComponent(".lock.tmp-999999-1"))
        // And the staging folder of a killed `create` of this Socle.
        let staging = folder.sub(".plan.socle-new-999999-abc")
        try FileManager.default.createDirectory(at: staging.appendingPathComponent("backups"), withIntermediateDirectories: true)
        try Data("{".utf8).write(to: staging.appendingPathComponent("plan.json"))

        let store = try PlanStore.create(at: url, plan: samplePlan())
        store.close()
        #expect(try PlanStore.load(at: url) == samplePlan())
        #expect(!FileManager.default.fileExists(atPath: staging.path), "the dead staging folder is removed")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan"])
    }

    @Test func anythingElseIsRefusedAndKept() throws {
        let folder = TemporaryFolder("new-busy")
        let url = folder.sub("plan")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("exports"), withIntermediateDirectories: true)
        let mine = url.appendingPathComponent("exports/notes.txt")
        try Data("mine".utf8).write(to: mine)
        #expect(throws: PlanStoreError.folderNotEmpty(path: url.path)) {
            try PlanStore.create(at: url, plan: samplePlan())
        }
        #expect(try Data(contentsOf: mine) == Data("mine".utf8))
        // An existing plan is never replaced.
        let plan = folder.sub("existing")
        try PlanStore.create(at: plan, plan: samplePlan(title: "Keep me")).close()
        #expect(throws: PlanStoreError.folderNotEmpty(path: plan.path)) {
            try PlanStore.create(at: plan, plan: samplePlan())
        }
        #expect(try PlanStore.load(at: plan).meta.title == "Keep me")
        // A live session's lock is not a leftover.
        let live = folder.sub("live")
        try FileManager.default.createDirectory(at: live, withIntermediateDirectories: true)
        let me = LockInfo(user: "u", host: Identity.currentHost, pid: getpid(), since: fixedDate)
        try me.fileData.write(to: live.appendingPathComponent(".lock"))
        #expect(throws: PlanStoreError.folderNotEmpty(path: live.path)) {
            try PlanStore.create(at: live, plan: samplePlan())
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["existing", "live", "plan"])
    }

    /// A file where the folder should be is named as a file, not as a folder "not empty".
    @Test func aFileInThePlaceIsRefusedAsAFile() throws {
        let folder = TemporaryFolder("new-file")
        let file = folder.sub("notes.txt")
        try Data("mine".utf8).write(to: file)
        #expect(throws: PlanStoreError.notAFolder(path: file.path)) {
            try PlanStore.create(at: file, plan: samplePlan())
        }
        #expect("\(PlanStoreError.notAFolder(path: file.path))".contains("is a file, not a folder"))
        #expect(try Data(contentsOf: file) == Data("mine".utf8))
    }

    /// A long folder name that the file system takes is taken for a plan too (the staging folder's
    /// name is cut to fit); where the staging folder cannot be made, the error names the folder asked for.
    @Test func aLongNameIsBuiltAndFailuresNameTheFolderAskedFor() throws {
        let folder = TemporaryFolder("new-long")
        let url = folder.sub(String(repeating: "p", count: 240))
        try PlanStore.create(at: url, plan: samplePlan()).close()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [url.lastPathComponent])
        let missing = URL(fileURLWithPath: "/proc/socle-no-such-\(getpid())")
        #expect {
            try PlanStore.create(at: missing, plan: samplePlan())
        } throws: { error in
            let text = "\(error)"
            return text.contains(missing.path) && !text.contains(NewPlanFolder.stagingMarker)
        }
    }

    @Test func anEmptyMountPointIsBuiltInPlace() throws {
        let folder = TemporaryFolder("new-mount")
        let url = folder.sub("plan")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try withTmpfs(at: url) {
            try PlanStore.create(at: url, plan: samplePlan()).close()
            #expect(try PlanStore.load(at: url) == samplePlan())
            #expect(try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
                == [".gitignore", "backups", "exports", "plan.json"])
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan"], "no staging folder left")
        }
    }
}
