import PlanDomain
import PlanStore

/// Where confirmed changes go: the plan store in the program, a recorder in tests.
public protocol PlanSaving: AnyObject {
    /// Writes `plan` durably and records `edit` in the journal; throws with a reason a user reads
    /// when either could not be written (then neither was).
    func save(_ plan: Plan, edit: Edit) throws
    /// As ``save(_:edit:)``, on top of what other sessions saved meanwhile: their changes and this
    /// one merged (see `PlanStore.saveMerging`). Nil when nobody else saved (then it was a plain save).
    func saveMerging(_ plan: Plan, edit: Edit) throws -> MergedSave?
    /// Why writing plan.json after a save failed, once, when it is written after `save` returns
    /// (the edit itself is saved); nil when all is well.
    func takeWriteProblem() -> String?
}

extension PlanSaving {
    public func saveMerging(_ plan: Plan, edit: Edit) throws -> MergedSave? {
        try save(plan, edit: edit)
        return nil
    }

    public func takeWriteProblem() -> String? { nil }
}

/// Every service from outside the workbench, in one value: the store, the session's lock and
/// recovery files, CSV import, exports, the terminal's themes and job control, the clock.
/// The program builds it from the real things (``App/init(state:terminal:saver:themes:importer:exporter:session:today:)``);
/// tests give recorders. Only the ``EffectRunner`` uses it, to carry out effects.
public struct AppEnvironment {
    /// Writes the plan; nil: nothing is written and every save succeeds (benchmarks, the fuzzer).
    public var saver: PlanSaving?
    public var importer: CSVImporting
    /// Writes an export of the plan (replacing an existing file only when told) and returns where it
    /// went; throws `ExportError.exists` to have the user asked. Nil: exports are refused.
    public var exporter: ((Plan, ExportKind, _ replacing: Bool) throws -> String)?
    /// Switches the terminal to the named theme (when it can be loaded).
    public var setTheme: (String) -> Void
    /// Gives the terminal back to the shell until the user resumes; returns the terminal's size then.
    public var suspend: () -> TerminalSize
    /// The lock, the heartbeat and the recovery files; nil when there is no plan folder.
    public var session: SessionKeeping?
    /// The day it is (nil: the state keeps the timetable's start, as tests do).
    public var today: () -> Day?
    /// The plan folder as other sessions change it (nil: this session is alone with its plan).
    public var live: LiveSession?

    public init(saver: PlanSaving? = nil, importer: CSVImporting = StoreImporter(),
                exporter: ((Plan, ExportKind, _ replacing: Bool) throws -> String)? = nil,
                setTheme: @escaping (String) -> Void = { _ in },
                suspend: @escaping () -> TerminalSize = { TerminalSize(columns: 80, rows: 24) },
                session: SessionKeeping? = nil, today: @escaping () -> Day? = { nil }, live: LiveSession? = nil) {
        self.saver = saver
        self.importer = importer
        self.exporter = exporter
        self.setTheme = setTheme
        self.suspend = suspend
        self.session = session
        self.today = today
        self.live = live
    }
}

extension AppEnvironment {
    /// The services of a terminal: its themes (by name, from `themes`) and job control.
    public static func terminal(_ terminal: TerminalDevice, themes: @escaping (String) -> Theme?) -> (
        setTheme: (String) -> Void, suspend: () -> TerminalSize
    ) {
        ({ name in if let theme = themes(name) { terminal.setTheme(theme) } },
         { terminal.suspend(); return terminal.size })
    }
}
