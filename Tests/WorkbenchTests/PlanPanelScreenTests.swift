import Testing
import PlanDomain
@testable import Workbench
import PlanStore

/// A driver on the example plan on 15 November 2026.
func panelDriver(columns: Int = 80, rows: Int = 24) throws -> Driver {
    var driver = Driver(try examplePlan(), columns: columns, rows: rows)
    driver.state.today = Day(year: 2026, month: 11, day: 15)!
    return driver
}

/// The Gantt chart, the late activities, the budget, administrative costs and the capacity matrix,
/// at the smallest supported size and a large one, in a colour theme and in mono.
struct PlanPanelScreenTests {
    static let sizes = [(80, 24), (160, 48)]
    static let themes = [("default", ColorDepth.indexed256), ("mono", ColorDepth.none)]

    func check(_ script: String, _ name: String) throws {
        for (columns, rows) in Self.sizes {
            for (theme, depth) in Self.themes {
                var driver = try panelDriver(columns: columns, rows: rows)
                driver.press(script)
                let canvas = Screen.render(driver.state).canvas
                Golden.check(Golden.snapshot(canvas, theme: try shippedTheme(theme), depth: depth),
                             "\(name)-\(columns)x\(rows)-\(theme)")
            }
        }
    }

    @Test func ganttGroupedByMeasure() throws {
        try check("3 {Gantt}", "gantt")
    }

    /// The critical path alone (m twice): the unemployment-insurance chain, then the final evaluation
    /// that ends the plan.
    @Test func ganttCriticalPath() throws {
        try check("3 {Gantt} m m", "gantt-critical")
        for (columns, rows) in Self.sizes {
            var driver = try panelDriver(columns: columns, rows: rows)
            driver.press("3 {Gantt} m m")
            let screen = driver.screen
            for id in ["ACT-34", "ACT-35", "ACT-36", "ACT-43", "ACT-39", "ACT-44", "ACT-45"] { #expect(screen.contains(id)) }
            #expect(screen.contains("█") && screen.contains("◆"), "critical bars and a critical milestone")
            #expect(screen.contains("finish 2035-07-24"))
        }
    }

    /// At 160x48 the default view already shows critical bars next to ordinary ones once scrolled
    /// to the unemployment-insurance measure.
    @Test func ganttShowsCriticalAndOtherBarsTogether() throws {
        var driver = try panelDriver(columns: 160, rows: 48)
        driver.press("3 {Gantt} G")
        let canvas = Screen.render(driver.state).canvas
        let row = try #require(canvas.lines.first { $0.contains("ACT-34 Feasibility") })
        #expect(row.contains("█"))
        let other = try #require(canvas.lines.first { $0.contains("ACT-38 NSSF") })
        #expect(other.contains("▓") && other.contains("·"), "an ordinary bar followed by its float")
        let critical = (0..<canvas.width).compactMap { x -> Role? in
            let y = canvas.lines.firstIndex(of: row)!
            return canvas[x, y].text == "█" ? canvas[x, y].role : nil
        }
        #expect(!critical.isEmpty && critical.allSatisfy { $0 == .ganttCritical })
    }

    @Test func ganttInASCII() throws {
        var driver = try panelDriver()
        driver.press("3 {Gantt} m m")
        let canvas = Screen.render(driver.state, glyphs: .ascii).canvas
        #expect(canvas.text.contains("#") && !canvas.text.contains("█"))
        Golden.check(canvas.text + "\n", "gantt-critical-80x24-ascii")
    }

    @Test func ganttZoomsAndScrolls() throws {
        // At 80x24 the whole plan fits at the years zoom; z zooms in to quarters, months, weeks,
        // keeping 2026 at the left edge; > moves a week at the weeks zoom.
        var driver = try panelDriver()
        driver.press("3 {Gantt}")
        #expect(driver.screen.contains("years, by measure"))
        driver.press("z z z")
        #expect(driver.screen.contains("weeks, by measure"))
        Golden.check(driver.screen + "\n", "gantt-weeks-80x24")
        driver.press("> > > >")
        Golden.check(driver.screen + "\n", "gantt-weeks-later-80x24")
        driver.press("m")
        #expect(driver.screen.contains("by institution"))
    }

    @Test func aDependencyCycleLeavesRowsWithoutDates() throws {
        var plan = try examplePlan()
        plan.actionPlan.activities[0].dependencies = [Dependency(activityId: "ACT-3")]
        var driver = Driver(plan, columns: 160, rows: 48)
        driver.press("3 {Gantt} j")
        #expect(driver.screen.contains("no dates: in or after a dependency cycle"))
        #expect(driver.screen.contains("No dates: it is in or after a dependency cycle"))
        driver.press("{Budget}")
        #expect(driver.screen.contains("without dates"), "the budget of undated activities is counted apart")
        driver.press("m")
        #expect(driver.screen.contains("Institution"))
    }

    @Test func enterOnAGanttActivityOpensIt() throws {
        var driver = try panelDriver()
        driver.press("3 {Gantt} j Enter")
        #expect(driver.form?.title == "Activity ACT-1")
    }

    @Test func late() throws {
        try check("3 {Late}", "late")
        let driver = try { var d = try panelDriver(); d.press("3 {Late}"); return d }()
        // The example's data are as of 2031-03-31: the panel judges lateness on that day, as the rules and
        // `socle progress` do, not on the clock's day (2026-11-15 here).
        let cutOff = try #require(driver.state.plan.monitoring.settings.asOf)
        let report = ProgressReport(plan: driver.state.plan, asOf: cutOff)
        let late = report.activities.filter { $0.daysLate != nil }.count
        #expect(late > 0 && driver.state.lateRows.count == late)
        #expect(driver.screen.contains("\(late) activities late on 2031-03-31 (the plan's cut-off)"), "\(driver.screen)")
    }

    @Test func withoutACutOffTheLatePanelJudgesOnToday() throws {
        var driver = try panelDriver()
        var plan = driver.state.plan
        plan.monitoring.settings.asOf = nil
        driver.state.plan = plan
        driver.state.refresh()
        driver.press("3 {Late}")
        #expect(driver.screen.contains("late on 2026-11-15") && !driver.screen.contains("cut-off"), "\(driver.screen)")
    }

    @Test func budget() throws {
        try check("3 {Budget}", "budget-year")
        try check("3 {Budget} m", "budget-institution")
        try check("3 {Budget} m m", "budget-source")
    }

    @Test func adminCosts() throws {
        try check("4 {Admin costs}", "admin-costs")
    }

    @Test func anAdminCostFindingLeadsToItsLine() throws {
        var driver = try panelDriver(columns: 160, rows: 48)
        let index = try #require(driver.state.findings.firstIndex { $0.rule == .adminCeiling && $0.location.id == "SCH-4" })
        driver.press("f" + String(repeating: " j", count: index) + " Enter")
        #expect(driver.state.stage == .administration && driver.state.section == .panel(.adminCosts))
        #expect(driver.state.plan.adminCostRatios()[driver.state.list.selected].id == "SCH-4")
        #expect(driver.screen.contains("expenditure 31,200,000,000 includes it, so benefits are 27,800,000,000"))
    }

    @Test func capacityMatrix() throws {
        try check("4 {Capacity matrix}", "capacity-matrix")
    }

    @Test func exportDialog() throws {
        var driver = try panelDriver()
        driver.press("3 {Gantt} x")
        Golden.check(driver.screen + "\n", "export-dialog")
        driver.press("j Enter")
        #expect(driver.effects.last == .export(.schedule, replacing: false))
        #expect(driver.state.overlay == nil)
        driver.press("1 x")
        #expect(driver.state.overlay == nil && driver.state.notice?.text.contains("stage 3") == true)
    }
}
