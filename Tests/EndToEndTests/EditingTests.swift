import Foundation
import PlanStore
import Testing

@Suite("editing in the workbench", .enabled(if: tmuxAvailable, "tmux is not installed"))
struct EditingTests {
    @Test("add, change, undo, redo a scheme; the redone change is on screen and on disk after reopening")
    func addChangeUndoRedoReopen() async throws {
        let sandbox = try Sandbox()
        let first = try await Tmux.workbench(sandbox: sandbox)
        try await first.openSchemes()
        try await first.addScheme("Rural pension pilot")
        #expect(statusLine(try first.screen()).contains("saved"))

        try first.send("Enter")
        try await first.waitFor("Scheme SCH-12 ")
        try first.send("C-u")
        try first.type("Rural pension scheme")
        try first.send("C-s")
        try await first.waitFor("Changed scheme SCH-12.")
        try await first.waitFor("SCH-12   Rural pension scheme")

        try first.send("u")
        try await first.waitFor("Undone")
        try await first.waitFor("SCH-12   Rural pension pilot")

        try first.send("C-r")
        try await first.waitFor("Redone")
        try await first.waitFor("SCH-12   Rural pension scheme")

        try first.send("q")
        try await first.waitForQuit(sandbox)

        let second = try await Tmux.workbench(sandbox: sandbox)
        try await second.openSchemes()
        try await second.waitFor("SCH-12   Rural pension scheme")
        try second.send("q")
        try await second.waitForQuit(sandbox)

        let plan = try PlanStore.load(at: sandbox.plan)
        #expect(plan.stocktake.schemes.first { $0.id == "SCH-12" }?.name == "Rural pension scheme")

        // One journal line per change: the add, the change, the undo (back to the old name), the redo.
        let entries = try sandbox.journalEntries()
        try #require(entries.count == 4, "journal: \(entries)")
        #expect(entries.map { $0["summary"] as? String } == ["added scheme SCH-12", "changed scheme SCH-12",
                                                              "changed scheme SCH-12", "changed scheme SCH-12"])
        let names = try entries.map { entry in
            String(decoding: try JSONSerialization.data(withJSONObject: entry["edit"] ?? [:]), as: UTF8.self)
        }
        #expect(names[0].contains("Rural pension pilot"))
        #expect(names[1].contains("Rural pension scheme"))
        #expect(names[2].contains("Rural pension pilot"), "the undo puts the old name back")
        #expect(names[3].contains("Rural pension scheme"), "the redo puts the new name back")
        #expect(entries.allSatisfy { $0["user"] as? String == sandbox.user })
    }
}
