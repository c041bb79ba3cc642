import Testing
import PlanDomain
@testable import Workbench

/// Every stage at the smallest supported size and a large one, in a colour theme and in mono.
struct ScreenTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var stage: Int
        var columns: Int
        var rows: Int
        var theme: String
        var depth: ColorDepth
        var name: String { "stage\(stage)-\(columns)x\(rows)-\(theme)" }
        var testDescription: String { name }
    }

    static let cases: [Case] = (0...6).flatMap { stage in
        [(80, 24), (160, 48)].flatMap { size in
            [("default", ColorDepth.indexed256), ("mono", ColorDepth.none)].map { theme in
                Case(stage: stage, columns: size.0, rows: size.1, theme: theme.0, depth: theme.1)
            }
        }
    }

    @Test(arguments: cases)
    func stageOverview(_ item: Case) throws {
        var driver = Driver(try examplePlan(), columns: item.columns, rows: item.rows)
        driver.press("\(item.stage)")
        let canvas = Screen.render(driver.state).canvas
        #expect(canvas.text.contains(Stage(rawValue: item.stage)!.title.uppercased()))
        Golden.check(Golden.snapshot(canvas, theme: try shippedTheme(item.theme), depth: item.depth), item.name)
    }

    /// The main table of each stage, where the work happens.
    @Test(arguments: [("stocktake-schemes", "1 {Schemes}"), ("strategy-measures", "2 {Measures}"),
                      ("actionplan-activities", "3 {Activities}"), ("monitoring-indicators", "5 {Indicators}")])
    func stageTables(_ name: String, _ script: String) throws {
        for (columns, rows) in [(80, 24), (160, 48)] {
            var driver = Driver(try examplePlan(), columns: columns, rows: rows)
            driver.press(script)
            let canvas = Screen.render(driver.state).canvas
            Golden.check(Golden.snapshot(canvas, theme: try shippedTheme("projector"), depth: .indexed256),
                         "\(name)-\(columns)x\(rows)-projector")
        }
    }

    @Test func editingFlowScreens() throws {
        var driver = Driver(try examplePlan())
        let mono = try shippedTheme("mono")
        driver.press("1 {Schemes} a \"Fonds de solidarité\"")
        Golden.check(Golden.snapshot(Screen.render(driver.state).canvas, theme: mono, depth: .none), "flow-add-scheme")
        let index = driver.form!.spec.fields.firstIndex { $0.label == "Expenditure" }!
        for _ in 0..<(index - 1) { driver.press("Tab") }
        driver.press("Tab \"12,5\" C-s")
        Golden.check(Golden.snapshot(Screen.render(driver.state).canvas, theme: mono, depth: .none), "flow-bad-number")
        driver.press("C-u \"12.5k\" C-s")
        Golden.check(Golden.snapshot(Screen.render(driver.state).canvas, theme: mono, depth: .none), "flow-saved")
        driver.press("u")
        Golden.check(Screen.render(driver.state).canvas.text + "\n", "flow-undone")
        driver.press("C-r")
        Golden.check(Screen.render(driver.state).canvas.text + "\n", "flow-redone")
    }

    @Test("the findings list's position shows whole at the end of a list of tens of thousands")
    func findingsPositionAtTheEnd() throws {
        var plan = try examplePlan()
        var bare = plan.actionPlan.activities[0]
        (bare.description, bare.output, bare.dimensions) = ("", "", [])
        plan.actionPlan.activities += (1...4000).map { number in
            var copy = bare
            copy.id = "ACT-X\(number)"
            return copy
        }
        var driver = Driver(plan)
        driver.press("f End")
        let count = driver.state.findings.count
        #expect(count >= 10_000)
        #expect(driver.screen.contains(" \(count)/\(count) "), "\(driver.screen)")
    }

    /// Enter on a finding about an activity far down a long table shows that activity's row (not
    /// only selects it), with its id whole: the id column is as wide as the plan's longest id.
    @Test func findingJumpShowsTheRowAndItsWholeId() throws {
        var plan = try examplePlan()
        var bare = plan.actionPlan.activities[0]
        (bare.description, bare.output, bare.dimensions) = ("", "", [])
        plan.actionPlan.activities += (1...300).map { number in
            var copy = bare
            copy.id = "ACT-X\(number)" // eight characters and more: wider than the column's seven
            return copy
        }
        var driver = Driver(plan)
        driver.press("f")
        let target = try #require(driver.state.findings.firstIndex { $0.location.id == "ACT-X250" })
        driver.press(String(repeating: "Down ", count: target) + "Enter")
        #expect(driver.state.list.selected >= 250)
        let row = try #require(driver.screen.split(separator: "\n").first { $0.contains("ACT-X250 ") }, "\(driver.screen)")
        #expect(!row.contains("ACT-X2…"))
        #expect(driver.screen.contains(" \(driver.state.list.selected + 1)/\(plan.actionPlan.activities.count) "))
    }

    @Test func overlays() throws {
        var driver = Driver(try examplePlan())
        driver.press("?")
        Golden.check(driver.screen + "\n", "overlay-help")
        driver.press("Esc f")
        Golden.check(driver.screen + "\n", "overlay-findings")
        driver.press("Esc 2 {Measures} Enter Tab Tab Tab Enter")
        Golden.check(driver.screen + "\n", "overlay-picker")
        driver.press("Esc Esc d")
        Golden.check(driver.screen + "\n", "overlay-delete")
    }

    @Test func tooSmallAndBack() throws {
        var driver = Driver(try examplePlan(), columns: 40, rows: 12)
        #expect(driver.screen.contains("80x24; this one is 40x12"))
        Golden.check(driver.screen + "\n", "too-small-40x12")
        _ = Reducer.reduce(&driver.state, .key(.resize(columns: 80, rows: 24)))
        #expect(driver.screen.contains("STAGES"))
    }

    @Test func readOnlyStatus() throws {
        let driver = Driver(try examplePlan(), access: .readOnly("ana@laptop (pid 4242) is editing it"))
        #expect(driver.screen.contains("READ-ONLY"))
        Golden.check(driver.screen + "\n", "read-only")
    }

    @Test func unicodeNamesAlign() throws {
        var plan = try examplePlan()
        plan.foundations.stakeholders[0].name = "Côte d'Ivoire 中文 São Tomé e\u{301}"
        plan.foundations.stakeholders[1].name = "Tab\there\u{1B}[31m red"
        var driver = Driver(plan)
        driver.press("0 {Stakeholders}")
        let lines = driver.screen.split(separator: "\n")
        let row = try #require(lines.first { $0.contains("中文") })
        #expect(DisplayWidth.of(row) <= 80)
        #expect(!driver.screen.contains("\u{1B}"), "control characters never reach the canvas")
        let plainRow = try #require(lines.first { $0.contains("STK-3") })
        #expect(DisplayWidth.of(row) == DisplayWidth.of(plainRow) || DisplayWidth.of(row) <= 80)
    }
}
