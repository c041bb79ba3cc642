import PlanDomain
import PlanFormat
import PlanStore

/// Whether the plan can be changed in this session.
public enum Access: Equatable, Sendable {
    case readWrite
    /// Someone else holds the plan, or it cannot be written; the reason says who or why.
    case readOnly(String)
}

/// Where the last change stands on disk.
public enum SaveState: Equatable, Sendable {
    case saved
    case saving
    case failed(String)
}

/// Which part of the screen takes the arrow keys.
public enum Focus: Equatable, Sendable { case rail, panel }

/// A short message on the status line.
public struct Notice: Equatable, Sendable {
    public enum Tone: Sendable { case info, warning, error }
    public var text: String
    public var tone: Tone
    public init(_ text: String, _ tone: Tone = .info) {
        self.text = text
        self.tone = tone
    }
}

/// Selection, scrolling, sorting and filtering of one list on screen.
public struct ListState: Equatable, Sendable {
    public var selected = 0
    public var scroll = 0
    /// The column sorted on, and whether ascending; nil keeps plan order.
    public var sort: (column: Int, ascending: Bool)?
    /// Rows whose text contains this (folded) filter are shown.
    public var filter = ""
    /// For panels that scroll sideways (a timeline): how far, in the panel's own steps (`<` `>`).
    public var offset = 0
    /// For panels with zoom levels (a timeline's weeks, months, quarters, years): which one (`z`).
    public var zoom = 0
    /// For panels with several views of the same data (group by measure or institution): which (`m`).
    public var mode = 0

    public init() {}

    public static func == (a: ListState, b: ListState) -> Bool {
        a.selected == b.selected && a.scroll == b.scroll && a.filter == b.filter && a.offset == b.offset
            && a.zoom == b.zoom && a.mode == b.mode
            && a.sort?.column == b.sort?.column && a.sort?.ascending == b.sort?.ascending
    }

    /// Keeps the selection within `count` rows and visible in `visible` rows.
    public mutating func clamp(count: Int, visible: Int) {
        selected = count == 0 ? 0 : min(max(selected, 0), count - 1)
        if selected < scroll { scroll = selected }
        if visible > 0, selected >= scroll + visible { scroll = selected - visible + 1 }
        scroll = max(0, min(scroll, max(0, count - visible)))
    }
}

/// Which list a ``ListState`` belongs to: one per tab of each stage.
public struct ListKey: Hashable, Sendable, CustomStringConvertible {
    public var stage: Stage
    public var tab: Int

    public init(_ stage: Stage, tab: Int) {
        self.stage = stage
        self.tab = tab
    }

    public var description: String { "\(stage.rawValue)/\(tab)" }
}

/// Everything the workbench shows; changed only by the reducer (``Reducer/reduce(_:_:)``).
/// Equatable, so tests compare whole states (``TestStore``).
public struct AppState: Equatable {
    /// The plan. Changing it starts a new row cache, so cached rows always belong to this plan.
    public var plan: Plan {
        didSet {
            rowCache = RowCache()
            panelCache = PanelCache()
        }
    }
    /// The rows of the tables shown since the plan last changed.
    var rowCache = RowCache()
    /// The analysis panels' data computed since the plan last changed.
    var panelCache = PanelCache()
    /// The plan folder's name, shown on the status line.
    public var planName: String
    public var access: Access
    public var saveState: SaveState = .saved
    public var stage: Stage = .foundations
    public var tabs: [Stage: Int] = [:]
    public var focus: Focus = .panel
    /// List state per stage tab (stage 2, tab 6: the measures).
    public var lists: [ListKey: ListState] = [:]
    public var overlay: Overlay?
    public var undoStack: [Edit] = []
    public var redoStack: [Edit] = []
    public var notice: Notice?
    /// How numbers are written where the plan does not say (from the user's locale).
    public var localeNumbers: NumberConvention {
        didSet {
            panelCache = PanelCache()
            refresh()
        }
    }
    /// How numbers are written and read: the plan's own number format, else the locale's.
    public var numbers: NumberConvention { plan.meta.numberFormat ?? localeNumbers }
    /// Every figure the views write, in ``numbers``: PlanFormat decides how each kind of figure reads.
    public var figures: Figures { Figures(numbers) }
    public var themeName: String
    public var themeNames: [String]
    /// The keys: what each does where, for key handling, hints and help (config.toml may rebind them).
    public var keymap: Keymap
    public var size: TerminalSize
    public var quitting = false
    /// Confirmed edits not yet on disk, oldest first: the one being saved, or those whose save
    /// failed. Cleared when a save succeeds.
    public var unsavedEdits: [Edit] = []
    /// Quit once the save under way succeeds ("save again" when quitting).
    public var quitAfterSave = false
    /// A signal (or the terminal going away) ended the session: it quits whatever happens.
    public var terminated = false
    /// Recovery files of earlier sessions still to offer, oldest first.
    public var recoveryOffers: [RecoveryOffer] = []
    /// Who holds the plan's lock, when that is why this session is read-only ("ana@laptop (pid 7)").
    public var lockHolder: String?
    /// What to tell the user in the shell once the workbench is gone (where unsaved changes went).
    public var farewell: String?
    /// The other sessions open on this plan folder, and where they are (the status line names them).
    public var others: [Presence] = []
    /// Follow mode: the name of the session whose stage and tab this one shows, read-only and large.
    public var following: String?
    /// The theme to go back to when following stops (following switches to the projector theme).
    public var themeBeforeFollowing: String?
    /// A presentation (`socle present`): the slide shown, 0 for the plan, then one per stage.
    public var slide: Int?
    /// Fields this session and another changed differently, still to show in the chooser, oldest first.
    public var conflictQueue: [PlanConflict] = []
    /// Who saved the changes taken in last (for the conflicts a form's save finds).
    public var lastOthers: [String] = []
    /// Validation and progress of the current plan, recomputed after every change.
    public private(set) var findings: [Finding] = [] {
        didSet {
            errorCount = findings.count(.error)
            warningCount = findings.count(.warning)
        }
    }
    /// How many of the findings are errors and warnings, counted when they change.
    public private(set) var errorCount = 0
    public private(set) var warningCount = 0
    public private(set) var progress: [StageProgress] = []
    /// The day it is, for what is late, what is overdue and the Gantt's today marker: the socle program sets it
    /// from the clock, tests set a fixed day. It starts as the timetable's start date.
    public var today: Day {
        didSet {
            panelCache = PanelCache()
            refresh()
        }
    }
    /// The action plan's schedule, its lateness judged on `lateDay`, worked out after every change
    /// when first read (by a screen that shows dates, or by the background analyses: whichever asks
    /// first works it out, the other waits for it).
    public var schedule: Schedule { sharedSchedule.value }
    /// The schedule as the background analyses share it (see ``SharedSchedule``): the rules that
    /// do not read it run while the input thread works it out for the frame after an edit.
    public private(set) var sharedSchedule: SharedSchedule
    /// The day lateness is judged on: the plan's reporting cut-off ("data as of") when it has one, as the
    /// rules and `socle progress` judge it, else `today`.
    public var lateDay: Day { plan.monitoringDay(today: today) }

    /// True when the findings (every validation rule) are computed off the input thread: `refresh`
    /// then only asks for them (``analysesPending``) and the App fills them in as they arrive.
    public let analysesInBackground: Bool
    /// The findings shown are not those of the current plan yet (the status line
    /// says "checking…"); the App computes them in the background.
    public private(set) var analysesPending = false
    /// Counts requests for analyses, so that a late answer for an older plan is told apart.
    public private(set) var analysisRequest = 0
    /// The validation that gave `findings`: checking a plan after an edit (a form's Save, a
    /// delete's question) re-runs only the rules that read what the edit changed.
    public private(set) var validation = Validation()

    /// `analysesInBackground`: see the property; the first screen is then drawn from the decoded
    /// plan before validation has run.
    public init(plan: Plan, planName: String, access: Access = .readWrite, themeName: String = "default",
                themeNames: [String] = ["default"], size: TerminalSize = TerminalSize(columns: 80, rows: 24),
                localeNumbers: NumberConvention = .commaPoint, keymap: Keymap = .standard,
                analysesInBackground: Bool = false) {
        self.analysesInBackground = analysesInBackground
        self.plan = plan
        self.keymap = keymap
        self.localeNumbers = localeNumbers
        self.planName = planName
        self.access = access
        self.themeName = themeName
        self.themeNames = themeNames
        self.size = size
        self.today = plan.scheduleStart
        // Worked out once, when the first screen asks (`today`'s observer does not run here).
        sharedSchedule = SharedSchedule(of: plan, today: plan.monitoringDay(today: plan.scheduleStart))
        refresh(keeping: true)
    }

    /// Recomputes what is derived from the plan.
    public mutating func refresh() {
        refresh(keeping: false)
    }

    /// `refresh()`; `keeping`: the schedule set already is this plan's (not worked out again).
    private mutating func refresh(keeping: Bool) {
        progress = plan.progress()
        if !keeping { sharedSchedule = SharedSchedule(of: plan, today: lateDay) }
        guard !analysesInBackground else {
            analysesPending = true
            analysisRequest += 1
            return
        }
        findings = validation.update(to: plan, numbers: numbers, today: today, schedule: schedule)
    }

    /// The findings `plan` would have (a plan after an edit not made yet), from the kept
    /// validation: only the rules that read what differs from the plan it last checked run again.
    public func findings(of plan: Plan) -> [Finding] {
        validation.updated(to: plan, numbers: numbers, today: today).findings
    }

    /// Findings computed for request `analysis.request`; an answer for an older request is
    /// ignored (another is under way).
    public mutating func receive(_ analysis: Analysis) {
        guard analysis.request == analysisRequest else { return }
        findings = analysis.findings
        validation = analysis.validation
        if let budget = analysis.budget { panelCache.keep(budget) }
        analysesPending = false
    }

    public var tab: Int {
        get { tabs[stage] ?? 0 }
        set { tabs[stage] = newValue }
    }

    public var section: Section {
        let all = Section.tabs(of: stage)
        return all[min(tab, all.count - 1)]
    }

    public var listKey: ListKey { ListKey(stage, tab: tab) }

    /// The current tab's list state; one at its defaults is not stored, so states that show the
    /// same compare equal.
    public var list: ListState {
        get { lists[listKey] ?? ListState() }
        set { lists[listKey] = newValue == ListState() ? nil : newValue }
    }

    public var isReadOnly: Bool { if case .readOnly = access { true } else { false } }

    /// The confirmed changes that are not on disk, with why; nil when there are none.
    public var unsaved: Unsaved? {
        guard !unsavedEdits.isEmpty else { return nil }
        let reason: String
        if case .failed(let why) = saveState { reason = why } else { reason = "not saved yet" }
        return Unsaved(plan: plan, edits: unsavedEdits, reason: reason)
    }

    /// The edit that saving now records in the journal: every unsaved edit, in order.
    public var pendingEdit: Edit? {
        unsavedEdits.count <= 1 ? unsavedEdits.first : .batch(unsavedEdits)
    }
}
