import Foundation
import PlanDomain
import PlanStore
import SessionGuard
import Workbench

/// The workbench's link to the plan folder: saves, the lock (its heartbeat, a takeover) and
/// recovery files, with the crash and signal handlers kept in step (``SessionGuard``).
final class StoreSession: PlanSaving, SessionKeeping {
    let store: PlanStore
    let place: RecoveryPlace
    let idleLimitMinutes: Int

    init(store: PlanStore, place: RecoveryPlace, idleLimitMinutes: Int) {
        self.store = store
        self.place = place
        self.idleLimitMinutes = idleLimitMinutes
        guardLock()
    }

    /// The journal line commits the edit; plan.json is rewritten in the background (see
    /// `PlanStore.commit`), so the input thread never waits for the whole plan to be written.
    func save(_ plan: Plan, edit: Edit) throws {
        try store.commit(plan, edit: edit)
    }

    func takeWriteProblem() -> String? {
        store.takeWriteFailure().map { "\($0)" }
    }

    func saveMerging(_ plan: Plan, edit: Edit) throws -> MergedSave? {
        try store.saveMerging(plan, edit: edit, time: ISO8601DateFormatter().string(from: Date()))
    }

    func heartbeat() -> Bool {
        guard store.heartbeat() else {
            socle_guard_clear_lock()
            return false
        }
        return true
    }

    func currentHolder() -> String {
        store.mode.holder.map(Self.who) ?? "another session"
    }

    func prepareRecovery(_ unsaved: Unsaved?) {
        guard let unsaved, let data = try? recoveryFile(unsaved).encoded() else {
            socle_guard_set_recovery(nil, nil, nil, 0)
            return
        }
        let paths = place.paths(pid: store.identity.pid, time: Date())
        data.withUnsafeBytes { bytes in
            socle_guard_set_recovery(paths.primary, paths.fallback, bytes.baseAddress?.assumingMemoryBound(to: CChar.self),
                                     bytes.count)
        }
    }

    func keepRecovery(_ unsaved: Unsaved) throws -> String {
        try place.write(recoveryFile(unsaved), pid: store.identity.pid)
    }

    func removeRecovery(_ path: String) throws {
        try place.remove(path)
    }

    func holder() -> HolderReport? {
        guard let holder = store.mode.holder else { return nil }
        return HolderReport(who: Self.who(holder), state: store.holderState(idleLimit: TimeInterval(idleLimitMinutes * 60)),
                            idleLimitMinutes: idleLimitMinutes)
    }

    func takeOver() throws -> Plan {
        try store.takeOver()
        guardLock()
        return store.plan
    }

    func recoveryOffers() -> [RecoveryOffer] {
        offers().offers
    }

    /// The recovery files of earlier sessions, as offers, and the problems with those that
    /// cannot be read.
    func offers() -> (offers: [RecoveryOffer], problems: [String]) {
        var offers: [RecoveryOffer] = []
        var problems: [String] = []
        for found in place.list() {
            if let file = found.file {
                offers.append(RecoveryOffer(path: found.path, summary: file.summary, edits: file.edits))
            } else {
                problems.append("A recovery file could not be read and was left as it is: \(found.path) "
                    + "(\(found.problem ?? "unknown problem")).")
            }
        }
        return (offers, problems)
    }

    /// Tells the crash handlers which lock to remove.
    private func guardLock() {
        guard let lock = store.heldLock else { return }
        lock.content.withUnsafeBytes { bytes in
            socle_guard_set_lock(lock.path, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count)
        }
    }

    /// Nothing more for the handlers to do (the session ended normally).
    func stopGuarding() {
        socle_guard_clear_lock()
        socle_guard_set_recovery(nil, nil, nil, 0)
    }

    private func recoveryFile(_ unsaved: Unsaved) -> RecoveryFile {
        RecoveryFile(folder: place.folder.url.path, user: store.identity.user, host: store.identity.host,
                     pid: store.identity.pid, time: Date(), reason: unsaved.reason, edits: unsaved.edits,
                     plan: unsaved.plan)
    }

    static func who(_ holder: LockInfo) -> String {
        "\(holder.user)@\(holder.host) (pid \(holder.pid))"
    }
}
