import PlanDomain
import PlanStore

/// Changes confirmed in this session that are not on disk yet (their save failed), with the reason.
public struct Unsaved: Equatable, Sendable {
    public var plan: Plan
    public var edits: [Edit]
    public var reason: String

    public init(plan: Plan, edits: [Edit], reason: String) {
        self.plan = plan
        self.edits = edits
        var reason = reason
        while reason.hasSuffix(".") { reason.removeLast() }
        self.reason = reason
    }

    /// "1 change" / "3 changes".
    public var count: String { edits.count == 1 ? "1 change" : "\(edits.count) changes" }
}

/// A recovery file left by an earlier session, offered when the plan opens.
public struct RecoveryOffer: Equatable, Sendable {
    public var path: String
    /// Who, when and why ("2 unsaved changes by ana@laptop, 2025-06-01 10:02 UTC (the disk is full)").
    public var summary: String
    public var edits: [Edit]

    public init(path: String, summary: String, edits: [Edit]) {
        self.path = path
        self.summary = summary
        self.edits = edits
    }
}

/// The session that holds the lock, as a read-only session sees it.
public struct HolderReport: Equatable, Sendable {
    /// "ana@laptop (pid 4242)".
    public var who: String
    public var state: HolderState
    /// Minutes without a heartbeat that make a holder idle.
    public var idleLimitMinutes: Int

    public init(who: String, state: HolderState, idleLimitMinutes: Int) {
        self.who = who
        self.state = state
        self.idleLimitMinutes = idleLimitMinutes
    }

    /// Whether this session may offer to take the lock over.
    public var canBeTakenOver: Bool {
        switch state {
        case .stopped, .idle, .gone: true
        case .active: false
        }
    }

    public var stateText: String {
        switch state {
        case .stopped: "its process is stopped (a frozen connection, or kill -STOP)"
        case .idle(let minutes): "it has been idle for \(minutes) minutes"
        case .gone: "it has ended"
        case .active: "it is active"
        }
    }
}

/// The session's lock and recovery files: the plan store in the program, a recorder in tests.
public protocol SessionKeeping: AnyObject {
    /// Marks the lock as in use; false when another session has taken it over.
    func heartbeat() -> Bool
    /// Who holds the lock now (after ``heartbeat()`` said it was lost).
    func currentHolder() -> String
    /// Keeps `unsaved` ready to be written if the program crashes or cannot answer a signal
    /// (nil: everything is saved).
    func prepareRecovery(_ unsaved: Unsaved?)
    /// Writes `unsaved` to a recovery file now; returns where it went.
    func keepRecovery(_ unsaved: Unsaved) throws -> String
    func removeRecovery(_ path: String) throws
    /// The holder of the lock, for a read-only session; nil when there is none to take over from.
    func holder() -> HolderReport?
    /// Takes the lock over and returns the plan as it is on disk now.
    func takeOver() throws -> Plan
    /// The recovery files left by earlier sessions, to offer once this session may edit.
    func recoveryOffers() -> [RecoveryOffer]
}

extension SessionKeeping {
    public func recoveryOffers() -> [RecoveryOffer] { [] }
}

/// A question with a few answers, one key each.
public struct ChoiceDialog: Equatable {
    public struct Option: Equatable {
        public var key: Character
        public var label: String
        public var action: ChoiceAction
    }

    public var title: String
    public var text: String
    public var options: [Option]
    /// What Esc does.
    public var escape: ChoiceAction
}

/// What an answer to a ``ChoiceDialog`` does.
public enum ChoiceAction: Equatable {
    case close
    case saveAndQuit
    case quitKeepingRecovery
    case quitDiscarding
    case restore(RecoveryOffer)
    case discard(RecoveryOffer)
    case keepForLater(RecoveryOffer)
    case takeOver
    /// Resolves a merge conflict with one side's value (see `Plan.resolution(of:choosing:)`).
    case resolveConflict(PlanConflict, PlanConflict.Side)
    /// Follows the session of this name (see `AppState.following`).
    case follow(String)
}
