import Testing
import PlanDomain
@testable import Workbench

/// Monitoring's progress, trace and risk register, and the evaluation plan, on the example (whose
/// reporting cut-off is 31 March 2031), at 80x24 and 160x48.
struct MonitoringScreenTests {
    let panels = PlanPanelScreenTests()

    @Test func progressByIndicator() throws {
        try panels.check("5 {Progress}", "monitoring-progress")
        var driver = try panelDriver(columns: 160, rows: 48)
        driver.press("5 {Progress}")
        let screen = driver.screen
        #expect(screen.contains("On 2031-03-31 (the plan's cut-off): 24 indicators"))
        let ri2 = try #require(Screen.render(driver.state).canvas.lines.first { $0.contains("RI-2 ") })
        #expect(ri2.contains("2030 Q4") && ri2.contains("off track"))
        #expect(ri2.contains { "▁▂▃▄▅▆▇█".contains($0) }, "a sparkline")
    }

    @Test func progressByMeasure() throws {
        try panels.check("5 {Progress} m", "monitoring-progress-measures")
    }

    @Test func traceAndItsHoles() throws {
        try panels.check("5 {Trace}", "monitoring-trace")
        try panels.check("5 {Trace} m", "monitoring-trace-holes")
        var driver = try panelDriver(columns: 160, rows: 48)
        driver.press("5 {Trace} m")
        #expect(driver.screen.contains("REC-10"))
    }

    @Test func riskRegister() throws {
        try panels.check("5 {Risks}", "monitoring-risks")
    }

    @Test func evaluationPlan() throws {
        try panels.check("6 {Evaluation plan}", "evaluation-plan")
    }

    /// Enter on a row of the progress panel opens the indicator's form; on a hole, the place to fix.
    @Test func enterOpensTheIndicatorOrTheHolesPlace() throws {
        var driver = try panelDriver(columns: 160, rows: 48)
        driver.press("5 {Progress} Down Enter")
        #expect(driver.screen.contains("Result indicator"))
        #expect(driver.screen.contains("RI-2") || driver.screen.contains("SDG 1.3.1 (children)"))
        var holes = try panelDriver(columns: 160, rows: 48)
        holes.press("5 {Trace} m G Enter")
        #expect(holes.screen.contains("Recommendation"))
        #expect(holes.screen.contains("Management response"))
    }
}
