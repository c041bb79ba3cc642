import Testing
import PlanDomain
@testable import Workbench

struct EditingFlowTests {
    @Test func addAScheme() throws {
        var driver = Driver(try examplePlan())
        let before = driver.state.plan.stocktake.schemes.count
        driver.press("1 {Schemes} a")
        let form = try #require(driver.form)
        #expect(form.title == "New scheme SCH-12")
        driver.press("\"Fonds de solidarité\" Tab Tab Tab \"Loi 2024-12\" C-s")
        #expect(driver.state.overlay == nil)
        let schemes = driver.state.plan.stocktake.schemes
        #expect(schemes.count == before + 1)
        #expect(schemes.last?.name == "Fonds de solidarité")
        #expect(schemes.last?.legalBasis == "Loi 2024-12")
        #expect(driver.effects.last == .save(.insert(AnyEntity(schemes.last!), index: nil)))
        #expect(driver.state.list.selected == schemes.count - 1, "the new row is selected")
        #expect(driver.screen.contains("Fonds de solidarité"))
    }

    @Test func aBadNumberShowsItsReasonAndIsNotApplied() throws {
        var driver = Driver(try examplePlan())
        let original = driver.state.plan
        driver.press("1 {Schemes} Enter")
        // Expenditure is field 14: move there and type a number with a decimal comma.
        let index = try #require(driver.form?.spec.fields.firstIndex { $0.label == "Expenditure" })
        for _ in 0..<index { driver.press("Tab") }
        driver.press("C-u \"12,5\" C-s")
        let form = try #require(driver.form, "the form stays open")
        #expect(form.errors[index]?.contains("decimals with a point") == true)
        #expect(form.inputs[index]?.text == "12,5", "what was typed is kept")
        #expect(driver.state.plan == original)
        #expect(driver.screen.contains("decimals with a point"))
        // Mend it and save.
        driver.press("C-u \"12.5M\" C-s")
        #expect(driver.form == nil)
        #expect(driver.state.plan.stocktake.schemes[0].expenditure == 12_500_000)
    }

    @Test func aRuleBrokenInAFormIsRefusedInline() throws {
        var driver = Driver(try examplePlan())
        driver.press("1 {Schemes} Enter")
        let index = try #require(driver.form?.spec.fields.firstIndex { $0.label == "Employer contributions" })
        for _ in 0..<index { driver.press("Tab") }
        driver.press("C-u \"95\" C-s")
        let form = try #require(driver.form)
        #expect(form.errors.values.contains { $0.contains("not 100%") })
        #expect(driver.state.undoStack.isEmpty)
    }

    @Test func undoAndRedoAfterSaving() throws {
        var driver = Driver(try examplePlan())
        let original = driver.state.plan
        driver.press("1 {Schemes} Enter C-u \"Renamed scheme\" C-s")
        let edited = driver.state.plan
        #expect(edited.stocktake.schemes[0].name == "Renamed scheme")
        driver.press("u")
        #expect(driver.state.plan == original)
        #expect(driver.state.redoStack.count == 1)
        driver.press("C-r")
        #expect(driver.state.plan == edited)
        let saves = driver.effects.filter { if case .save = $0 { true } else { false } }
        #expect(saves.count == 3, "edit, undo and redo are each saved")
    }

    @Test func deleteAsksFirst() throws {
        var driver = Driver(try examplePlan())
        driver.press("2 {Measures}")
        let id = try #require(driver.state.selectedEntity?.id)
        driver.press("d")
        guard case .confirmDelete(_, let asked, _, let dependents, _) = driver.state.overlay else {
            Issue.record("no confirmation")
            return
        }
        #expect(asked == id)
        #expect(!dependents.isEmpty, "measures are referred to by activities")
        #expect(driver.screen.contains("will break"))
        // Each broken reference is named: which item, and through which field.
        #expect(dependents.contains { $0.hasPrefix("ACT-") && $0.hasSuffix("(measure)") }, "\(dependents)")
        #expect(driver.screen.contains(dependents[0].prefix(20)))
        driver.press("n")
        #expect(driver.state.plan.entity(.measure, id: id) != nil)
        driver.press("d y")
        #expect(driver.state.plan.entity(.measure, id: id) == nil)
        driver.press("u")
        #expect(driver.state.plan.entity(.measure, id: id) != nil)
    }

    @Test func picksAReferenceFromAList() throws {
        var driver = Driver(try examplePlan())
        driver.press("0 {Committee} a \"Aïcha Koné\" Tab Enter")
        let picker = try #require(driver.form?.picker)
        #expect(picker.options.first?.label == "(not set)")
        #expect(picker.options.last?.label == "+ New stakeholder…")
        driver.press("\"trade union\" Enter")
        let member = try #require(driver.form?.subject.typed(CommitteeMember.self))
        #expect(member.stakeholderId != nil)
        let chosen = driver.state.plan.entity(Stakeholder.self, id: member.stakeholderId)
        #expect(chosen?.name.lowercased().contains("trade union") == true)
    }

    @Test func readOnlyRefusesChangesAndSaysWhy() throws {
        var driver = Driver(try examplePlan(), access: .readOnly("ana@laptop (pid 42) is editing it"))
        let original = driver.state.plan
        driver.press("1 {Schemes} a")
        #expect(driver.state.overlay == nil)
        #expect(driver.state.notice?.text.contains("ana@laptop") == true)
        driver.press("Enter \"x\" C-s Esc d u")
        #expect(driver.state.plan == original)
        #expect(driver.screen.contains("READ-ONLY"))
    }

    @Test func missingItemsLeadToWhereTheyAreFilledIn() throws {
        var plan = try examplePlan()
        plan.strategy.publicInformation = []
        var driver = Driver(plan)
        driver.press("2")
        let missing = driver.state.progress[2].items.firstIndex { !$0.done }!
        for _ in 0..<missing { driver.press("j") }
        driver.press("Enter")
        #expect(driver.state.section == .table(.publicAction))
    }

    @Test func findingsJumpToTheirPlace() throws {
        var plan = try examplePlan()
        plan.strategy.measures[1].financing.generalRevenue += 10
        var driver = Driver(plan)
        driver.press("f")
        let index = try #require(driver.state.findings.firstIndex { $0.rule == .sharesTotal })
        #expect(driver.state.findings[0].severity == .error, "errors come first")
        for _ in 0..<index { driver.press("j") }
        driver.press("Enter")
        #expect(driver.state.stage == .strategy)
        #expect(driver.state.section == .table(.measure))
        #expect(driver.state.selectedEntity?.id == plan.strategy.measures[1].id)
    }

    @Test func searchFiltersTheList() throws {
        var driver = Driver(try examplePlan())
        driver.press("1 {Schemes} / \"burial\"")
        #expect(driver.state.rowCount == 1)
        driver.press("Enter")
        driver.state.notice = nil   // a notice too long for the status line covers the table's last line
        #expect(driver.screen.contains("Search \"burial\": 1 of"))
        driver.press("/ Esc")
        #expect(driver.state.rowCount == driver.state.plan.stocktake.schemes.count)
    }

    @Test func sortCyclesThroughColumns() throws {
        var driver = Driver(try examplePlan())
        driver.press("1 {Groups} s s s")
        #expect(driver.state.list.sort?.column == 1)
        #expect(driver.state.list.sort?.ascending == true)
        let names = driver.state.rows(of: .group, list: driver.state.list).map { ($0 as! PopulationGroup).name.folded }
        #expect(names == names.sorted())
    }
}

struct StartupMessageTests {
    @Test func aProblemWithTheUsersFilesIsShownUntilAKeyIsPressed() throws {
        var driver = Driver(try examplePlan())
        driver.state.overlay = .message(title: "Before you start",
                                        text: "broken.toml:3: role \"tabel.header\": unknown role — using the default theme.")
        #expect(driver.screen.contains("Before you start"))
        #expect(driver.screen.contains("broken.toml:3"))
        driver.press("x")
        #expect(driver.state.overlay == nil)
        #expect(!driver.screen.contains("broken.toml"))
        #expect(driver.state.stage == .foundations, "the key that closes the message does nothing else")
    }
}
