import Foundation
import PlanDomain
import Testing
@testable import PlanStore
@testable import socle_bench

/// The socle-bench executable, which SwiftPM builds next to the test executable (the tests
/// depend on it). On Linux `Bundle.main.bundleURL` is that folder.
private func benchExecutable() -> URL? {
    let candidates = [
        Bundle.main.bundleURL,
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        Bundle.main.bundleURL.deletingLastPathComponent(),
    ].map { $0.appendingPathComponent("socle-bench") }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
}

@Suite struct KillTests {
    /// Kills a process that saves new versions of a plan in a loop, 200 times, 1 to 30 ms after a
    /// moment that turns with the rounds: its start (kills during start-up, open and lock
    /// takeover), its taking the lock (decoding, first save), its first save (saves in progress).
    /// After each kill it checks that plan.json holds one whole version, that the next open takes
    /// over the dead process's lock and clears its temporary files, and that the journal reads.
    @Test(.timeLimit(.minutes(2)))
    func aSaveKilledAtAnyMomentLeavesTheOldOrTheNewPlan() throws {
        let executable = try #require(benchExecutable(), "socle-bench must be built next to the tests")
        let folder = TemporaryFolder("kill")
        let url = folder.sub("plan")
        let base = SaveLoop.base()
        try PlanStore.create(at: url, plan: SaveLoop.version(0, of: base)).close()
        let planFolder = PlanFolder(url)
        var generator = SystemRandomNumberGenerator()
        var lastVersion = 0
        var roundsWithProgress = 0
        let start = ContinuousClock.now
        let rounds = 200

        for round in 0..<rounds {
            let child = Process()
            child.executableURL = executable
            child.arguments = ["save-loop", url.path]
            let errors = Pipe()
            child.standardError = errors
            try child.run()
            switch round % 3 {
            case 1: waitUntil { LockInfo(fileData: (try? Data(contentsOf: planFolder.lockFile)) ?? Data())?.pid
                == child.processIdentifier }
            case 2: _ = errors.fileHandleForReading.availableData  // "saving from version ..."
            default: break
            }
            usleep(UInt32.random(in: 1_000...30_000, using: &generator))
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(child.terminationReason == .uncaughtSignal, "save-loop stopped by itself: \(stderr)")
            #expect(stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("socle-bench save-loop: saving from") },
                    "save-loop reported: \(stderr)")

            // The killed process's lock, if it got that far, is stale: the next open takes it over.
            let leftLock = (try? Data(contentsOf: planFolder.lockFile)).flatMap(LockInfo.init(fileData:))
            #expect(leftLock == nil || leftLock?.pid == child.processIdentifier)
            let store = try PlanStore.open(at: url)
            #expect(store.mode == .readWrite, "round \(round): \(store.mode)")
            #expect(try LockInfo(fileData: Data(contentsOf: planFolder.lockFile))?.pid == getpid())

            let version = try #require(SaveLoop.number(of: store.plan), "round \(round): \(store.plan.meta.title)")
            #expect(store.plan == SaveLoop.version(version, of: base), "round \(round): version \(version) differs")
            #expect(version >= lastVersion)
            if version > lastVersion { roundsWithProgress += 1 }
            lastVersion = version

            let names = try FileManager.default.contentsOfDirectory(atPath: planFolder.path)
            #expect(!names.contains { $0.hasPrefix(".plan.json.tmp") || $0.hasPrefix(".lock.tmp") },
                    "round \(round): \(names)")
            // The journal line follows the save, so it is never ahead of the plan; a kill between
            // the two leaves it one line short for that round.
            if version > 0, case .set(.meta(let meta))? = try store.journal().entries.last?.edit {
                let journaled = SaveLoop.number(ofTitle: meta.title) ?? -1
                #expect(journaled <= version && journaled >= 0, "round \(round): journal at \(meta.title), plan at \(version)")
            }
            store.close()
        }

        let journal = try PlanStore.readJournal(at: url)
        #expect(journal.entries.count >= lastVersion - rounds)
        #expect(try PlanStore.open(at: url).backupFiles().count == 10)
        // Many kills must land after a save, or the test proves little (about half do here; the
        // bar is lower so that a slow machine does not fail it).
        #expect(roundsWithProgress >= rounds / 10)
        print("kill test: \(rounds) kills in \(ContinuousClock.now - start), \(lastVersion) versions saved,"
              + " \(roundsWithProgress) rounds saved at least one, \(journal.skipped.count) torn journal lines")
    }

    /// Waits (up to two seconds) until `condition` holds, checking every half millisecond.
    private func waitUntil(_ condition: () -> Bool) {
        for _ in 0..<4000 where !condition() {
            usleep(500)
        }
    }
}
