import Foundation
import PlanDomain
import Testing
@testable import PlanStore
@testable import socle_bench

/// The socle-bench executable, which SwiftPM builds next to the test executable (the tests
/// depend on it). On Linux `Bundle.main.bundleURL` is that folder.
func benchExecutable() -> URL? {
    let candidates = [
        Bundle.main.bundleURL,
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        Bundle.main.bundleURL.deletingLastPathComponent(),
    ].map { $0.appendingPathComponent("socle-bench") }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
}

/// `kill -9` during saves. `SOCLE_KILLS=N swift test --filter KillTests` sets the number of kills
/// of the save loop (200 by default; the import loop gets a third of it); docs/GUARANTEES.md
/// tells how it is run at 1,000.
@Suite(.serialized) struct KillTests {
    static var kills: Int {
        ProcessInfo.processInfo.environment["SOCLE_KILLS"].flatMap(Int.init).map { max(3, $0) } ?? 200
    }

    /// What the rounds of one kill test ended as.
    struct Tally: CustomStringConvertible {
        var rounds = 0, progressed = 0, finished = 0, dropped = 0, torn = 0, last = 0, confirmed = 0
        var description: String {
            "\(rounds) kills, \(last) versions saved (\(confirmed) confirmed before a kill), \(progressed) rounds saved "
                + "at least one; on reopening "
                + "\(finished) saves finished from their journal line, \(dropped) journal lines dropped, \(torn) torn lines cut"
        }
    }

    /// Kills a process that saves new versions of a plan in a loop, 1 to 30 ms after a moment
    /// that turns with the rounds: its start (kills during start-up, open and lock takeover), its
    /// taking the lock (decoding, first save), its first save (saves in progress). After each kill
    /// plan.json must hold one whole version, no older than before, and opening must take over the
    /// dead process's lock, clear its temporary files and leave a journal that agrees with the
    /// plan: no torn line, and a last line that is the edit plan.json holds. The loop writes the
    /// number of each version whose save returned on stdout: the plan opened after the kill must be
    /// that last confirmed version or the next one (the save under way).
    @Test(.timeLimit(.minutes(60)))
    func aSaveKilledAtAnyMomentLeavesTheOldOrTheNewPlanAndAJournalThatAgrees() async throws {
        let base = SaveLoop.base()
        let tally = try await killLoop("save-loop", rounds: Self.kills, plan: SaveLoop.version(0, of: base),
                                 version: { plan in
                                     let version = try #require(SaveLoop.number(of: plan), "\(plan.meta.title)")
                                     #expect(plan == SaveLoop.version(version, of: base), "version \(version) differs")
                                     return version
                                 },
                                 journaled: { edit in
                                     guard case .batch(let edits) = edit, case .set(.meta(let meta))? = edits.first
                                     else { return nil }
                                     return SaveLoop.number(ofTitle: meta.title)
                                 })
        print("kill test, save loop: \(tally)")
        // Many kills must land after a save, or the test proves little.
        #expect(tally.progressed >= tally.rounds / 10)
    }

    /// The same for `socle import`'s path: a groups CSV imported again and again.
    @Test(.timeLimit(.minutes(20)))
    func anImportKilledAtAnyMomentLeavesTheOldOrTheNewPlanAndAJournalThatAgrees() async throws {
        var plan = SaveLoop.base()
        plan.stocktake.groups[0].size = ImportLoop.size(0)
        // An import checks the whole plan first, so it takes longer than a save: the kills come later.
        let tally = try await killLoop("import-loop", rounds: max(1, Self.kills / 3), plan: plan, delay: 1_000...200_000,
                                 version: { plan in try #require(ImportLoop.number(of: plan)) },
                                 journaled: ImportLoop.number(of:))
        print("kill test, import loop: \(tally)")
        #expect(tally.progressed >= tally.rounds / 10)
    }

    @Test func theSaveLoopsEditTurnsEachVersionIntoTheNext() throws {
        let base = SaveLoop.base()
        for k in 1...90 {
            #expect(try SaveLoop.version(k - 1, of: base).applying(SaveLoop.edit(to: k, of: base))
                    == SaveLoop.version(k, of: base), "version \(k)")
        }
    }

    private func killLoop(_ command: String, rounds: Int, plan: Plan, delay: ClosedRange<UInt32> = 1_000...30_000,
                          version: (Plan) throws -> Int, journaled: (Edit) -> Int?) async throws -> Tally {
        let executable = try #require(benchExecutable(), "socle-bench must be built next to the tests")
        let folder = TemporaryFolder("kill")
        let url = folder.sub("plan")
        try PlanStore.create(at: url, plan: plan).close()
        let planFolder = PlanFolder(url)
        var generator = SystemRandomNumberGenerator()
        var tally = Tally()

        for round in 0..<rounds {
            let child = Process()
            child.executableURL = executable
            child.arguments = [command, url.path]
            let errors = Pipe()
            child.standardError = errors
            let confirmations = Pipe()
            child.standardOutput = confirmations
            try child.run()
            switch round % 3 {
            case 1: waitUntil { LockInfo(fileData: (try? Data(contentsOf: planFolder.lockFile)) ?? Data())?.pid
                == child.processIdentifier }
            case 2: _ = errors.fileHandleForReading.availableData  // "saving from version ..."
            default: break
            }
            usleep(UInt32.random(in: delay, using: &generator))
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            // The last version whose save returned before the kill: it must be there after it.
            let confirmed = String(decoding: confirmations.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                .split(separator: "\n").last.flatMap { Int($0) }
            #expect(child.terminationReason == .uncaughtSignal, "\(command) stopped by itself: \(stderr)")
            #expect(stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("socle-bench \(command): ") && $0.contains(" from ") },
                    "\(command) reported: \(stderr)")

            // The killed process's lock, if it got that far, is stale: the next open takes it over.
            let leftLock = (try? Data(contentsOf: planFolder.lockFile)).flatMap(LockInfo.init(fileData:))
            #expect(leftLock == nil || leftLock?.pid == child.processIdentifier)
            let store = try PlanStore.open(at: url)
            #expect(store.mode == .readWrite, "round \(round): \(store.mode)")
            #expect(try LockInfo(fileData: Data(contentsOf: planFolder.lockFile))?.pid == getpid())
            for note in store.recoveryNotes {
                if note.contains("has now been saved") || note.contains("plan.json now holds them") { tally.finished += 1 }
                else if note.contains("was removed: its session") { tally.dropped += 1 }
                else if note.contains("part of a line") { tally.torn += 1 }
                else { Issue.record("round \(round): unexpected note \(note)") }
            }

            let saved = try version(store.plan)
            #expect(saved >= tally.last, "round \(round): went back from \(tally.last) to \(saved)")
            if let confirmed {
                // The last confirmed edit, or the one being saved when the kill came.
                #expect(saved == confirmed || saved == confirmed + 1,
                        "round \(round): \(saved) opened, \(confirmed) was the last confirmed")
                tally.confirmed = max(tally.confirmed, confirmed)
            }
            if saved > tally.last { tally.progressed += 1 }
            tally.last = saved

            let names = try FileManager.default.contentsOfDirectory(atPath: planFolder.path)
            #expect(!names.contains { $0.hasPrefix(".plan.json.tmp") || $0.hasPrefix(".lock.tmp") },
                    "round \(round): \(names)")
            // The journal agrees with the plan: no torn or broken line, its last edit is the one
            // plan.json holds, and its last line records plan.json's fingerprint (a save's line, or
            // the checkpoint of a rewrite after commits).
            // The whole journal is read every 100 rounds (it grows by a line per save, so reading it
            // every round made the loop quadratic); every round reads its end backwards.
            if (round + 1) % 100 == 0 || round + 1 == rounds {
                let journal = try store.journal()
                #expect(journal.skipped.isEmpty, "round \(round): \(journal.skipped)")
            }
            #expect(try Journal.tail(planFolder.journalFile.path)?.tornFrom == nil, "round \(round): a torn last line")
            if saved > 0 {
                var lastEdit: JournalEntry?
                try Journal.eachLineBackwards(planFolder.journalFile.path) { _, line in
                    lastEdit = Journal.decodeEntry(line)
                    return lastEdit == nil && JournalCheckpoint.decode(line) != nil
                }
                let last = try #require(lastEdit, "round \(round): no journal line for version \(saved)")
                #expect(journaled(last.edit) == saved, "round \(round): journal at \(journaled(last.edit) ?? -1), plan at \(saved)")
                let onDisk = PlanFingerprint.of(try Data(contentsOf: planFolder.planFile))
                let tail = try #require(try Journal.tail(planFolder.journalFile.path)?.lastLine)
                let recorded = JournalCheckpoint.decode(tail)?.checkpoint ?? Journal.decodeEntry(tail)?.after
                #expect(recorded == onDisk, "round \(round): the journal's last line is not plan.json's")
                #expect(try PlanCodec.decode(Data(contentsOf: planFolder.planFile), file: "plan.json").plan == store.plan,
                        "round \(round): plan.json does not hold the plan opened")
            }
            store.close()
            tally.rounds = round + 1
            if (round + 1) % 100 == 0 { print("kill test, \(command): after \(round + 1) kills: \(tally)") }
            // Each round takes a fraction of a second, the whole loop minutes: between rounds, the
            // thread goes back to the cooperative pool (one thread per core), so the async tests
            // running beside this one are not held up until it ends.
            await Task.yield()
        }
        tally.rounds = rounds
        #expect(try PlanStore.readJournal(at: url).entries.count == tally.last)
        return tally
    }

    /// Waits (up to two seconds) until `condition` holds, checking every half millisecond.
    private func waitUntil(_ condition: () -> Bool) {
        for _ in 0..<4000 where !condition() {
            usleep(500)
        }
    }
}
