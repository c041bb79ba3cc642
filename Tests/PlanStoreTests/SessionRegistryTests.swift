import Foundation
import Testing
@testable import PlanStore

/// The sessions' files in `sessions/`: who else has the plan open, and where; crashed sessions' files ignored.
struct SessionRegistryTests {
    func me(_ name: String, pid: Int32 = getpid(), host: String = Identity.currentHost) -> Presence {
        .of(name: name, user: name, host: host, pid: pid, since: Date(), activity: .editing)
    }

    @Test func sessionsSeeEachOtherAndWhereTheyAre() throws {
        let folder = TemporaryFolder()
        let amina = SessionRegistry(folder: folder.url, me: me("amina"))
        let joao = SessionRegistry(folder: folder.url, me: me("joão"))
        try amina.announce()
        try joao.announce()
        #expect(amina.others().map(\.name) == ["joão"])
        #expect(joao.others().map(\.name) == ["amina"])
        #expect(amina.move(stage: 3, tab: 2, tabTitle: "Activities", row: 4))
        let seen = try #require(joao.others().first)
        #expect((seen.stage, seen.tab, seen.tabTitle, seen.row) == (3, 2, "Activities", 4))
        amina.leave()
        #expect(joao.others().isEmpty)
        #expect(try FileSystem.names(in: joao.directory).count == 1)
    }

    @Test func aCrashedSessionsFileIsIgnoredAndRemoved() throws {
        let folder = TemporaryFolder()
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        let gone = SessionRegistry(folder: folder.url, me: me("gone", pid: child.processIdentifier))
        try gone.announce()
        let path = gone.path
        let live = SessionRegistry(folder: folder.url, me: me("live"))
        try live.announce()
        #expect(live.others().isEmpty)
        #expect(try FileSystem.status(path) == nil)
    }

    @Test func aSessionOfAnotherHostCountsUntilItGoesQuiet() throws {
        let folder = TemporaryFolder()
        let far = SessionRegistry(folder: folder.url, me: me("far", pid: 4242, host: "elsewhere"))
        try far.announce()
        let here = SessionRegistry(folder: folder.url, me: me("here"), staleAfter: 600)
        #expect(here.others().map(\.name) == ["far"])
        #expect(here.others(now: Date().addingTimeInterval(601)).isEmpty)
    }

    @Test func damagedFilesAreSkipped() throws {
        let folder = TemporaryFolder()
        let here = SessionRegistry(folder: folder.url, me: me("here"))
        try here.announce()
        try Data("not json".utf8).write(to: URL(fileURLWithPath: here.directory + "/x.json"))
        #expect(here.others().isEmpty)
    }

    @Test func theWatcherSeesAnotherSessionArriveAndSave() throws {
        let folder = TemporaryFolder()
        let plan = try folder.unlockedPlan()
        for kernel in [true, false] {
            let watcher = FolderWatcher(folder: PlanFolder(plan), useKernel: kernel)
            #expect((watcher.descriptor != nil) == kernel)
            #expect(!watcher.changed())
            let other = SessionRegistry(folder: plan, me: me("other-\(kernel)"))
            try other.announce()
            #expect(watcher.changed())
            #expect(!watcher.changed())
            try Data("{}\n".utf8).write(to: plan.appendingPathComponent("journal.jsonl"))
            #expect(watcher.changed())
            other.leave()
        }
    }
}
