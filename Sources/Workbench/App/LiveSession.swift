import PlanDomain

/// The plan folder as other sessions change it: who else has it open and where they are, and the
/// plan as they save it. The program's is `LiveFolder` (socle); tests use recorders.
public protocol LiveSession: AnyObject {
    /// How long the loop may wait for a key before asking ``changes(_:)`` again, in milliseconds;
    /// -1: only when the folder's watcher wakes it (the terminal returns no key then).
    func waitMs(_ state: AppState) -> Int
    /// What changed in the plan folder since the last call, as actions for the reducer (none when
    /// nothing did).
    func changes(_ state: AppState) -> [Action]
    /// Tells the others where this session is now (its stage, tab and row), when that changed.
    func moved(_ state: AppState)
}
