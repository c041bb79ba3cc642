import Foundation
import Testing
import PlanDomain
import PlanStore
@testable import Workbench

/// The workbench beside other sessions: their saves arrive while it works, a form saved over a
/// changed item keeps their fields, and a field both changed opens the chooser at once.
struct CoEditingFlowTests {
    /// What another session saved: `change` applied to `plan`, by `user`.
    func saved(by user: String, on plan: Plan, _ change: (inout Scheme) -> Void) throws -> OthersSaved {
        var scheme = try #require(plan.entity(Scheme.self, id: "SCH-1"))
        change(&scheme)
        let edit = Edit.update(scheme)
        return OthersSaved(before: plan, plan: try plan.applying(edit),
                           entries: [JournalEntry(time: Date(), user: user, host: "here", edit: edit)])
    }

    @Test func othersSavesArriveAndAreNamed() throws {
        var driver = Driver(try examplePlan())
        driver.press("1 {Schemes}")
        let others = try saved(by: "amina", on: driver.state.plan) { $0.name = "Renamed by amina" }
        _ = Reducer.reduce(&driver.state, .othersSaved(others))
        #expect(driver.state.plan == others.plan)
        #expect(driver.state.notice?.text == "amina changed scheme SCH-1.")
        #expect(Screen.render(driver.state).canvas.text.contains("Renamed by amina"))
    }

    @Test func aFormSavedOverAChangedItemKeepsTheOtherFields() throws {
        var driver = Driver(try examplePlan())
        driver.press("1 {Schemes} Enter")
        let expenditure = try #require(driver.form).spec.fields.firstIndex { $0.label == "Expenditure" }!
        // While the form is open, amina changes the name; the form changes the expenditure.
        let others = try saved(by: "amina", on: driver.state.plan) { $0.name = "Renamed by amina" }
        _ = Reducer.reduce(&driver.state, .othersSaved(others))
        for _ in 0..<expenditure { driver.press("Tab") }
        driver.press("C-u \"777\" C-s")
        #expect(driver.state.overlay == nil)
        let scheme = try #require(driver.state.plan.entity(Scheme.self, id: "SCH-1"))
        #expect(scheme.name == "Renamed by amina")
        #expect(scheme.expenditure == 777)
        #expect(driver.state.plan.conflicts == nil)
    }

    @Test func theSameFieldOpensTheChooserWithBothValues() throws {
        var driver = Driver(try examplePlan(), columns: 100, rows: 30)
        driver.press("1 {Schemes} Enter")
        let others = try saved(by: "amina", on: driver.state.plan) { $0.name = "Name by amina" }
        _ = Reducer.reduce(&driver.state, .othersSaved(others))
        driver.press("C-u \"Name by joao\" C-s")
        guard case .choice(let dialog) = driver.state.overlay else {
            Issue.record("no chooser: \(String(describing: driver.state.overlay))")
            return
        }
        #expect(dialog.title == "Changed by someone else too")
        #expect(dialog.text.contains("While you edited, amina changed scheme SCH-1"))
        #expect(dialog.options.map(\.label).prefix(2) == ["Yours: \"Name by joao\", as now", "Theirs (amina): \"Name by amina\""])
        Golden.check(Screen.render(driver.state).canvas.text + "\n", "coediting-conflict-100x30")
        driver.press("t")
        #expect(driver.state.plan.entity(Scheme.self, id: "SCH-1")?.name == "Name by amina")
        #expect(driver.state.plan.conflicts == nil)
        #expect(driver.effects.contains { if case .save = $0 { true } else { false } })
    }

    @Test func aSaveThatMergedOpensTheChooserForItsConflicts() throws {
        var driver = Driver(try examplePlan())
        var plan = driver.state.plan
        let conflict = PlanConflict(kind: .scheme, id: "SCH-1", field: "name", base: .string("a"),
                                    ours: .string("mine"), theirs: .string("theirs"), oursBy: "joao", theirsBy: "amina")
        plan.conflicts = [conflict]
        _ = Reducer.reduce(&driver.state, .savedMerging(plan, conflicts: [conflict], others: ["amina"]))
        #expect(driver.state.saveState == .saved)
        guard case .choice(let dialog) = driver.state.overlay else {
            Issue.record("no chooser")
            return
        }
        #expect(dialog.text.contains("amina"))
        driver.press("l")
        #expect(driver.state.overlay == nil)
        #expect(driver.state.plan.conflicts == [conflict])
    }
}
