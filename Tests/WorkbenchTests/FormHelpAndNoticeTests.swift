import PlanDomain
import Testing
@testable import Workbench

/// F1 in a form shows that form's help over it; any other key closes the help and the form is as it was.
struct FormHelpTests {
    @Test func f1InAFormShowsItsFieldsAndKeysAndAnyOtherKeyGoesBack() throws {
        var driver = Driver(try examplePlan())
        driver.press("1 l l l l Enter")
        let before = try #require(driver.form)
        driver.press("Tab F1")
        let shown = driver.screen
        #expect(shown.contains("Help: Scheme SCH-1"), "\(shown)")
        #expect(shown.contains("Institution"))
        #expect(shown.contains("Format: a percentage from 0 to 100"), "every field says what it takes:\n\(shown)")
        #expect(driver.form?.help == 0)

        driver.press("G")
        let end = driver.screen
        #expect(end.contains("In a form") && end.contains("Ctrl-S F2") && end.contains("Save the form"), "\(end)")
        #expect(end.contains("This form's help"))

        driver.press("x")  // closes the help; typed nowhere
        let form = try #require(driver.form, "the form stays open")
        #expect(form.help == nil)
        #expect(form.focused == before.focused + 1)
        #expect(!form.changed)
        #expect(!driver.screen.contains("Help: Scheme"))
    }

    @Test func theMainHelpListsF1ForForms() throws {
        var driver = Driver(try examplePlan())
        driver.press("?")
        var seen = driver.screen
        for _ in 0..<HelpView.maxScroll(Reducer.layout(driver.state), lines: HelpView.lines(driver.state.keymap)) {
            driver.press("j")
            seen += driver.screen
        }
        #expect(seen.contains("F1                   This form's help"), "\(seen)")
    }
}

/// A notice too long for the status line over a form is written in full inside the form.
struct FormNoticeTests {
    @Test(arguments: [
        "ana@laptop (pid 4242) is editing it",
        "cannot create files in /srv/plans/ministry-of-labour/national-strategy-2027: Permission denied",
    ])
    func theReadOnlyNoticeInAFormIsShownWhole(reason: String) throws {
        var driver = Driver(try examplePlan(), access: .readOnly(reason))
        driver.press("1 l l l l Enter")
        #expect(driver.form != nil)
        driver.press("x")
        let notice = "Read-only: \(reason)."
        #expect(driver.state.notice?.text == notice)
        // Every word of it is on screen inside the form, in order, none cut.
        let rows = driver.screen.split(separator: "\n").map { row in
            row.split(separator: "║", omittingEmptySubsequences: false).dropFirst().first
                .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        }
        let start = try #require(rows.firstIndex { $0.hasPrefix("Read-only: ") }, "\(driver.screen)")
        var text = rows[start]
        for row in rows[(start + 1)...] where !text.hasSuffix(".") { text += " " + row }
        #expect(text == notice, "\(driver.screen)")
        // The status line no longer repeats it cut short; it says who holds the plan.
        let status = String(driver.screen.split(separator: "\n").last ?? "")
        #expect(!status.contains("Read-only:") && status.contains("READ-ONLY"), "\(status)")
    }
}
