import Testing
import PlanDomain
@testable import Workbench

/// The Document tab of stage 0: the strategy document's version and texts, what is still empty,
/// the multi-line editor with each text's guiding question, and x to write the document.
struct DocumentTabTests {
    /// The example with three of its texts emptied, so the tab has something to say.
    static func plan() throws -> Plan {
        var plan = try examplePlan()
        for section in [NarrativeSection.foreword, .legalFramework, .evaluation] { plan[narrative: section] = "" }
        return plan
    }

    @Test func theTabSaysWhatIsStillEmpty() throws {
        var driver = Driver(try Self.plan(), columns: 80, rows: 24)
        driver.press("0 {Document}")
        #expect(driver.state.section == .record(.document))
        let text = Screen.render(driver.state).canvas.text
        #expect(text.contains("9 of 12 texts written; empty: Foreword, Legal"))
        #expect(text.contains("framework, Evaluation."))
        Golden.check(text + "\n", "document-tab-80x24")
    }

    /// A text of several lines takes its keys from the keymap (`[keys.text_area]`), like every other context.
    @Test func theNewLineKeyOfALongTextCanBeRebound() throws {
        var driver = Driver(try Self.plan(), columns: 80, rows: 24)
        driver.state.keymap = try Keymap.standard.rebinding([KeyRebinding(table: "keys.text_area", command: "new_line", keys: ["F6"])])
        driver.press("0 {Document} j Enter")
        driver.press("\"One.\" F6 \"Two.\"")
        let form = try #require(driver.form)
        #expect(HelpView.formLines(form, keys: driver.state.keymap).contains { $0.key == "F6" && $0.text.hasPrefix("A new line") },
                "the form's help shows the text's keys as bound")
        driver.press("C-s")
        #expect(driver.state.plan.narrative(.foreword) == "One.\nTwo.")
    }

    @Test func enterEditsATextOnSeveralLinesWithItsQuestion() throws {
        var driver = Driver(try Self.plan(), columns: 80, rows: 24)
        driver.press("0 {Document} j Enter")
        #expect(driver.form?.spec.title == "Strategy document")
        driver.press("\"The Minister presents the strategy.\" Enter Enter \"Second paragraph.\"")
        let text = Screen.render(driver.state).canvas.text
        #expect(text.contains("The Minister presents the strategy."))
        #expect(text.contains("Second paragraph."))
        #expect(text.contains("Who presents the strategy (usually the lead"), "the guiding question shows under the text")
        Golden.check(text + "\n", "document-editor-80x24")
        // ↑ moves within the text, not to the previous field.
        driver.press("Up Up \"Dear reader. \"")
        driver.press("C-s")
        #expect(driver.state.plan.narrative(.foreword) == "The Minister presents the strategy.\n\nDear reader. Second paragraph."
                || driver.state.plan.narrative(.foreword).hasPrefix("Dear reader. The Minister"))
        #expect(driver.state.plan.emptyNarratives == [.legalFramework, .evaluation])
        driver.press("u")
        #expect(driver.state.plan.narrative(.foreword).isEmpty)
    }

    @Test func xOffersTheDocumentsFormats() throws {
        var driver = Driver(try Self.plan(), columns: 80, rows: 24)
        driver.press("0 {Document} x")
        let text = Screen.render(driver.state).canvas.text
        #expect(text.contains("Write the strategy document"))
        for file in ["exports/strategy.html", "exports/strategy.docx", "exports/strategy.md", "exports/costing.xlsx"] {
            #expect(text.contains(file))
        }
        driver.press("j Enter")
        #expect(driver.effects.last == .export(.strategyDOCX, replacing: false))
    }

    @Test func textAreaRowsWrapAtWordsAndKeepLineBreaks() {
        let text = Array("one two three\n\nfour")
        let rows = TextArea.rows(text, width: 8)
        #expect(rows.map { String(text[$0]) } == ["one two ", "three", "", "four"])
        let input = TextInput(String(text), cursor: 2)
        #expect(TextArea.moved(input, by: 1, width: 8) == 10)
        #expect(TextArea.moved(input, by: -1, width: 8) == nil)
    }
}
