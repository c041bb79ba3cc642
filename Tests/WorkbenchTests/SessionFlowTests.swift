import Testing
import PlanDomain
@testable import Workbench
import PlanStore

/// Records what the loop asks of the session: heartbeats, recovery files, takeovers.
final class RecordingSession: SessionKeeping {
    var lockIsOurs = true
    var prepared: [Unsaved?] = []
    var kept: [Unsaved] = []
    var removed: [String] = []
    var holderReport: HolderReport?
    var planOnDisk: Plan?
    var offers: [RecoveryOffer] = []

    func heartbeat() -> Bool { lockIsOurs }
    func currentHolder() -> String { "bento@office (pid 42)" }
    func prepareRecovery(_ unsaved: Unsaved?) { prepared.append(unsaved) }
    func keepRecovery(_ unsaved: Unsaved) throws -> String {
        kept.append(unsaved)
        return "/plans/kibara/recovery/1.json"
    }
    func removeRecovery(_ path: String) throws { removed.append(path) }
    func holder() -> HolderReport? { holderReport }
    func takeOver() throws -> Plan {
        lockIsOurs = true
        return try planOnDisk ?? examplePlan()
    }
    func recoveryOffers() -> [RecoveryOffer] { offers }
}

/// Quitting with changes that could not be saved, signals, recovery files and takeovers, through
/// the loop with an in-memory terminal.
struct SessionFlowTests {
    private func makeApp(_ saver: RecordingSaver, _ session: RecordingSession, access: Access = .readWrite,
                         offers: [RecoveryOffer] = []) throws -> (App, MemoryTerminal) {
        var state = AppState(plan: try examplePlan(), planName: "kibara", access: access)
        state.recoveryOffers = offers
        let terminal = MemoryTerminal()
        let app = App(state: state, terminal: terminal, saver: saver, themes: { _ in nil }, session: session)
        return (app, terminal)
    }

    private func addSchemeThatFails(_ app: App, _ saver: RecordingSaver) {
        saver.failNext = "the disk is full"
        for key in keys("1 l l l l a \"Caisse\" C-s") { app.handle(key) }
    }

    @Test func quittingAfterAFailedSaveAsksInsteadOfDroppingTheChange() throws {
        let saver = RecordingSaver(), session = RecordingSession()
        let (app, terminal) = try makeApp(saver, session)
        addSchemeThatFails(app, saver)
        #expect(session.prepared.last??.edits.count == 1, "kept ready for a crash or a stuck loop")
        app.handle(.char("q"))
        #expect(!app.state.quitting, "q must not drop the unsaved change silently")
        #expect(terminal.screenText.contains("Quit with unsaved changes?"))
        #expect(terminal.screenText.contains("the disk is full"))
        app.handle(.escape)
        #expect(!app.state.quitting)
        app.handle(.ctrl("c"))
        #expect(terminal.screenText.contains("Quit with unsaved changes?"), "Ctrl-C asks too")
        app.handle(.char("k"))
        #expect(app.state.quitting)
        #expect(session.kept.count == 1)
        #expect(session.kept[0].plan.stocktake.schemes.last?.name == "Caisse")
        #expect(session.kept[0].reason == "the disk is full")
        #expect(app.state.farewell?.contains("/plans/kibara/recovery/1.json") == true)
    }

    @Test func saveAgainJournalsTheChangeItself() throws {
        let saver = RecordingSaver(), session = RecordingSession()
        let (app, _) = try makeApp(saver, session)
        addSchemeThatFails(app, saver)
        app.handle(.char("q"))
        app.handle(.char("s"))
        #expect(app.state.quitting)
        #expect(saver.saved.count == 1)
        #expect(saver.saved[0].1 == .insert(AnyEntity(app.state.plan.stocktake.schemes.last!), index: nil),
                "the journal gets the insert, not its undo")
        #expect(session.kept.isEmpty)
    }

    @Test func twoFailedSavesAreJournalledTogether() throws {
        let saver = RecordingSaver(), session = RecordingSession()
        let (app, _) = try makeApp(saver, session)
        addSchemeThatFails(app, saver)
        saver.failNext = "still full"
        for key in keys("a \"Second\" C-s") { app.handle(key) }
        #expect(app.state.unsavedEdits.count == 2)
        app.handle(.ctrl("s"))
        guard case .batch(let edits) = saver.saved.last?.1 else {
            Issue.record("expected one batch of both changes, got \(String(describing: saver.saved.last?.1))")
            return
        }
        #expect(edits.count == 2)
        #expect(app.state.unsavedEdits.isEmpty)
        #expect(session.prepared.last! == nil, "nothing left to recover")
    }

    @Test func aSignalKeepsUnsavedChangesAndQuits() throws {
        let saver = RecordingSaver(), session = RecordingSession()
        let (app, _) = try makeApp(saver, session)
        addSchemeThatFails(app, saver)
        for key in keys("a \"Draft\"") { app.handle(key) }
        app.handle(.terminate)
        #expect(app.state.quitting)
        #expect(session.kept.count == 1)
        #expect(!session.kept[0].plan.stocktake.schemes.contains { $0.name == "Draft" }, "a draft is not confirmed")
    }

    /// A confirmed change is handed to the session before the findings are recomputed and before
    /// the save, so a watchdog can keep it if either hangs; once saved, there is nothing to keep.
    @Test func aConfirmedChangeIsPreparedBeforeItIsSaved() throws {
        let saver = RecordingSaver(), session = RecordingSession()
        let (app, _) = try makeApp(saver, session)
        for key in keys("1 l l l l a \"Caisse\" C-s") { app.handle(key) }
        #expect(saver.saved.count == 1)
        #expect(session.prepared.count == 2)
        #expect(session.prepared.first??.plan.stocktake.schemes.last?.name == "Caisse")
        #expect(session.prepared.last! == nil)
    }

    @Test func aSignalWithEverythingSavedJustQuits() throws {
        let saver = RecordingSaver(), session = RecordingSession()
        let (app, _) = try makeApp(saver, session)
        app.handle(.terminate)
        #expect(app.state.quitting)
        #expect(session.kept.isEmpty)
    }

    @Test func aLostLockMakesTheSessionReadOnlyAndKeepsTheChangeItCouldNotSave() throws {
        let saver = RecordingSaver(), session = RecordingSession()
        let (app, terminal) = try makeApp(saver, session)
        for key in keys("1 l l l l a \"Ghost\"") { app.handle(key) }
        saver.failWith = PlanStoreError.lockLost(path: "/plans/kibara", holder: nil)
        app.handle(.ctrl("s"))
        #expect(app.state.isReadOnly)
        #expect(session.kept.count == 1)
        #expect(terminal.screenText.contains("This session is read-only now"))
        #expect(app.state.unsavedEdits.isEmpty)
        app.handle(.escape)
        app.handle(.char("q"))
        #expect(app.state.quitting, "nothing is left unsaved: q quits")
    }

    @Test func aTakeoverNoticedByTheHeartbeatMakesTheSessionReadOnly() throws {
        let saver = RecordingSaver(), session = RecordingSession()
        let (app, terminal) = try makeApp(saver, session)
        session.lockIsOurs = false
        app.handle(.char("1"))
        #expect(app.state.isReadOnly)
        #expect(terminal.screenText.contains("bento@office (pid 42) took the plan over"))
    }

    /// The heartbeat notices the takeover while a form is open: the form stays, and Ctrl-S keeps
    /// it in a recovery file (the store, read-only now, refuses the save).
    @Test func aTakeoverNoticedInAFormLetsTheFormBeKept() throws {
        let saver = RecordingSaver(), session = RecordingSession()
        let (app, terminal) = try makeApp(saver, session)
        for key in keys("1 l l l l a \"Draf\"") { app.handle(key) }
        session.lockIsOurs = false
        app.handle(.char("t"))
        #expect(terminal.screenText.contains("Draft"), "the form is still there")
        #expect(app.state.notice?.text.contains("Ctrl-S keeps this form") == true)
        let holder = LockInfo(user: "bento", host: "office", pid: 42, since: .now)
        saver.failWith = PlanStoreError.readOnly(path: "/plans/kibara", reason: .heldBy(holder, onThisHost: false))
        app.handle(.ctrl("s"))
        #expect(app.state.isReadOnly)
        #expect(session.kept.count == 1)
        #expect(session.kept[0].plan.stocktake.schemes.last?.name == "Draft")
        #expect(terminal.screenText.contains("This session is read-only now"))
    }

    @Test func aRecoveryFileIsOfferedAtOpenAndRestoredAsOneChange() throws {
        let saver = RecordingSaver(), session = RecordingSession()
        let offer = RecoveryOffer(path: "/plans/kibara/recovery/0.json", summary: "1 unsaved change by ana@laptop",
                                  edits: [.set(.vision("Restored vision"))])
        let (app, terminal) = try makeApp(saver, session, offers: [offer])
        app.handle(.resize(columns: 80, rows: 24))
        #expect(terminal.screenText.contains("Unsaved changes from an earlier session"))
        app.handle(.char("r"))
        #expect(app.state.plan.strategy.vision == "Restored vision")
        #expect(saver.saved.last?.1 == .set(.vision("Restored vision")))
        #expect(session.removed == [offer.path])
    }

    @Test func aRecoveryFileThatNoLongerAppliesStays() throws {
        let saver = RecordingSaver(), session = RecordingSession()
        let offer = RecoveryOffer(path: "/r.json", summary: "1 unsaved change",
                                  edits: [.delete(.scheme, id: "SCH-999")])
        let (app, _) = try makeApp(saver, session, offers: [offer])
        app.handle(.char("r"))
        #expect(session.removed.isEmpty)
        #expect(app.state.notice?.text.contains("the file stays") == true)
    }

    /// The recovered session added SCH-12, but SCH-12 was added here since: it comes back as SCH-13.
    @Test func aRestoredItemWhoseIdWasTakenGetsTheNextOne() throws {
        let saver = RecordingSaver(), session = RecordingSession()
        var ghost = Scheme(id: "SCH-12")
        ghost.name = "Added by the ghost"
        var renamed = ghost
        renamed.name = "Renamed by the ghost"
        let offer = RecoveryOffer(path: "/r.json", summary: "2 unsaved changes",
                                  edits: [.insert(AnyEntity(ghost), index: nil), .update(AnyEntity(renamed))])
        var state = AppState(plan: try examplePlan(), planName: "kibara")
        var taken = Scheme(id: "SCH-12")
        taken.name = "Added after the takeover"
        try state.plan.apply(.insert(AnyEntity(taken), index: nil))
        state.recoveryOffers = [offer]
        let app = App(state: state, terminal: MemoryTerminal(), saver: saver, themes: { _ in nil }, session: session)
        app.handle(.char("r"))
        let names = app.state.plan.stocktake.schemes.map { "\($0.id) \($0.name)" }
        #expect(names.suffix(2) == ["SCH-12 Added after the takeover", "SCH-13 Renamed by the ghost"])
        #expect(app.state.notice?.text.contains("SCH-12 is SCH-13") == true)
        #expect(session.removed == ["/r.json"])
    }

    @Test func aReadOnlySessionTakesOverAStoppedHolderAfterConfirming() throws {
        let saver = RecordingSaver(), session = RecordingSession()
        let (app, terminal) = try makeApp(saver, session, access: .readOnly("ana@laptop (pid 7) is editing it"))
        session.lockIsOurs = false
        session.holderReport = HolderReport(who: "ana@laptop (pid 7)", state: .active, idleLimitMinutes: 10)
        app.handle(.char("T"))
        #expect(terminal.screenText.contains("is active"))
        app.handle(.escape)
        session.holderReport?.state = .stopped
        app.handle(.char("T"))
        #expect(terminal.screenText.contains("Take the plan over?"))
        #expect(terminal.screenText.contains("stopped"))
        var onDisk = try examplePlan()
        onDisk.strategy.vision = "Saved by ana before she froze"
        session.planOnDisk = onDisk
        session.offers = [RecoveryOffer(path: "/r.json", summary: "1 unsaved change by ana@laptop", edits: [])]
        app.handle(.char("y"))
        #expect(!app.state.isReadOnly)
        #expect(app.state.plan.strategy.vision == "Saved by ana before she froze", "the plan is read again")
        #expect(terminal.screenText.contains("Unsaved changes from an earlier session"),
                "recovery files are offered once this session may edit")
    }
}
