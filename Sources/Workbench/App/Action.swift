import PlanDomain
import PlanStore

/// Something that happened: a key, a click, or the outcome of an effect.
public enum Action {
    case key(Key)
    case click(HitTarget)
    case resized(columns: Int, rows: Int)
    case saved
    case saveFailed(String)
    /// A CSV file was read for an import.
    case imported(ImportOutcome)
    /// Another session took the lock over (its holder, for people); this one is read-only now.
    case lockLost(holder: String)
    /// Unsaved changes were written to a recovery file (the path), or could not be (the problem).
    case recoveryKept(path: String)
    case recoveryNotKept(String)
    /// What a read-only session learnt about the holder of the lock (nil: nobody to take over from).
    case holderChecked(HolderReport?)
    /// This session took the lock over; the plan as it is on disk now.
    case tookOver(Plan)
    case takeOverFailed(String)
}

/// What the reducer asks the outside world to do.
public enum Effect: Equatable {
    /// Write the current plan, recording `edit` in the journal.
    case save(Edit)
    case quit
    case setTheme(String)
    case suspend
    /// Read a CSV file and check it against the plan (the reply is `Action.imported`).
    case importCSV(ImportKind, path: String)
    /// Write the action plan's export of this kind to the plan's exports/ folder; an existing file
    /// is replaced only when `replacing` (otherwise the user is asked).
    case export(ExportKind, replacing: Bool)
    /// Write the unsaved changes to a recovery file; then quit when `quit`.
    case keepRecovery(quit: Bool)
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
