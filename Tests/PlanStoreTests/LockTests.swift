import Foundation
import PlanDomain
import Testing
@testable import PlanStore

@Suite struct LockTests {

    private func writeLock(_ info: LockInfo, in url: URL) throws {
        try info.fileData.write(to: PlanFolder(url).lockFile)
    }

    private func lockOnDisk(_ url: URL) throws -> LockInfo? {
        LockInfo(fileData: try Data(contentsOf: PlanFolder(url).lockFile))
    }

    @Test func aSecondOpenIsReadOnlyAndNamesTheHolder() throws {
        let folder = TemporaryFolder()
        let url = try folder.unlockedPlan()
        let first = try PlanStore.open(at: url, user: "ana", host: "field-laptop", clock: { fixedDate })
        #expect(first.mode == .readWrite)

        let second = try PlanStore.open(at: url, user: "bento", host: "field-laptop")
        #expect(second.mode.isReadOnly)
        #expect(second.mode.holder?.user == "ana")
        #expect(second.mode.holder?.pid == getpid())
        #expect("\(second.mode)".contains("ana on field-laptop (process \(getpid())), since 2025-06-01 00:00 UTC"))
        #expect(second.plan == first.plan)

        let before = try snapshot(url)
        #expect {
            try second.save(samplePlan(title: "overwritten"))
        } throws: { error in
            guard case .readOnly(_, .heldBy(let holder, true)) = error as? PlanStoreError else { return false }
            return holder.user == "ana" && "\(error)".contains("is open read-only")
        }
        #expect(try snapshot(url) == before)

        second.close()
        #expect(try lockOnDisk(url)?.user == "ana", "a read-only session must not remove the holder's lock")
        first.close()
        #expect(!FileManager.default.fileExists(atPath: PlanFolder(url).lockFile.path))
        #expect(try PlanStore.open(at: url, user: "bento", host: "field-laptop").mode == .readWrite)
    }

    @Test func aStaleLockOnThisHostIsTakenOver() throws {
        let folder = TemporaryFolder()
        let url = try folder.unlockedPlan()
        let deadPid = try pidOfExitedProcess()
        try writeLock(LockInfo(user: "ana", host: Identity.currentHost, pid: deadPid, since: fixedDate), in: url)

        let store = try PlanStore.open(at: url, user: "bento")
        #expect(store.mode == .readWrite)
        #expect(try lockOnDisk(url)?.user == "bento")
        #expect(try lockOnDisk(url)?.pid == getpid())
        try store.save(samplePlan(title: "after takeover"))
        store.close()
    }

    /// Right after `kill -9` the dead editor is a zombie until its parent collects it; its lock is stale.
    @Test func aZombieHoldsNoLock() throws {
        let folder = TemporaryFolder()
        let url = try folder.unlockedPlan()
        var child: pid_t = 0
        let arguments: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/true"), nil]
        defer { free(arguments[0]) }
        #expect(posix_spawn(&child, "/bin/true", nil, nil, arguments, nil) == 0)
        defer { var status: Int32 = 0; waitpid(child, &status, 0) }
        // Not collected yet: wait until it has exited and shows as a zombie.
        for _ in 0..<400 where !Identity.isZombie(pid: child) { usleep(5_000) }
        #expect(Identity.isZombie(pid: child))
        #expect(kill(child, 0) == 0, "the zombie still has its process id")
        #expect(!Identity.isAlive(pid: child))
        try writeLock(LockInfo(user: "ana", host: Identity.currentHost, pid: child, since: fixedDate), in: url)
        let store = try PlanStore.open(at: url, user: "bento")
        #expect(store.mode == .readWrite)
        store.close()
    }

    @Test func aLiveProcessOnThisHostKeepsItsLockUnlessForced() throws {
        let folder = TemporaryFolder()
        let url = try folder.unlockedPlan()
        let live = LockInfo(user: "ana", host: "here", pid: getpid(), since: fixedDate)
        try writeLock(live, in: url)
        let polite = try PlanStore.open(at: url, user: "bento", host: "here")
        #expect(polite.mode == .readOnly(.heldBy(live, onThisHost: true)))
        #expect("\(polite.mode)".contains("--force"), "the message says what to do: \(polite.mode)")
        #expect(try lockOnDisk(url)?.user == "ana")

        // --force always takes over: the holder checks the lock before each save.
        let forced = try PlanStore.open(at: url, user: "bento", host: "here", force: true)
        #expect(forced.mode == .readWrite)
        #expect(try lockOnDisk(url)?.user == "bento")
    }

    @Test func aLockFromAnotherHostIsRespectedUnlessForced() throws {
        let folder = TemporaryFolder()
        let url = try folder.unlockedPlan()
        let theirs = LockInfo(user: "ana", host: "office-pc", pid: try pidOfExitedProcess(), since: fixedDate)
        try writeLock(theirs, in: url)

        let polite = try PlanStore.open(at: url, user: "bento", host: "field-laptop")
        #expect(polite.mode == .readOnly(.heldBy(theirs, onThisHost: false)))
        #expect("\(polite.mode)".contains("open with force"))
        #expect(try lockOnDisk(url) == theirs)

        let forced = try PlanStore.open(at: url, user: "bento", host: "field-laptop", force: true)
        #expect(forced.mode == .readWrite)
        #expect(try lockOnDisk(url)?.host == "field-laptop")
    }

    @Test func anUnreadableLockNeedsForce() throws {
        let folder = TemporaryFolder()
        let url = try folder.unlockedPlan()
        for garbage in ["", "not a lock\n", "{\"user\": \"ana\"}"] {
            try Data(garbage.utf8).write(to: PlanFolder(url).lockFile)
            let store = try PlanStore.open(at: url)
            guard case .readOnly(.unreadableLock(let detail)) = store.mode else {
                Issue.record("expected an unreadable lock for \(garbage.debugDescription), got \(store.mode)")
                continue
            }
            #expect(!detail.isEmpty)
            #expect("\(store.mode)".contains("the lock file is unreadable"))
            #expect(try Data(contentsOf: PlanFolder(url).lockFile) == Data(garbage.utf8))
        }
        let forced = try PlanStore.open(at: url, force: true)
        #expect(forced.mode == .readWrite)
        #expect(try lockOnDisk(url)?.pid == getpid())
    }

    @Test func aSessionWhoseLockWasTakenStopsSavingAndLeavesTheNewLock() throws {
        let folder = TemporaryFolder()
        let url = try folder.unlockedPlan()
        let store = try PlanStore.open(at: url, user: "ana", host: "laptop")
        let intruder = LockInfo(user: "bento", host: "office-pc", pid: 4242, since: fixedDate)
        try writeLock(intruder, in: url)
        let before = try snapshot(url)

        #expect {
            try store.save(samplePlan(title: "lost"))
        } throws: { error in
            guard case .lockLost(_, let holder) = error as? PlanStoreError else { return false }
            return holder == intruder
        }
        #expect(store.mode == .readOnly(.heldBy(intruder, onThisHost: false)))
        #expect(try snapshot(url) == before)
        store.close()
        #expect(try lockOnDisk(url) == intruder)
    }

    @Test(.enabled(if: geteuid() != 0, "root may write anything"))
    func aPlanFileWithoutWritePermissionOpensReadOnly() throws {
        let folder = TemporaryFolder()
        let url = try folder.unlockedPlan()
        chmod(PlanFolder(url).planFile.path, 0o444)
        let store = try PlanStore.open(at: url)
        #expect(store.mode == .readOnly(.planNotWritable))
        #expect(!FileManager.default.fileExists(atPath: PlanFolder(url).lockFile.path))
    }
}
