import Foundation
import Testing
import PlanDomain
import PlanStore
@testable import Workbench

/// Importing a CSV file from the Schemes and Groups tabs.
struct ImportFlowTests {
    /// Writes `csv` to a temporary file and returns its path (the caller removes it).
    func file(_ csv: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("socle-import-\(UUID().uuidString).csv")
        try Data(csv.utf8).write(to: url)
        return url.path
    }

    @Test func aValidFileIsShownThenAppliedAsOneUndoableChange() throws {
        let path = try file("id,name,type,contingencies,general_revenue_pct\n,Fonds de solidarité,universal,family,100\n"
            + "SCH-7,Severe Disability Allowance (national),categorical,invalidity,100\n")
        defer { unlink(path) }
        var driver = Driver(try examplePlan())
        driver.press("1 {Schemes} i \"\(path)\"")
        #expect(driver.screen.contains("Import schemes from CSV file:"))
        driver.press("Enter")
        guard case .importReview(let review) = driver.state.overlay else {
            Issue.record("no review: \(String(describing: driver.state.notice))")
            return
        }
        #expect(review.result.summary == "1 scheme added, 1 changed, 0 unchanged")
        #expect(driver.screen.contains("row 2: adds SCH-12 \"Fonds de solidarité\""))
        driver.effects = []
        driver.press("y")
        #expect(driver.state.overlay == nil)
        #expect(driver.state.plan.stocktake.schemes.last?.name == "Fonds de solidarité")
        guard case .save(.batch(let edits)) = driver.effects.first(where: { if case .save = $0 { true } else { false } }) else {
            Issue.record("not saved as one batch: \(driver.effects)")
            return
        }
        #expect(edits.count == 2)
        #expect(driver.state.notice?.text == "Imported: 1 added, 1 changed. u undoes it.")
        driver.press("u")
        #expect(driver.state.plan == (try examplePlan()))
    }

    @Test func invalidRowsApplyNothingUnlessSkipped() throws {
        let path = try file("name,type,general_revenue_pct,expenditure\nGood,universal,100,\nBad,universal,100,\"12,5\"\n")
        defer { unlink(path) }
        var driver = Driver(try examplePlan())
        driver.press("1 {Schemes} i \"\(path)\" Enter")
        #expect(driver.screen.contains("row 3, column expenditure: \"12,5\" is not a number (use a point for"))
        driver.press("y")
        #expect(driver.state.plan == (try examplePlan()), "y does not apply a file with problems")
        #expect(driver.state.notice?.text.hasPrefix("Some rows have problems") == true)
        driver.press("s")
        #expect(driver.state.plan.stocktake.schemes.map(\.name).last == "Good")
        #expect(driver.state.notice?.text == "Imported: 1 added, 0 changed, 1 row skipped. u undoes it.")
    }

    @Test func groupsEscapesAndUnreadableFiles() throws {
        var driver = Driver(try examplePlan())
        driver.press("1 {Groups} i \"x\" Esc")
        #expect(driver.state.overlay == nil && driver.state.notice?.text == "Nothing imported.")
        driver.press("i \"/nonexistent/groups.csv\" Enter")
        #expect(driver.effects.last == .importCSV(.groups, path: "/nonexistent/groups.csv"))
        #expect(driver.state.notice?.text == "Could not read /nonexistent/groups.csv: there is no such file.")
        #expect(driver.state.notice?.tone == .error)
    }

    @Test func onlyOnSchemesAndGroupsAndNotReadOnly() throws {
        var driver = Driver(try examplePlan())
        driver.press("1 {Indicators} i")
        #expect(driver.state.overlay == nil)
        #expect(driver.state.notice?.text == "i imports a CSV file on the Groups and Schemes tabs of stage 1.")
        var readOnly = Driver(try examplePlan(), access: .readOnly("ana@laptop is editing it"))
        readOnly.press("1 {Schemes} i")
        #expect(readOnly.state.overlay == nil)
        #expect(readOnly.state.notice?.text == "Read-only: ana@laptop is editing it. Nothing can be changed.")
    }

    @Test func theAppRunsTheImporter() throws {
        let path = try file("name,type,general_revenue_pct\nCaisse,universal,100\n")
        defer { unlink(path) }
        let terminal = MemoryTerminal(keys: keys("1 l l l l i \"\(path)\" Enter y q"))
        let saver = RecordingSaver()
        let app = App(state: AppState(plan: try examplePlan(), planName: "kibara"), terminal: terminal, saver: saver,
                      themes: { _ in nil })
        app.run()
        #expect(saver.saved.count == 1)
        #expect(saver.saved.first?.0.stocktake.schemes.last?.name == "Caisse")
    }
}
