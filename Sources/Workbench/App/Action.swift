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
}

/// A place on screen a mouse click can select.
public enum HitTarget: Equatable, Sendable {
    case stage(Stage)
    case tab(Int)
    case row(Int)
    case formField(Int)
}
