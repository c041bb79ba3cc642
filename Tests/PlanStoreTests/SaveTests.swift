import Foundation
import PlanDomain
import Testing
@testable import PlanStore

@Suite struct SaveTests {
    @Test func createLaysOutTheFolderAndHoldsTheLock() throws {
        let folder = TemporaryFolder()
        let store = try PlanStore.create(at: folder.sub("lesotho-2030"), plan: samplePlan())
        let names = try FileManager.default.contentsOfDirectory(atPath: store.folder.path).sorted()
        #expect(names == [".gitignore", ".lock", "backups", "exports", "plan.json"])
        #expect(store.mode == .readWrite)
        #expect(store.exportsFolder.lastPathComponent == "exports")
        #expect(try PlanStore.load(at: folder.sub("lesotho-2030")) == samplePlan())
        store.close()
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.folder.path).sorted()
            == [".gitignore", "backups", "exports", "plan.json"])
    }

    @Test func createRefusesAFolderThatIsNotEmpty() throws {
        let folder = TemporaryFolder()
        try PlanStore.create(at: folder.sub("plan"), plan: samplePlan()).close()
        let before = try snapshot(folder.url)
        #expect {
            try PlanStore.create(at: folder.sub("plan"), plan: samplePlan(title: "other"))
        } throws: { error in
            guard case .folderNotEmpty = error as? PlanStoreError else { return false }
            return "\(error)".contains("already exists and is not empty")
        }
        _ = try folder.write("notes", to: "other")
        #expect(throws: PlanStoreError.self) { try PlanStore.create(at: folder.url, plan: samplePlan()) }
        #expect(try snapshot(folder.url).filter { $0.key != "other" } == before)
        // An existing empty folder is fine.
        try FileManager.default.createDirectory(at: folder.sub("empty"), withIntermediateDirectories: false)
        #expect(try PlanStore.create(at: folder.sub("empty"), plan: samplePlan()).mode == .readWrite)
    }

    @Test func openingAFolderWithoutAPlanSaysSo() throws {
        let folder = TemporaryFolder()
        #expect {
            try PlanStore.open(at: folder.url)
        } throws: { error in
            guard case .notAPlanFolder(let path) = error as? PlanStoreError else { return false }
            return path == folder.url.standardizedFileURL.path
        }
    }

    @Test func savedPlansReadBackEqualAndLeaveNoTemporaryFiles() throws {
        let folder = TemporaryFolder()
        let store = try PlanStore.create(at: folder.sub("plan"), plan: samplePlan())
        var plan = samplePlan()
        plan.strategy.vision = "Social protection for all"
        try store.save(plan)
        #expect(store.plan == plan)
        #expect(try PlanStore.load(at: folder.sub("plan")) == plan)
        #expect(try PlanStore.load(at: store.folder.planFile) == plan)
        let names = try FileManager.default.contentsOfDirectory(atPath: store.folder.path)
        #expect(!names.contains { $0.contains(".tmp") })
    }

    @Test func aNewPlanFileFollowsTheUmaskAndAnExistingOneKeepsItsMode() throws {
        let folder = TemporaryFolder()
        let store = try PlanStore.create(at: folder.sub("plan"), plan: samplePlan())
        let path = store.folder.planFile.path
        let umask = try #require(currentUmask())
        #expect(try FileSystem.status(path)?.mode == 0o666 & ~umask)

        chmod(path, 0o640)
        try store.save(samplePlan(title: "private"))
        #expect(try FileSystem.status(path)?.mode == 0o640)
    }

    @Test func aSymlinkedPlanFileIsRefusedAndTheLinkKept() throws {
        let folder = TemporaryFolder()
        let store = try PlanStore.create(at: folder.sub("plan"), plan: samplePlan())
        let planPath = store.folder.planFile.path
        let realPath = folder.sub("real-plan.json").path
        try FileManager.default.moveItem(atPath: planPath, toPath: realPath)
        try FileManager.default.createSymbolicLink(atPath: planPath, withDestinationPath: realPath)
        let before = try Data(contentsOf: URL(fileURLWithPath: realPath))

        #expect {
            try store.save(samplePlan(title: "through the link"))
        } throws: { error in
            guard case .planIsSymlink(let path) = error as? PlanStoreError else { return false }
            return path == planPath && "\(error)".contains("symbolic link")
        }
        store.close()
        #expect(throws: PlanStoreError.planIsSymlink(path: planPath)) { try PlanStore.open(at: folder.sub("plan")) }
        #expect(try FileSystem.status(planPath)?.kind == .symlink)
        #expect(try Data(contentsOf: URL(fileURLWithPath: realPath)) == before)
        // Reading without editing follows the link.
        #expect(try PlanStore.load(at: folder.sub("plan")) == samplePlan())
    }

    @Test func aFailedEditOrEncodingChangesNothing() throws {
        let folder = TemporaryFolder()
        let store = try PlanStore.create(at: folder.sub("plan"), plan: samplePlan())
        let before = try snapshot(folder.url)

        #expect(throws: EditError.duplicateID(.scheme, "SCH-1")) { try store.apply(.insert(Scheme(id: "SCH-1"))) }
        var broken = samplePlan()
        broken.stocktake.coverageThresholdPercent = .infinity
        #expect(throws: PlanStoreError.self) { try store.save(broken) }

        #expect(try snapshot(folder.url) == before)
        #expect(store.plan == samplePlan())
    }

    @Test func applyReturnsTheInverseEdit() throws {
        let folder = TemporaryFolder()
        let store = try PlanStore.create(at: folder.sub("plan"), plan: samplePlan())
        let inverse = try store.apply(.delete(.scheme, id: "SCH-2"))
        #expect(try PlanStore.load(at: folder.sub("plan")).stocktake.schemes.map(\.id) == ["SCH-1"])
        try store.apply(inverse)
        #expect(try PlanStore.load(at: folder.sub("plan")) == samplePlan())
    }

    @Test func aClosedStoreDoesNotSave() throws {
        let folder = TemporaryFolder()
        let store = try PlanStore.create(at: folder.sub("plan"), plan: samplePlan())
        store.close()
        #expect(throws: PlanStoreError.closed(path: store.folder.path)) { try store.save(samplePlan(title: "late")) }
    }

    @Test func staleTemporaryFilesGoOnAReadWriteOpenAndStayOnAReadOnlyOne() throws {
        let folder = TemporaryFolder()
        try PlanStore.create(at: folder.sub("plan"), plan: samplePlan()).close()
        let planFolder = PlanFolder(folder.sub("plan"))
        let deadPid = try pidOfExitedProcess()
        let stale = [".plan.json.tmp-\(deadPid)-1f", ".lock.tmp-\(deadPid)-2e"]
        let live = ".lock.tmp-\(getpid())-3d"
        for name in stale + [live] { try Data("half".utf8).write(to: planFolder.url.appendingPathComponent(name)) }

        func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: planFolder.path) }

        // While someone else edits, a reader touches nothing.
        try LockInfo(user: "ana", host: "office-pc", pid: 99, since: fixedDate).fileData.write(to: planFolder.lockFile)
        let reader = try PlanStore.open(at: planFolder.url, user: "bento", host: "laptop")
        #expect(reader.mode.isReadOnly)
        #expect(Set(stale + [live]).isSubset(of: try names()))

        let editor = try PlanStore.open(at: planFolder.url, user: "bento", host: "laptop", force: true)
        #expect(editor.mode == .readWrite)
        #expect(Set(stale).isDisjoint(with: try names()))
        #expect(try names().contains(live), "a lock temporary of a live process may be in use")
    }
}

struct GitignoreTests {
    @Test func aNewPlanFolderKeepsTheLockTemporariesAndBackupsOutOfGit() throws {
        let folder = TemporaryFolder()
        let url = folder.url.appendingPathComponent("lesotho-2030")
        try PlanStore.create(at: url, plan: samplePlan()).close()
        let text = try String(contentsOf: url.appendingPathComponent(".gitignore"), encoding: .utf8)
        #expect(text == ".lock\n.lock.tmp-*\n.plan.json.tmp-*\nbackups/\nrecovery/\njournal.jsonl\nsessions/\n")
    }
}
