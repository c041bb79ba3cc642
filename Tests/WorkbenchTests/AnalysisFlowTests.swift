import Foundation
import Testing
import PlanDomain
import PlanStore
import TerminalDrawing
@testable import Workbench

/// Moving over the analysis panels, and what Enter, `<` `>` and `m` do there.
struct AnalysisFlowTests {
    @Test func theHeatMapMovesOverCellsAndStaysInside() throws {
        var driver = Driver(try examplePlan())
        driver.press(AnalysisScreenTests.heatMap + " < < < j j j")
        #expect(driver.state.list.offset == 0 && driver.state.list.selected == 3)
        driver.press(String(repeating: "> ", count: 20) + "G")
        #expect(driver.state.list.offset == 14, "fifteen groups: the last column is 14")
        #expect(driver.state.list.selected == 8, "nine contingencies")
        #expect(driver.screen.contains("Survivors for Insured persons losing their job"))
        #expect(driver.screen.contains("Not applicable: survivors cannot apply to unemployed"))
    }

    @Test func enterOpensTheCellsAssessment() throws {
        var driver = Driver(try examplePlan())
        driver.press(AnalysisScreenTests.heatMap + " j j j > > Enter")
        // Old age for older persons (GRP-3) is COV-33.
        let form = try #require(driver.form)
        #expect(form.target == .entity(.coverage, isNew: false))
        #expect(form.subject.typed(CoverageAssessment.self)?.id == "COV-33")
    }

    @Test func enterOnAnUnassessedCellStartsAnAssessment() throws {
        var plan = try examplePlan()
        plan.stocktake.coverage.removeAll { $0.id == "COV-33" }
        var driver = Driver(plan)
        driver.press(AnalysisScreenTests.heatMap + " j j j > > Enter")
        let form = try #require(driver.form)
        #expect(form.target == .entity(.coverage, isNew: true))
        let subject = try #require(form.subject.typed(CoverageAssessment.self))
        #expect(subject.contingency == .oldAge && subject.groupId == "GRP-3" && subject.id == "COV-101")
        // Rating low overrides the computed 37.4% (partial): the cell then shows L, a star, and is a gap.
        driver.press("Tab Tab Enter \"Low\" Enter C-s")
        let cell = try #require(driver.state.plan.coverageMatrix.cell(.oldAge, "GRP-3"))
        #expect(cell.band == .low && cell.isOverridden)
        #expect(driver.effects.contains { if case .save = $0 { true } else { false } })
    }

    @Test func theGapListOpensGapsAndCells() throws {
        var driver = Driver(try examplePlan())
        driver.press(AnalysisScreenTests.heatMap + " m")
        #expect(driver.screen.contains("61 gaps from the matrix (54 unrecorded), 11 recorded"))
        driver.press("G Enter")
        #expect(driver.form?.subject.typed(Gap.self)?.id == "GAP-11")
        driver.press("Esc g Enter")
        #expect(driver.form?.subject.typed(CoverageAssessment.self)?.id == "COV-1")
        driver.press("Esc m")
        #expect(driver.screen.contains("ABND assessment matrix per R202 guarantee"), "m shows the ABND matrix")
        #expect(driver.screen.contains("R202 5(a)  Essential health care, incl. maternity care"))
        driver.press("j j j Enter")
        #expect(driver.form?.subject.typed(Scheme.self)?.id == "SCH-4", "Enter on a scheme of the provision opens it")
        driver.press("Esc m")
        #expect(driver.screen.contains("Medical care ▒"), "m comes back to the matrix")
    }

    @Test func aLongLineOfTheABNDMatrixEndsWithAnEllipsisAt80Columns() throws {
        var driver = Driver(try examplePlan())
        driver.press(AnalysisScreenTests.heatMap + " m m")
        #expect(driver.screen.contains("ABND assessment matrix"))
        let long = try #require(driver.state.abndLines.map(\.text).first { DisplayWidth.of($0) > 60 },
                                "the example has a matrix line wider than the panel beside the rail")
        // Scroll until it shows, then its first words and the ellipsis must be on one row: a bare cut reads as whole.
        let index = try #require(driver.state.abndLines.firstIndex { $0.text == long })
        for _ in 0..<index { driver.press("j") }
        let head = String(long.trimmingCharacters(in: .whitespaces).prefix(20))
        let row = try #require(driver.screen.split(separator: "\n").first { $0.contains(head) })
        #expect(row.trimmingCharacters(in: .whitespaces).hasSuffix("…"), "cut line: \(row)")
    }

    @Test func aWeightChangeShowsHowTheRankingMoved() throws {
        var driver = Driver(try examplePlan())
        // Criteria tab (4), CRI-5 Cost: weight 2 -> 8, so cheap gaps rise.
        driver.press("2 {Criteria} j j j j Enter Tab C-u \"8\" C-s")
        #expect(driver.state.plan.strategy.criteria[4].weight == 8)
        driver.press("{Ranking}")
        #expect(driver.state.section == .panel(.ranking))
        let expected = PriorityRanking.moves(from: PriorityRanking(plan: try examplePlan()),
                                             to: PriorityRanking(plan: driver.state.plan))
        #expect(!expected.isEmpty)
        #expect(driver.screen.contains("The last change moved " + expected[0].description))
        driver.press("u")
        #expect(!driver.screen.contains("The last change moved"), "an undone change is not the last change")
    }

    @Test func rankingEnterOpensTheGap() throws {
        var driver = Driver(try examplePlan())
        driver.press(AnalysisScreenTests.ranking + " j Enter")
        #expect(driver.form?.subject.typed(Gap.self)?.id == "GAP-4", "second in the ranking")
    }

    @Test func roleMatrixEnterShowsTheMeasuresRoles() throws {
        var driver = Driver(try examplePlan())
        driver.press(AnalysisScreenTests.roles + " j j Enter")
        #expect(driver.state.section == .table(.role))
        #expect(driver.state.list.filter == "Maternity cash benefit for mothers outside formal employment")
        #expect(driver.state.rowCount == 11, "MEA-3 has eleven roles")
    }
}
