import Foundation
import PlanDomain

/// Rewrites plan.json on a thread of its own, so that a session never waits for it: the newest
/// plan handed over is written, older ones not yet started are skipped (each later one holds
/// them). Every rewrite is recorded in the journal by a `JournalCheckpoint`, flushed before the
/// new plan.json is renamed into place.
///
/// It also keeps what the store and the thread share about the files: the fingerprint of
/// plan.json as last read or written, and the journal's append lock.
final class PlanWriter: @unchecked Sendable {
    struct Job {
        var plan: Plan
        /// The journal's size after the line of the last edit `plan` holds.
        var through: Int64
        /// The session's lock, checked before writing; nil for a session editing beside the holder.
        var lock: PlanLock?
    }

    let folder: PlanFolder
    let backups: Backups
    let clock: @Sendable () -> Date
    private let condition = NSCondition()
    private var pending: Job?
    private var busy = false
    private var thread: Thread?
    private var storedFingerprint: String?
    private var storedFailure: Error?
    /// The last job, when its rewrite failed (the next flush tries it again).
    private var failedJob: Job?
    /// For tests: jobs wait, unwritten, as after a kill before the rewrite (`discardForTests`).
    var holdsJobs: Bool {
        get { condition.withLock { holding } }
        set {
            condition.withLock {
                holding = newValue
                condition.broadcast()
            }
        }
    }
    private var holding = false
    /// Held while a line is appended to the journal, by the store and by this thread.
    let journalLock = NSLock()

    init(folder: PlanFolder, backups: Backups, clock: @escaping @Sendable () -> Date, fingerprint: String?) {
        self.folder = folder
        self.backups = backups
        self.clock = clock
        self.storedFingerprint = fingerprint
    }

    /// The fingerprint of plan.json as this session last read or wrote it.
    var fingerprint: String? {
        get { condition.withLock { storedFingerprint } }
        set { condition.withLock { storedFingerprint = newValue } }
    }

    /// Why the last background rewrite failed (nil after one that succeeded); taken once.
    func takeFailure() -> Error? {
        condition.withLock {
            defer { storedFailure = nil }
            return storedFailure
        }
    }

    /// The job whose rewrite failed last, when no later one is waiting; taken once.
    func takeFailedJob() -> Job? {
        condition.withLock {
            defer { failedJob = nil }
            return failedJob
        }
    }

    /// True while a rewrite is waiting or under way.
    var isWriting: Bool { condition.withLock { pending != nil || busy } }

    /// Hands `job` to the thread, in place of any job not yet started.
    func submit(_ job: Job) {
        condition.withLock {
            pending = job
            if thread == nil {
                let started = Thread { self.loop() }
                started.name = "socle plan.json writer"
                started.stackSize = 8 << 20
                thread = started
                started.start()
            }
            condition.broadcast()
        }
    }

    /// Waits until no rewrite is waiting or under way.
    func drain() {
        condition.withLock {
            while pending != nil || busy { condition.wait() }
        }
    }

    /// For tests: forgets the job not yet written and ends the thread, as a kill would.
    func discardForTests() {
        condition.withLock {
            pending = nil
            thread = nil
            condition.broadcast()
        }
    }

    /// Ends the thread once the work handed over is done.
    func stop() {
        drain()
        condition.withLock {
            thread = nil
            condition.broadcast()
        }
    }

    private func loop() {
        while true {
            let job: Job? = condition.withLock {
                while (pending == nil || holding) && thread != nil { condition.wait() }
                guard let next = pending else { return nil }
                pending = nil
                busy = true
                return next
            }
            guard let job else { return }
            var failure: Error?
            do {
                try write(job)
            } catch {
                failure = error
            }
            condition.withLock {
                busy = false
                storedFailure = failure
                failedJob = failure == nil || pending != nil ? nil : job
                condition.broadcast()
            }
        }
    }

    /// Writes `job.plan` as plan.json now, on the calling thread: encode, temporary file (flushed),
    /// checkpoint line (flushed), backup of the old plan.json, rename, folder flushed.
    func write(_ job: Job) throws {
        let data = try PlanCodec.encode(job.plan, file: folder.planPath)
        let written = PlanFingerprint.of(data)
        if let lock = job.lock {
            let check = lock.check()
            guard check.ours else { throw PlanStoreError.lockLost(path: folder.path, holder: check.holder) }
        }
        let checkpoint: Data
        do {
            checkpoint = try JournalCheckpoint(time: clock(), plan: written, through: job.through).line()
        } catch {
            throw PlanStoreError.cannotEncode(path: folder.journalFile.path, detail: "\(error)")
        }
        if written == fingerprint {
            try appendToJournal(checkpoint)
            return
        }
        let existing = try FileSystem.status(folder.planPath)
        if existing?.kind == .symlink { throw PlanStoreError.planIsSymlink(path: folder.planPath) }
        let temporary = try FileSystem.createTemporary(in: folder.path, prefix: PlanFolder.planTemporaryPrefix,
                                                       data: data, mode: existing?.mode)
        do {
            try appendToJournal(checkpoint)
            _ = try Self.replace(folder: folder, backups: backups, with: temporary, replacing: existing != nil, at: clock())
        } catch {
            try? FileSystem.removeFile(temporary)
            throw error
        }
        fingerprint = written
        try FileSystem.syncDirectory(folder.path)
    }

    /// Appends a line to the journal and flushes it; returns the journal's size after it.
    @discardableResult
    func appendToJournal(_ line: Data) throws -> Int64 {
        try journalLock.withLock { try Journal.appendLine(line, to: folder.journalFile.path).end }
    }

    /// Keeps the current plan.json as the newest backup (when there is one) and renames the
    /// flushed `temporary` over it; returns the backup's path. The folder is not flushed yet.
    static func replace(folder: PlanFolder, backups: Backups, with temporary: String, replacing: Bool,
                        at date: Date) throws -> String? {
        let backup = replacing ? try backups.add(from: folder.planPath, at: date) : nil
        try FileSystem.renameReplacing(temporary, to: folder.planPath)
        return backup
    }
}
