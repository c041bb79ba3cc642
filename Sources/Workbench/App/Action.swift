import PlanDomain
import PlanStore

/// Something that happened: a key, a click, or the outcome of an effect. Everything from outside
/// (the terminal, the store, the session's lock, the clock) reaches the state as one of these,
/// through ``Reducer/reduce(_:_:)``.
public enum Action: Equatable {
    /// The workbench opened on a terminal of this size; `today` is the day it is, from the clock
    /// (nil keeps the state's own, as tests do).
    case opened(size: TerminalSize, today: Day?)
    case key(Key)
    case click(HitTarget)
    case resized(columns: Int, rows: Int)
    case saved
    case saveFailed(String)
    /// A CSV file was read for an import.
    case imported(ImportOutcome)
    /// Another session took the lock over (its holder, for people); this one is read-only now.
    case lockLost(holder: String)
    /// The lock's heartbeat found another session holding it (its holder, for people).
    case heartbeatFailed(holder: String)
    /// Unsaved changes were written to a recovery file (the path; then quit when `quit`), or could
    /// not be (the problem).
    case recoveryKept(path: String, quit: Bool)
    case recoveryNotKept(String)
    /// The pending changes are in the session's hands (a crash keeps them): time to recompute
    /// the findings, the progress and the schedule.
    case recoveryPrepared
    /// A recovery file that was restored or discarded could not be deleted.
    case recoveryNotRemoved(path: String, problem: String)
    /// What a read-only session learnt about the holder of the lock (nil: nobody to take over from).
    case holderChecked(HolderReport?)
    /// This session took the lock over; the plan as it is on disk now, and the recovery files
    /// to offer now that it may edit.
    case tookOver(Plan, offers: [RecoveryOffer])
    case takeOverFailed(String)
    /// What an export did.
    case exported(ExportOutcome)
    /// The other sessions open on the plan folder, as they are now.
    case othersChanged([Presence])
    /// plan.json changed on disk (another session saved); the plan as it is now.
    case reloaded(Plan)
    /// The save merged this session's change with what `others` saved meanwhile: the plan as
    /// saved, and the fields both changed differently (this session's value is kept for now).
    /// `renumbered`: items this session added under an id taken meanwhile ("SCH-12 is SCH-13").
    case savedMerging(Plan, conflicts: [PlanConflict], others: [String], renumbered: [String] = [])
    /// Other sessions saved changes to the plan this session edits.
    case othersSaved(OthersSaved)
    /// What others saved could not be read (the reason); the session goes on with the plan it has.
    case reloadFailed(String)
    /// The findings computed in the background (see ``AppState/analysesInBackground``).
    case analysed(Analysis)
    /// plan.json could not be rewritten after a save (why); the edits are safe in the journal.
    case planNotWritten(String)
}

/// What became of an export.
public enum ExportOutcome: Equatable, Sendable {
    /// Written; where, for the notice ("exports/activities.csv").
    case written(String)
    /// Its file exists: the user is asked whether to replace it.
    case exists(ExportKind)
    case failed(String)
    /// This session has no plan folder to write to.
    case unavailable
}

/// What the reducer asks the outside world to do. Effects are values: the ``EffectRunner`` carries
/// them out with the services of an ``AppEnvironment`` and sends back what came of them as an
/// ``Action``.
public enum Effect: Equatable {
    /// Write the plan (as the state holds it when the effect runs), recording `edit` in the journal.
    case save(Edit)
    case quit
    case setTheme(String)
    case suspend
    /// Read a CSV file and check it against the plan (the reply is `Action.imported`).
    case importCSV(ImportKind, path: String)
    /// Write the action plan's export of this kind to the plan's exports/ folder; an existing file
    /// is replaced only when `replacing` (otherwise the user is asked).
    case export(ExportKind, replacing: Bool)
    /// Hand the pending changes to the session, which keeps them if the program crashes or
    /// cannot answer a signal (the reply is `Action.recoveryPrepared`).
    case prepareRecovery(Unsaved)
    /// Write the unsaved changes to a recovery file; then quit when `quit`.
    case keepRecovery(Unsaved, quit: Bool)
    /// Remove a recovery file that was restored or discarded.
    case removeRecovery(path: String)
    /// Find out whether the lock's holder is stopped or idle (a read-only session).
    case checkHolder
    case takeOver
}

/// A place on screen a mouse click can select.
public enum HitTarget: Equatable, Sendable {
    case stage(Stage)
    case tab(Int)
    case row(Int)
    case formField(Int)
}
