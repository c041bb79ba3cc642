import Testing
import PlanDomain
@testable import Workbench

/// At 80x24, the promised minimum, text that carries meaning is shown, not cut away.
struct NarrowScreenTests {
    /// Every table keeps all its identifying (priority 1) columns at 80 columns.
    @Test(arguments: EntityKind.allCases)
    func identifyingColumnsShow(_ kind: EntityKind) {
        let layout = Layout(columns: 80, rows: 24)
        let columns = kind.columns
        let fitted = TableView.fit(columns, width: layout.tableArea.width - 2)
        let shown = Set(fitted.map(\.0))
        for (index, column) in columns.enumerated() where column.priority == 1 {
            #expect(shown.contains(index), "\(kind): column \(column.title) is dropped at 80 columns")
        }
        #expect(fitted.reduce(0) { $0 + $1.1 } + 2 * (fitted.count - 1) <= layout.tableArea.width - 2)
    }

    @Test func questionsShowTheQuestion() throws {
        // Ten questions leave room below the table at 80x24 for the selected one in full.
        var plan = try examplePlan()
        plan.evaluation.questions = Array(plan.evaluation.questions.prefix(10))
        var driver = Driver(plan)
        driver.show(.table(.question))
        #expect(driver.screen.contains("Question"))
        #expect(driver.screen.contains("Do the measures address"))
        // The selected question is read in full below the table, wrapped.
        let question = driver.state.plan.evaluation.questions[0].question
        let words = driver.screen.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "│" }).joined(separator: " ")
        #expect(words.contains(question), "\(question) is not shown in full")
        Golden.check(try driver.snapshot(), "narrow-questions-80x24-projector")
    }

    @Test func scoresShowTheScore() throws {
        var driver = Driver(try examplePlan())
        driver.show(.table(.score))
        #expect(driver.screen.contains("Score"))
        Golden.check(try driver.snapshot(), "narrow-scores-80x24-projector")
    }

    @Test func rolesShowTheFunction() throws {
        var driver = Driver(try examplePlan())
        driver.show(.table(.role))
        #expect(driver.screen.contains("Function"))
        Golden.check(try driver.snapshot(), "narrow-roles-80x24-projector")
    }

    @Test func readinessShowsTheStatus() throws {
        var driver = Driver(try examplePlan())
        driver.show(.table(.readiness))
        #expect(driver.screen.contains("Status"))
        Golden.check(try driver.snapshot(), "narrow-readiness-80x24-projector")
    }

    @Test func reasonsShowTheirDescription() throws {
        var driver = Driver(try examplePlan())
        driver.show(.table(.reason))
        #expect(driver.screen.contains("Description"))
    }
}

/// Help, findings, the title bar and notices at 80x24.
struct NarrowTextTests {
    @Test func helpWrapsSaysItScrollsAndScrolls() throws {
        var driver = Driver(try examplePlan())
        driver.press("?")
        #expect(driver.screen.contains("scroll"))
        Golden.check(try driver.snapshot(), "narrow-help-80x24-projector")
        var seen = driver.screen
        for _ in 0..<HelpView.maxScroll(Reducer.layout(driver.state), lines: HelpView.lines(driver.state.keymap)) { driver.press("j"); seen += driver.screen }
        #expect(seen.contains("import a CSV file (shows"))
        #expect(seen.contains("the changes first)"))
        #expect(seen.contains("undo works after saving too."))
        Golden.check(try driver.snapshot(), "narrow-help-end-80x24-projector")
        // Back up from the end takes one key, not as many as were pressed past it.
        let end = driver.screen
        driver.press("k")
        #expect(driver.screen != end)
    }

    @Test func findingsShowTheSelectedOneInFull() throws {
        var driver = Driver(try examplePlan())
        driver.press("f j")
        let finding = driver.state.findings[1]
        let words = finding.message.split(separator: " ")
        #expect(driver.screen.contains(words.suffix(3).joined(separator: " ")), "the end of \(finding.message)")
        #expect(driver.screen.contains(finding.location.description))
        Golden.check(try driver.snapshot(), "narrow-findings-80x24-projector")
    }

    @Test func titleBarEndsWithAnEllipsisWhenCut() throws {
        let driver = Driver(try examplePlan())
        let header = driver.screen.split(separator: "\n")[0]
        #expect(header.hasSuffix("…"))
    }

    @Test func aLongNoticeIsReadInFull() throws {
        var driver = Driver(try examplePlan())
        driver.state.notice = Notice("Not saved: the horizon ends in 2020, before it starts in 2026; "
            + "change the first or the last year so that the plan covers at least one year.", .error)
        #expect(driver.screen.contains("covers at least one year."))
        // Written once: the status line shows the keys, not the same words cut short.
        #expect(driver.screen.components(separatedBy: "Not saved:").count == 2)
        #expect(!driver.screen.split(separator: "\n").last!.contains("Not saved"))
    }
}
