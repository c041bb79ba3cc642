import Testing
import PlanDomain
import PlanFormat
@testable import Workbench

/// Forms behave as a spreadsheet's cells do, ask before throwing work away, say what they expect,
/// put errors where they belong, and let a reference be created where it is needed.
struct FormBehaviourTests {
    /// A plan with nothing in it but its details.
    static func emptyPlan() -> Plan {
        Plan.new(meta: PlanMeta(country: Country(name: "Unnamed country", code: "XX"), title: "Plan", currency: "XXX",
                                baseYear: 2025, firstYear: 2026, lastYear: 2030))
    }

    @Test func theFirstCharacterTypedReplacesAnUntouchedValue() throws {
        var driver = Driver(Self.emptyPlan())
        driver.press("0 {Plan} Enter")
        // The untouched value shows selected and underlined (the styles below the text).
        Golden.check(Golden.snapshot(Screen.render(driver.state).canvas, theme: try shippedTheme("mono"), depth: .none),
                     "form-untouched-value-80x24-mono")
        driver.press("\"Republic of Mareva\"")
        #expect(driver.form?.inputs[0]?.text == "Republic of Mareva")
    }

    @Test func aPrefilledNumberIsReplacedNotAppendedTo() throws {
        var driver = Driver(try examplePlan())
        driver.show(.table(.group))
        driver.press("a")
        let index = try #require(driver.form?.spec.fields.firstIndex { $0.label == "Size" })
        for _ in 0..<index { driver.press("Tab") }
        #expect(driver.form?.inputs[index]?.text == "0")
        driver.press("\"180k\"")
        #expect(driver.form?.inputs[index]?.text == "180k")
    }

    @Test func movingTheCursorOrDeletingFirstEditsInPlace() throws {
        var driver = Driver(Self.emptyPlan())
        driver.press("0 {Plan} Enter Left \"x\"")
        #expect(driver.form?.inputs[0]?.text == "Unnamed countrxy")
        driver.press("Tab Tab Tab Backspace \"Y\"")
        #expect(driver.form?.inputs[3]?.text == "XXY")
    }

    @Test func comingBackToAFieldMakesItUntouchedAgain() throws {
        var driver = Driver(Self.emptyPlan())
        driver.press("0 {Plan} Enter \"A\" Tab Shift-Tab \"B\"")
        #expect(driver.form?.inputs[0]?.text == "B")
    }

    @Test func escClosesAnUnchangedFormAtOnce() throws {
        var driver = Driver(Self.emptyPlan())
        driver.press("0 {Plan} Enter Tab Tab Esc")
        #expect(driver.state.overlay == nil)
    }

    @Test func escOnAChangedFormAsksFirst() throws {
        var driver = Driver(Self.emptyPlan())
        driver.press("0 {Plan} Enter \"Republic of Mareva\" Esc")
        #expect(driver.form?.confirmingDiscard == true)
        #expect(driver.screen.contains("Discard the changes?"))
        driver.press("n")
        #expect(driver.form?.confirmingDiscard == false)
        #expect(driver.form?.inputs[0]?.text == "Republic of Mareva", "keep editing keeps what was typed")
        driver.press("Esc y")
        #expect(driver.state.overlay == nil)
        #expect(driver.state.plan.meta.country.name == "Unnamed country")
    }

    @Test func theFocusedFieldShowsItsFormatBeforeAnyError() throws {
        var driver = Driver(try examplePlan())
        driver.show(.table(.scheme))
        driver.press("a")
        let index = try #require(driver.form?.spec.fields.firstIndex { $0.label == "Beneficiaries" })
        for _ in 0..<index { driver.press("Tab") }
        #expect(driver.form?.errors.isEmpty == true)
        #expect(driver.screen.contains("Format: group: persons pairs"))
        Golden.check(try driver.snapshot(), "form-format-hint-80x24-projector")
        // The error after a failed parse uses the same words.
        driver.press("\"GRP-1 12\" C-s")
        #expect(driver.form?.errors[index]?.contains(FieldFormat.groupCounts(Figures(.commaPoint))) == true)
    }

    @Test func anErrorShowsUnderTheFieldItConcerns() throws {
        var driver = Driver(try examplePlan())
        driver.press("0 {Plan} Enter")
        let lastYear = try #require(driver.form?.spec.fields.firstIndex { $0.label == "Last year" })
        for _ in 0..<lastYear { driver.press("Tab") }
        driver.press("\"2020\" C-s")
        let form = try #require(driver.form)
        #expect(form.errors.keys.sorted() == [lastYear], "\(form.errors)")
        #expect(form.focused == lastYear)
        Golden.check(try driver.snapshot(), "form-error-under-field-80x24-projector")
    }

    @Test func theRatingPickerHasOneWordForNoValue() throws {
        var driver = Driver(try examplePlan())
        driver.show(.table(.coverage))
        driver.press("Enter Tab Tab Enter")
        let picker = try #require(driver.form?.picker)
        #expect(picker.title == "Rating")
        let labels = picker.options.map(\.label)
        #expect(!labels.contains("(none)"))
        // "No value" is said once, and the rating of no coverage says so in words of its own.
        #expect(labels.filter { $0.lowercased().contains("none") || $0.contains("not set") }.count == 1, "\(labels)")
        #expect(labels.contains("No coverage"))
    }

    @Test func anEmptyPickerOffersToCreateTheItemAndLinksIt() throws {
        var driver = Driver(Self.emptyPlan())
        driver.press("0 {Mandate} Enter")
        let lead = try #require(driver.form?.spec.fields.firstIndex { $0.label == "Lead ministry" })
        for _ in 0..<lead { driver.press("Tab") }
        driver.press("Enter")
        let picker = try #require(driver.form?.picker)
        #expect(picker.options.map(\.label) == ["(not set)", "+ New stakeholder…"])
        driver.press("Down Enter")
        #expect(driver.form?.target == .entity(.stakeholder, isNew: true))
        #expect(driver.screen.contains("New stakeholder STK-1 for Lead ministry"))
        driver.press("\"Ministry of Labour\" C-s")
        // Back in the mandate form, the new stakeholder chosen; it is in the plan already.
        let form = try #require(driver.form)
        #expect(form.target == .record(.mandate))
        #expect(form.focused == lead)
        #expect(form.subject.typed(Plan.self)?.foundations.leadMinistryId == "STK-1")
        #expect(driver.state.plan.entity(.stakeholder, id: "STK-1")?.title == "Ministry of Labour")
        driver.press("C-s")
        #expect(driver.state.overlay == nil)
        #expect(driver.state.plan.foundations.leadMinistryId == "STK-1")
    }

    @Test func aNewItemFromAMultiplePickerIsTickedWithTheOthers() throws {
        var driver = Driver(try examplePlan())
        driver.show(.table(.gap))
        driver.press("a")
        let reasons = try #require(driver.form?.spec.fields.firstIndex { $0.label == "Reasons" })
        for _ in 0..<reasons { driver.press("Tab") }
        driver.press("Enter Space End Enter")
        let next = driver.state.plan.nextID(for: .reason)
        #expect(driver.form?.target == .entity(.reason, isNew: true))
        driver.press("Tab \"Demographic change\" C-s")
        let gap = try #require(driver.form?.subject.typed(Gap.self))
        #expect(gap.reasonIds == [driver.state.plan.stocktake.reasons[0].id, next])
    }

    @Test func cancellingTheNestedFormGoesBackToTheFirst() throws {
        var driver = Driver(Self.emptyPlan())
        driver.press("0 {Mandate} Enter Tab Tab Tab Tab Enter Down Enter Esc")
        #expect(driver.form?.target == .record(.mandate))
        #expect(driver.state.plan.foundations.stakeholders.isEmpty)
    }
}

struct HeatMapSelectionTests {
    @Test func theHeatMapKeepsItsCellAfterANewAssessment() throws {
        var driver = Driver(try examplePlan())
        driver.show(.panel(.heatMap))
        let plan = driver.state.plan
        // A cell with no assessment yet, away from the first row and column.
        let cells = Contingency.allCases.enumerated().flatMap { row, contingency in
            plan.stocktake.groups.enumerated().map { (row, $0.offset, contingency, $0.element.id) }
        }
        let (row, column, contingency, group) = try #require(cells.first { row, column, contingency, group in
            row > 0 && column > 0 && !plan.stocktake.coverage.contains { $0.contingency == contingency && $0.groupId == group }
        })
        for _ in 0..<row { driver.press("j") }
        for _ in 0..<column { driver.press(">") }
        let before = driver.state.list
        #expect(before.selected == row && before.offset == column)
        driver.press("Enter")
        #expect(driver.form?.target == .entity(.coverage, isNew: true))
        driver.press("C-s")
        #expect(driver.state.overlay == nil)
        #expect(driver.state.plan.stocktake.coverage.contains { $0.contingency == contingency && $0.groupId == group })
        #expect(driver.state.list.selected == before.selected)
        #expect(driver.state.list.offset == before.offset)
    }
}

struct PickerNewItemTests {
    @Test func theFilterTextNamesTheNewItem() throws {
        var driver = Driver(FormBehaviourTests.emptyPlan())
        driver.press("0 {Mandate} Enter Tab Tab Tab Tab Enter \"Ministry of Pensions\"")
        let picker = try #require(driver.form?.picker)
        #expect(picker.visible.map(\.label) == ["+ New stakeholder…"], "the New line stays whatever the filter")
        driver.press("Enter")
        #expect(driver.form?.inputs[0]?.text == "Ministry of Pensions")
        driver.press("\" (MoP)\" C-s")
        #expect(driver.state.plan.entity(.stakeholder, id: "STK-1")?.title == "Ministry of Pensions (MoP)")
    }
}
