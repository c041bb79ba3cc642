import Foundation
import PlanDomain

/// How the session holding a plan's lock looks from a read-only session.
public enum HolderState: Equatable, Sendable {
    /// It works: its process runs and it refreshed the lock within the idle limit.
    case active
    /// Its process is stopped (kill -STOP, a frozen SSH client's shell, a debugger): it cannot save.
    case stopped
    /// It has not refreshed the lock for this many minutes (no key pressed, or a machine gone).
    case idle(minutes: Int)
    /// The lock is gone, or its process no longer runs: opening again takes it.
    case gone
}

extension PlanStore {
    /// This session's lock: its path and content (what `.lock` holds while it is ours); nil when
    /// the store is read-only.
    public var heldLock: (path: String, content: Data)? {
        lock.map { ($0.path, $0.content) }
    }

    /// How often a session refreshes its lock at most (it does so when a key is pressed, so an
    /// idle session does not wake up for it).
    public static let heartbeatInterval: TimeInterval = 30

    /// Checks that this session still holds its lock (one small read) and marks it as in use now
    /// (its modification time, at most every ``heartbeatInterval``). Returns false, and turns the
    /// store read-only, when another session has taken the lock over.
    @discardableResult
    public func heartbeat() -> Bool {
        // A session editing beside the lock's holder has no lock to lose.
        guard !isClosed, let lock else { return !isClosed && coEditing }
        let check = lock.check()
        guard check.ours else {
            self.lock = nil
            mode = .readOnly(check.holder.map { .heldBy($0, onThisHost: $0.host == identity.host) }
                ?? .cannotLock("the lock file was removed or replaced"))
            return false
        }
        let now = clock()
        if let last = lastHeartbeat, now.timeIntervalSince(last) < Self.heartbeatInterval, now >= last {
            return true
        }
        if lock.heartbeat() { lastHeartbeat = now }
        return true
    }

    /// The state of the session holding the lock of a store opened read-only because of it.
    /// `idleLimit`: how long without a refresh makes it idle.
    public func holderState(idleLimit: TimeInterval) -> HolderState {
        guard let found = PlanLock.inspect(directory: folder.path), let holder = found.holder else { return .gone }
        if holder.host == identity.host {
            guard holder.holderRuns else { return .gone }
            if ProcessProbe.isStopped(pid: holder.pid) { return .stopped }
        }
        let idle = clock().timeIntervalSince(found.refreshed)
        return idle >= idleLimit ? .idle(minutes: Int(idle / 60)) : .active
    }

    /// Takes the lock over from the session holding it (after the user confirmed), and reads the
    /// plan again, with whatever that session saved. The old holder checks the lock before every
    /// save, so it writes nothing more; its temporary files are removed, so a save it had half
    /// done cannot be completed either.
    public func takeOver() throws {
        guard !isClosed else { throw PlanStoreError.closed(path: folder.path) }
        guard lock == nil else { return }
        let me = LockInfo.of(user: identity.user, host: identity.host, pid: identity.pid, since: clock())
        switch try PlanLock.acquire(in: folder.path, as: me, force: true) {
        case .acquired(let acquired):
            do {
                let data = try Self.read(folder.planPath)
                let decoded = try PlanCodec.decode(data, file: folder.planPath)
                folder.removeStaleTemporaries()
                lock = acquired
                mode = .readWrite
                plan = decoded.plan
                migratedFrom = decoded.migratedFrom
                fingerprint = PlanFingerprint.of(data)
                lastHeartbeat = nil
                // The session taken over may have committed edits plan.json does not hold yet.
                recover()
            } catch {
                acquired.release()
                throw error
            }
        case .readOnly(let reason):
            mode = .readOnly(reason)
            throw PlanStoreError.readOnly(path: folder.path, reason: reason)
        }
    }
}
