import Testing
import PlanDomain
@testable import Workbench

/// Stage 2's Cost and Compare tabs on the example plan: golden screens in a colour theme and in
/// mono at the smallest and a large size, and how the keys drive them.
struct CostScreenTests {
    /// Stage 2, then right to the Cost tab (the ninth) or the Compare tab (the tenth).
    static let toCost = "2 {Cost}"
    static let toCompare = "2 {Compare}"

    static let cases: [ScreenTests.Case] = [(80, 24), (160, 48)].flatMap { size in
        [("default", ColorDepth.indexed256), ("mono", ColorDepth.none)].map { theme in
            ScreenTests.Case(stage: 2, columns: size.0, rows: size.1, theme: theme.0, depth: theme.1)
        }
    }

    @Test(arguments: cases)
    func costPanel(_ item: ScreenTests.Case) throws {
        var driver = Driver(try examplePlan(), columns: item.columns, rows: item.rows)
        // Full extension (m), 2031 selected (five rows down).
        driver.press("\(Self.toCost) m j j j j j")
        let canvas = Screen.render(driver.state).canvas
        #expect(driver.state.section == .panel(.cost))
        #expect(canvas.text.contains("Full extension"))
        #expect(canvas.text.contains("2035  ") && canvas.text.contains("186,747"), "2035 costs XKB 186,747 million")
        #expect(canvas.text.contains("2.58"), "2.58% of GDP in 2035")
        Golden.check(Golden.snapshot(canvas, theme: try shippedTheme(item.theme), depth: item.depth),
                     "cost-\(item.columns)x\(item.rows)-\(item.theme)")
    }

    @Test(arguments: cases)
    func comparePanel(_ item: ScreenTests.Case) throws {
        var driver = Driver(try examplePlan(), columns: item.columns, rows: item.rows)
        driver.press(Self.toCompare)
        let canvas = Screen.render(driver.state).canvas
        #expect(driver.state.section == .panel(.scenarios))
        #expect(canvas.text.contains("Basic floor") && canvas.text.contains("Full extension"))
        #expect(canvas.text.contains("705,819") && canvas.text.contains("900,746"), "the sums over 2026-2035")
        Golden.check(Golden.snapshot(canvas, theme: try shippedTheme(item.theme), depth: item.depth),
                     "compare-\(item.columns)x\(item.rows)-\(item.theme)")
    }

    @Test func barsInAmountsAndInASCII() throws {
        var driver = Driver(try examplePlan())
        driver.press("\(Self.toCost) m z")
        #expect(driver.screen.contains("XKB million, ┆ ceiling"))
        Golden.check(driver.screen + "\n", "cost-80x24-amounts")
        let ascii = Screen.render(driver.state, glyphs: .ascii).canvas.text
        let bar = try #require(ascii.split(separator: "\n").first { $0.contains("2035  186,747") })
        // Each measure has its own ASCII glyph: # % + . = / for the six measures (MEA-5's = is too
        // narrow to show in 2035: unemployment insurance is 2.6% of the package).
        for glyph in ["#", "%", "+", ".", "/"] { #expect(bar.contains(glyph), "\(glyph) in \(bar)") }
        #expect(bar.contains("|"), "the ceiling marker")
    }

    @Test func keysOnTheCostPanel() throws {
        var driver = Driver(try examplePlan())
        driver.press(Self.toCost)
        #expect(driver.screen.contains("Basic floor  amounts in XKB million; scenario 1 of 2"))
        driver.press("m")
        #expect(driver.screen.contains("Full extension  amounts in XKB million; scenario 2 of 2"))
        driver.press("m")
        #expect(driver.screen.contains("Basic floor  amounts in XKB million; scenario 1 of 2"), "m wraps round")
        driver.press("G")
        #expect(driver.state.list.selected == 9, "ten years, 2026-2035")
        driver.press("Enter")
        #expect(driver.state.overlay == nil)
        #expect(driver.state.notice?.text.contains("computed from the measures") == true)
        driver.press("a")
        #expect(driver.state.overlay == nil, "nothing to add on a computed panel")
    }

    @Test func aPlanWithoutScenariosOrMeasures() throws {
        var plan = try examplePlan()
        plan.strategy.scenarios = []
        var driver = Driver(plan)
        driver.press(Self.toCost)
        #expect(driver.screen.contains("All measures  XKB million; no scenarios: every measure"))
        plan.strategy.measures = []
        driver = Driver(plan)
        driver.press(Self.toCost)
        #expect(driver.screen.contains("No measures to cost yet"))
    }

    @Test func aPackageAboveTheCeilingIsMarked() throws {
        var plan = try examplePlan()
        // The ceiling limits the general-revenue share: above 2% in 2034 and 2035 (peak 2.06%; the total is 2.58%).
        plan.stocktake.economy.fiscalSpaceCeilingPercentOfGDP = 2
        var driver = Driver(plan)
        driver.press("\(Self.toCost) m")
        #expect(driver.screen.contains("Gen. revenue ceiling 2.00%: above in 2034-2035"))
        #expect(driver.state.findings.contains { $0.rule == .costCeiling && $0.message.contains("Full extension") })
    }

    @Test func theMeasureFormEditsEligibilityChanges() throws {
        var driver = Driver(try examplePlan())
        driver.press("2 {Measures} Enter")
        let index = try #require(driver.form?.spec.fields.firstIndex { $0.label == "Eligible % from" })
        for _ in 0..<index { driver.press("Tab") }
        driver.press("\"2033: 50\" C-s")
        #expect(driver.state.plan.strategy.measures[0].eligibleShareFrom == [YearValue(year: 2033, value: 50)])
        driver.press("Enter")
        for _ in 0..<index { driver.press("Tab") }
        driver.press("C-u C-s")
        #expect(driver.state.plan.strategy.measures[0].eligibleShareFrom == nil, "emptied, it is unset again")
    }
}
