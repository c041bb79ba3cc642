import Foundation
import PlanDomain
import Testing
@testable import PlanStore

/// Stale and stuck lock holders: a reused pid, a stopped process, an idle session, and what the
/// old holder may still do once another session took the plan over.
@Suite struct LockTakeoverTests {

    private func lockOnDisk(_ url: URL) throws -> LockInfo? {
        LockInfo(fileData: try Data(contentsOf: PlanFolder(url).lockFile))
    }

    /// A child process (`sleep 60`), ended and collected when the test is done.
    private func spawnSleeper() throws -> pid_t {
        var child: pid_t = 0
        let arguments: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sleep"), strdup("60"), nil]
        defer { arguments.forEach { free($0) } }
        guard posix_spawn(&child, "/bin/sleep", nil, nil, arguments, nil) == 0 else { throw SpawnFailed() }
        return child
    }

    private func end(_ child: pid_t) {
        kill(child, SIGKILL)
        var status: Int32 = 0
        waitpid(child, &status, 0)
    }

    private struct SpawnFailed: Error {}

    @Test func aLockRecordsTheHoldersStartTimeAndBoot() throws {
        let folder = TemporaryFolder()
        let url = try folder.unlockedPlan()
        let store = try PlanStore.open(at: url, user: "ana")
        let lock = try #require(try lockOnDisk(url))
        #expect(lock.pid == getpid())
        #expect(lock.started != nil && lock.started == ProcessProbe.startTime(pid: getpid()))
        #expect(lock.boot != nil && lock.boot == ProcessProbe.bootID)
        #expect(lock.token?.isEmpty == false)
        store.close()
    }

    /// The pid in the lock is alive, but it is another process now (it started at another time):
    /// the lock is stale and taken over without --force.
    @Test func aReusedPidIsRecognisedAsStale() throws {
        let folder = TemporaryFolder()
        let url = try folder.unlockedPlan()
        let started = try #require(ProcessProbe.startTime(pid: getpid()))
        let old = LockInfo(user: "ana", host: Identity.currentHost, pid: getpid(), since: fixedDate,
                           started: started + 12345, boot: ProcessProbe.bootID, token: "old")
        try old.fileData.write(to: PlanFolder(url).lockFile)
        let store = try PlanStore.open(at: url, user: "bento")
        #expect(store.mode == .readWrite)
        #expect(try lockOnDisk(url)?.user == "bento")
        store.close()
    }

    @Test func aLockFromAnEarlierBootIsStale() throws {
        let folder = TemporaryFolder()
        let url = try folder.unlockedPlan()
        let old = LockInfo(user: "ana", host: Identity.currentHost, pid: getpid(), since: fixedDate,
                           started: ProcessProbe.startTime(pid: getpid()), boot: "another-boot", token: "old")
        try old.fileData.write(to: PlanFolder(url).lockFile)
        #expect(try PlanStore.open(at: url, user: "bento").mode == .readWrite)
    }

    @Test func aStoppedHolderCanBeTakenOverAndThenWritesNothing() throws {
        let folder = TemporaryFolder()
        let url = try folder.unlockedPlan()
        let child = try spawnSleeper()
        defer { end(child) }
        for _ in 0..<200 where ProcessProbe.startTime(pid: child) == nil { usleep(5_000) }
        // The holder is the child process, on this host; it does not run any store code, so the
        // ghost's side is played by a store opened with its pid.
        let ghost = try PlanStore.open(at: url, user: "ana", pid: child)
        #expect(ghost.mode == .readWrite)

        let reader = try PlanStore.open(at: url, user: "bento")
        #expect(reader.mode.isReadOnly)
        #expect(reader.holderState(idleLimit: 600) == .active)
        kill(child, SIGSTOP)
        for _ in 0..<200 where !ProcessProbe.isStopped(pid: child) { usleep(5_000) }
        #expect(reader.holderState(idleLimit: 600) == .stopped)

        try reader.takeOver()
        #expect(reader.mode == .readWrite)
        #expect(try lockOnDisk(url)?.user == "bento")
        try reader.save(samplePlan(title: "after the takeover"))
        let after = try snapshot(url)

        kill(child, SIGCONT)
        #expect {
            try ghost.save(samplePlan(title: "the ghost's"))
        } throws: { error in
            guard case .lockLost = error as? PlanStoreError else { return false }
            return true
        }
        #expect(ghost.mode.isReadOnly)
        #expect(ghost.heartbeat() == false)
        ghost.close()
        #expect(try snapshot(url) == after, "the ghost wrote after the takeover")
        #expect(try lockOnDisk(url)?.user == "bento", "the ghost removed the new holder's lock")
        reader.close()
    }

    @Test func aHolderWithoutHeartbeatPastTheLimitIsIdle() throws {
        let folder = TemporaryFolder()
        let url = try folder.unlockedPlan()
        let now = Date()
        let holder = try PlanStore.open(at: url, user: "ana", clock: { now })
        #expect(holder.heartbeat())
        let reader = try PlanStore.open(at: url, user: "bento", pid: getpid() + 1, clock: { now })
        #expect(reader.holderState(idleLimit: 600) == .active)

        // The lock was last refreshed 11 minutes ago.
        let lockPath = PlanFolder(url).lockFile.path
        var times = [timespec(tv_sec: Int(now.timeIntervalSince1970) - 660, tv_nsec: 0),
                     timespec(tv_sec: Int(now.timeIntervalSince1970) - 660, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, lockPath, &times, 0) == 0)
        #expect(reader.holderState(idleLimit: 600) == .idle(minutes: 11))
        #expect(reader.holderState(idleLimit: 3600) == .active, "the limit is the caller's (config.toml)")
        holder.close()
        #expect(reader.holderState(idleLimit: 600) == .gone)
    }

    @Test func heartbeatsRefreshTheLockAtMostEveryInterval() throws {
        let folder = TemporaryFolder()
        let url = try folder.unlockedPlan()
        nonisolated(unsafe) var now = Date()
        let store = try PlanStore.open(at: url, user: "ana", clock: { now })
        let lockPath = PlanFolder(url).lockFile.path
        var old = [timespec(tv_sec: 1_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000, tv_nsec: 0)]
        #expect(store.heartbeat())
        utimensat(AT_FDCWD, lockPath, &old, 0)
        #expect(store.heartbeat(), "within the interval: no write")
        #expect(try FileSystem.status(lockPath)?.modified == Date(timeIntervalSince1970: 1_000_000))
        now = now.addingTimeInterval(PlanStore.heartbeatInterval)
        #expect(store.heartbeat())
        #expect(try FileSystem.status(lockPath)!.modified.timeIntervalSinceNow > -60)
        store.close()
    }

    @Test func recoveryFilesGoToThePlanFolderOrTheStateHomeAndAreFoundAgain() throws {
        let folder = TemporaryFolder()
        let url = try folder.unlockedPlan()
        let state = folder.sub("state")
        let place = RecoveryPlace(folder: url, environment: ["XDG_STATE_HOME": state.path])
        let file = RecoveryFile(folder: place.folder.url.path, user: "ana", host: "laptop", pid: 42, time: fixedDate,
                                reason: "the disk is full", edits: [.set(.vision("Kept"))], plan: samplePlan())
        let first = try place.write(file, pid: 42)
        #expect(first.hasPrefix(url.appendingPathComponent("recovery").path))

        // The plan folder cannot take it (here: `recovery` is a file): the state home does.
        try FileManager.default.removeItem(atPath: first)
        try FileManager.default.removeItem(at: url.appendingPathComponent("recovery"))
        try Data("in the way".utf8).write(to: url.appendingPathComponent("recovery"))
        let second = try place.write(file, pid: 42)
        #expect(second.hasPrefix(state.appendingPathComponent("socle/recovery").path))

        let found = place.list()
        #expect(found.count == 1)
        #expect(found.first?.file == file)
        #expect(found.first?.file?.summary.contains("1 unsaved change by ana@laptop") == true)

        // Reached through a symbolic link, the plan finds it too.
        let link = folder.sub("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: url)
        #expect(RecoveryPlace(folder: link, environment: ["XDG_STATE_HOME": state.path]).list().count == 1)

        // Another plan does not see it.
        let other = RecoveryPlace(folder: folder.sub("other"), environment: ["XDG_STATE_HOME": state.path])
        #expect(other.list().isEmpty)
        try place.remove(second)
        #expect(place.list().isEmpty)
    }

    @Test func recoveryFilesCutShortAreRemovedWhenThePlanOpens() throws {
        let folder = TemporaryFolder()
        let url = try folder.unlockedPlan()
        let recovery = url.appendingPathComponent("recovery")
        try FileManager.default.createDirectory(at: recovery, withIntermediateDirectories: true)
        for name in [".recovery.tmp-123-4", "20250601T000000Z-7.json.tmp", "20250601T000000Z-8.json"] {
            try Data("{".utf8).write(to: recovery.appendingPathComponent(name))
        }
        let store = try PlanStore.open(at: url)
        #expect(try FileManager.default.contentsOfDirectory(atPath: recovery.path) == ["20250601T000000Z-8.json"],
                "a finished file stays, to be offered (or reported as unreadable)")
        store.close()
    }
}
