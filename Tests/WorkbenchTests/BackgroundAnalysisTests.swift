import Testing
import PlanDomain
@testable import Workbench

/// With `analysesInBackground` the first screen is drawn before the rules run ("checking…" on the
/// status line); their findings arrive from another thread and are those of a full validation.
struct BackgroundAnalysisTests {
    private func makeApp(_ terminal: MemoryTerminal, saver: RecordingSaver? = nil) throws -> App {
        let state = AppState(plan: try examplePlan(), planName: "kibara", themeNames: ["default"],
                             analysesInBackground: true)
        return App(state: state, terminal: terminal, saver: saver, themes: { _ in nil })
    }

    @Test func theFirstScreenSaysCheckingUntilTheFindingsArrive() throws {
        let terminal = MemoryTerminal()
        let app = try makeApp(terminal)
        #expect(app.state.analysesPending)
        #expect(app.state.findings.isEmpty, "nothing was validated before the first screen")
        app.handle(.char("1"))
        #expect(terminal.screenText.contains("checking…"))
        app.finishAnalyses()
        let expected = try examplePlan().validate(numbers: app.state.numbers)
        #expect(app.state.findings == expected)
        #expect(!app.state.analysesPending)
        app.handle(.char("1"))
        #expect(!terminal.screenText.contains("checking…"))
        #expect(terminal.screenText.contains("\(expected.warnings.count) warnings"))
    }

    @Test func anEditAsksAgainAndALateAnswerForAnOlderPlanIsIgnored() throws {
        let terminal = MemoryTerminal()
        let saver = RecordingSaver()
        let app = try makeApp(terminal, saver: saver)
        app.finishAnalyses()
        let old = Analysis(findings: [], request: app.state.analysisRequest)
        for key in keys("1 l l l l Enter C-u \"X\" C-s") { app.handle(key) }
        #expect(saver.saved.count == 1)
        #expect(app.state.analysesPending, "the edit asked for the rules again")
        var state = app.state
        state.receive(old)
        #expect(state.analysesPending, "an answer for the plan before the edit is not taken")
        app.finishAnalyses()
        #expect(app.state.findings == app.state.plan.validate(numbers: app.state.numbers))
    }

    @Test func theBudgetArrivesWithTheFindings() throws {
        let app = try makeApp(MemoryTerminal())
        app.finishAnalyses()
        let computed = app.state.panelCache.computations
        #expect(app.state.budgetBreakdown == app.state.plan.budgetBreakdown(app.state.schedule))
        #expect(app.state.panelCache.computations == computed, "the budget came with the findings, not worked out again")
        #expect(app.state.findings == app.state.plan.validate(numbers: app.state.numbers))
    }

    @Test func aLateAnswersBudgetIsNotKept() throws {
        var state = AppState(plan: try examplePlan(), planName: "kibara", themeNames: ["default"],
                             analysesInBackground: true)
        var other = state.plan
        other.actionPlan.activities[0].budget += 1_000_000
        let stale = other.budgetBreakdown(other.schedule())
        state.refresh() // a newer request than the answer below
        state.receive(Analysis(findings: [], request: state.analysisRequest - 1, budget: stale))
        #expect(state.analysesPending, "the answer for an older request was not taken")
        #expect(state.budgetBreakdown != stale)
        #expect(state.budgetBreakdown == state.plan.budgetBreakdown(state.schedule))
    }
}
