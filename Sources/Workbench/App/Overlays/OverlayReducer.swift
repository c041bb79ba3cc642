import PlanDomain

/// The reducer of one overlay: it gets the keys while its overlay is on screen, and works on the
/// overlay's own state (`Local`) rather than on the whole overlay.
///
/// Its contract: change `local` for what stays on screen; close the overlay (`state.overlay = nil`)
/// or put another in its place by setting `state.overlay`, and `local` is then dropped. Everything
/// else a key does to the workbench (a notice, an edit through ``Reducer/commit(_:_:)``) it does to
/// `state` as any reducer does, and it returns effects instead of doing I/O.
protocol OverlayReducer {
    associatedtype Local
    /// Which overlay is this reducer's, and its state in it.
    static var scope: OverlayCase<Local> { get }
    static func reduce(_ state: inout AppState, _ local: inout Local, _ key: Key) -> [Effect]
}

/// One case of ``Overlay``: its state taken out of an overlay (nil for another case), and put back.
struct OverlayCase<Local> {
    var embed: (Local) -> Overlay
    var extract: (Overlay) -> Local?

    init(_ embed: @escaping (Local) -> Overlay, _ extract: @escaping (Overlay) -> Local?) {
        self.embed = embed
        self.extract = extract
    }
}

extension OverlayReducer {
    /// Runs the reducer on the overlay on screen, when it is this reducer's, and writes its state back
    /// unless the reducer closed or replaced the overlay.
    static func scoped(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard let shown = state.overlay, var local = scope.extract(shown) else { return [] }
        let effects = reduce(&state, &local, key)
        if state.overlay == shown { state.overlay = scope.embed(local) }
        return effects
    }
}

extension Reducer {
    /// The one place overlays are composed: a key, while an overlay shows, goes to that overlay's
    /// reducer. The switch is exhaustive, so a new overlay does not compile until it has one.
    static func overlayKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard let overlay = state.overlay else { return [] }
        return switch overlay {
        case .form: FormReducer.scoped(&state, key)
        case .confirmDelete: DeleteReducer.scoped(&state, key)
        case .help: HelpReducer.scoped(&state, key)
        case .findings: FindingsReducer.scoped(&state, key)
        case .search: SearchReducer.scoped(&state, key)
        case .message: MessageReducer.scoped(&state, key)
        case .importPath: ImportPathReducer.scoped(&state, key)
        case .importReview: ImportReviewReducer.scoped(&state, key)
        case .export: ExportReducer.scoped(&state, key)
        case .confirmExport: ConfirmExportReducer.scoped(&state, key)
        case .choice: ChoiceReducer.scoped(&state, key)
        }
    }
}
