import Testing
import PlanDomain
@testable import Workbench
import PlanStore

/// The loop with an in-memory terminal: keys in, frames out, saves through the saver.
struct AppLoopTests {
    private func makeApp(_ terminal: MemoryTerminal, saver: RecordingSaver) throws -> App {
        let state = AppState(plan: try examplePlan(), planName: "kibara",
                             themeNames: ["default", "projector", "mono"])
        return App(state: state, terminal: terminal, saver: saver,
                   themes: { name in try? ThemeCatalog(userFolder: nil).load(name) })
    }

    @Test func runsUntilQuitAndSavesEveryConfirmedChange() throws {
        let terminal = MemoryTerminal(keys: keys("1 l l l l a \"Caisse de solidarité\" C-s u q"))
        let saver = RecordingSaver()
        let app = try makeApp(terminal, saver: saver)
        app.run()
        #expect(app.state.quitting)
        #expect(saver.saved.count == 2, "the insert, then its undo")
        #expect(saver.saved[0].0.stocktake.schemes.last?.name == "Caisse de solidarité")
        #expect(saver.saved[1].1 == .delete(.scheme, id: "SCH-12"))
        #expect(saver.saved[1].0 == (try examplePlan()))
    }

    @Test func aFailedSaveIsShownAndRetried() throws {
        let terminal = MemoryTerminal()
        let saver = RecordingSaver()
        let app = try makeApp(terminal, saver: saver)
        saver.failNext = "disk full"
        for key in keys("1 l l l l Enter C-u \"X\" C-s") { app.handle(key) }
        #expect(app.state.saveState == .failed("disk full"))
        #expect(terminal.screenText.contains("SAVE FAILED"))
        #expect(terminal.screenText.contains("disk full"))
        #expect(app.state.plan.stocktake.schemes[0].name == "X", "the change is kept in memory")
        app.handle(.ctrl("s"))
        #expect(app.state.saveState == .saved)
        #expect(saver.saved.last?.0.stocktake.schemes[0].name == "X")
    }

    @Test func onlyChangedCellsAreSent() throws {
        let terminal = MemoryTerminal()
        let app = try makeApp(terminal, saver: RecordingSaver())
        app.handle(.char("1"))
        app.handle(.right)
        app.handle(.right)
        app.handle(.down)
        let changed = terminal.presentedRuns.last!.reduce(0) { $0 + $1.cells.count }
        #expect(changed > 0)
        #expect(changed < 80 * 24 / 4, "moving the selection redraws two rows and a bit, not the screen")
    }

    @Test func mouseClicksSelectStagesTabsAndRows() throws {
        let terminal = MemoryTerminal()
        let app = try makeApp(terminal, saver: RecordingSaver())
        app.handle(.char("0"))
        let screen = terminal.screenText.split(separator: "\n", omittingEmptySubsequences: false)
        let railRow = try #require(screen.firstIndex { $0.contains("3 ✓ Action plan") })
        app.handle(.mouse(MouseEvent(.click, x: 5, y: railRow)))
        #expect(app.state.stage == .actionPlan)
        let tabs = terminal.screenText.split(separator: "\n", omittingEmptySubsequences: false)
        let tabRow = try #require(tabs.firstIndex { $0.contains("Activities·") })
        let tabColumn = try #require(tabs[tabRow].range(of: "Activities")).lowerBound
        let x = DisplayWidth.of(tabs[tabRow][..<tabColumn])
        app.handle(.mouse(MouseEvent(.click, x: x + 2, y: tabRow)))
        #expect(app.state.section == .table(.activity))
        app.handle(.mouse(MouseEvent(.click, x: 40, y: 10)))
        #expect(app.state.list.selected == 10 - 7, "the row under the click")
        app.handle(.mouse(MouseEvent(.scrollDown, x: 40, y: 10)))
        #expect(app.state.list.selected == 4)
    }

    @Test func themesCycleLive() throws {
        let terminal = MemoryTerminal()
        let app = try makeApp(terminal, saver: RecordingSaver())
        app.handle(.char("t"))
        #expect(terminal.theme?.name == "projector")
        #expect(terminal.screenText.contains("Theme: projector"))
        app.handle(.char("t"))
        #expect(terminal.theme?.name == "mono")
    }

    @Test func resizeBelowTheMinimumAndBack() throws {
        let terminal = MemoryTerminal()
        let app = try makeApp(terminal, saver: RecordingSaver())
        app.handle(.resize(columns: 40, rows: 12))
        #expect(terminal.screenText.contains("this one is 40x12"))
        #expect(terminal.screen?.width == 40)
        app.handle(.resize(columns: 200, rows: 50))
        #expect(terminal.screenText.contains("STAGES"))
        #expect(terminal.screen?.width == 200)
    }

    @Test func ctrlCAndTerminateQuit() throws {
        for key: Key in [.ctrl("c"), .terminate] {
            let terminal = MemoryTerminal(keys: [.char("1"), key, .char("2")])
            let app = try makeApp(terminal, saver: RecordingSaver())
            app.run()
            #expect(app.state.quitting)
            #expect(terminal.pendingKeys == [.char("2")])
        }
    }
}

/// Exports go through the closure the program gives the app, and the notice names the file.
struct AppExportTests {
    @Test func exportsThroughTheExporterAndSaysWhere() throws {
        let terminal = MemoryTerminal()
        var asked: [ExportKind] = []
        let app = App(state: AppState(plan: try examplePlan(), planName: "kibara"), terminal: terminal, saver: nil,
                      themes: { _ in nil }, exporter: { _, kind, _ in asked.append(kind); return "exports/\(kind.fileName)" })
        for key in keys("3 x j j j Enter") { app.handle(key) }
        #expect(asked == [.calendar])
        #expect(app.state.notice?.text == "Exported exports/action-plan.ics.")
        #expect(terminal.screenText.contains("Exported exports/action-plan.ics."))
    }

    /// On monitoring and evaluation, x offers the reporting calendar, written by the same path.
    @Test func monitoringAndEvaluationExportTheReportingCalendar() throws {
        for stage in ["5", "6"] {
            let terminal = MemoryTerminal()
            var asked: [ExportKind] = []
            let app = App(state: AppState(plan: try examplePlan(), planName: "kibara"), terminal: terminal, saver: nil,
                          themes: { _ in nil }, exporter: { _, kind, _ in asked.append(kind); return "exports/\(kind.fileName)" })
            app.handle(.char(Character(stage)))
            app.handle(.char("x"))
            #expect(terminal.screenText.contains("Export the reporting calendar") && terminal.screenText.contains("reporting-calendar.ics"))
            app.handle(.enter)
            #expect(asked == [.reportingCalendar])
            #expect(app.state.notice?.text == "Exported exports/reporting-calendar.ics.")
        }
    }

    @Test func aFailedExportIsAnError() throws {
        struct Full: Error, CustomStringConvertible { var description: String { "disk full" } }
        let app = App(state: AppState(plan: try examplePlan(), planName: "kibara"), terminal: MemoryTerminal(),
                      saver: nil, themes: { _ in nil }, exporter: { _, _, _ in throw Full() })
        for key in keys("3 x Enter") { app.handle(key) }
        #expect(app.state.notice == Notice("Not exported: disk full", .error))
    }

    /// An existing export file is replaced only after the user says so.
    @Test func anExistingFileIsReplacedOnlyAfterAsking() throws {
        let terminal = MemoryTerminal()
        var calls: [Bool] = []
        let app = App(state: AppState(plan: try examplePlan(), planName: "kibara"), terminal: terminal, saver: nil,
                      themes: { _ in nil }, exporter: { _, kind, replacing in
                          calls.append(replacing)
                          guard replacing else { throw ExportError.exists(path: "/plan/exports/\(kind.fileName)") }
                          return "exports/\(kind.fileName)"
                      })
        for key in keys("3 x j Enter") { app.handle(key) }
        #expect(calls == [false])
        #expect(terminal.screenText.contains("exports/schedule.csv already exists."))
        #expect(terminal.screenText.contains("y replaces it   n or Esc keeps it"))
        app.handle(.char("n"))
        #expect(calls == [false], "n writes nothing")
        #expect(app.state.overlay == nil)
        #expect(app.state.notice?.text == "Kept exports/schedule.csv as it was.")
        for key in keys("x j Enter y") { app.handle(key) }
        #expect(calls == [false, false, true])
        #expect(app.state.notice?.text == "Exported exports/schedule.csv.")
    }
}
