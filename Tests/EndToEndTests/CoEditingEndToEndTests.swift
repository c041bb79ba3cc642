import Foundation
import PlanDomain
import PlanStore
import Testing

/// Three real workbenches on one plan folder in tmux, each editing: every confirmed edit reaches
/// plan.json, every screen ends showing the same plan, and a field two of them change is shown to
/// the later one with both values and resolved there.
@Suite("editing together on one machine", .enabled(if: tmuxAvailable, "tmux is not installed"))
struct CoEditingEndToEndTests {
    /// A workbench of `user` on the Schemes tab, at a size that shows every scheme.
    func editor(_ sandbox: Sandbox, _ user: String) async throws -> Tmux {
        let session = try await Tmux.workbench(sandbox: sandbox, environment: ["USER": user], columns: 120, rows: 40)
        try session.send("Escape")
        _ = try await session.openSchemes()
        return session
    }

    /// Opens the form of the scheme `down` rows below the first.
    func open(_ session: Tmux, down: Int) throws {
        try session.send("g")
        for _ in 0..<down { try session.send("j") }
        try session.send("Enter")
    }

    /// Replaces the focused field's text with `text` and saves the form.
    func retype(_ session: Tmux, _ text: String) throws {
        try session.send("C-u")
        try session.type(text)
        try session.send("C-s")
    }

    @Test("three editors: concurrent additions and edits all land, screens converge; a conflict is chosen by the later")
    func threeEditors() async throws {
        let sandbox = try Sandbox(user: "amina")
        let amina = try await editor(sandbox, "amina")
        let joao = try await editor(sandbox, "joao")
        let ines = try await editor(sandbox, "ines")
        try await amina.waitUntil("amina to see both others") { statusLine($0).contains("2 others") }

        // All three open a new scheme at once: each form proposes SCH-12.
        for (session, name) in [(amina, "Fund by amina"), (joao, "Fund by joao"), (ines, "Fund by ines")] {
            try session.send("a")
            try await session.waitFor("New scheme SCH-12")
            try session.type(name)
        }
        for session in [amina, joao, ines] {
            try session.send("C-s")
            try await session.waitUntil("the save") { statusLine($0).contains("saved") && !$0.contains("New scheme") }
        }

        // Different fields and different items, each from a form opened on a stale plan.
        try open(amina, down: 0)
        try await amina.waitFor("Scheme SCH-1")
        try open(ines, down: 0)
        try await ines.waitFor("Scheme SCH-1")
        try open(joao, down: 1)
        try await joao.waitFor("Scheme SCH-2")
        try retype(amina, "Pensions, renamed by amina")
        try retype(joao, "Injury, renamed by joao")
        // Ines changes the legal basis of SCH-1 (the fourth field), not its name.
        try ines.send("Tab", "Tab", "Tab")
        try retype(ines, "Act No. 9 of 2026")
        for session in [amina, joao, ines] {
            try await session.waitUntil("the form to close") { !$0.contains("╔═ Scheme") }
        }

        // The same field: amina and joao both rename SCH-3; amina saves first.
        try open(amina, down: 2)
        try await amina.waitFor("Scheme SCH-3")
        try open(joao, down: 2)
        try await joao.waitFor("Scheme SCH-3")
        try retype(amina, "Third by amina")
        try await amina.waitUntil("amina's save") { !$0.contains("╔═ Scheme") }
        try retype(joao, "Third by joao")
        // The whole chooser, not its title alone: capture-pane can catch a frame half drawn, the
        // title already over the form and the answers not yet.
        let chooser = try await joao.waitUntil("the chooser with both values") {
            $0.contains("Changed by someone else too") && $0.contains("Yours: \"Third by joao\"")
                && $0.contains("Theirs (amina): \"Third by amina\"")
        }
        #expect(chooser.contains("While you edited, amina changed scheme SCH-3"), Comment(rawValue: Tmux.framed(chooser)))
        try joao.send("t")
        try await joao.waitUntil("the choice") { statusLine($0).contains("Chose theirs") }

        // Every screen converges on the plan on disk.
        let expected = ["Pensions, renamed by amina", "Injury, renamed by joao", "Third by amina", "Fund by amina",
                        "Fund by joao", "Fund by ines"]
        for session in [amina, joao, ines] {
            try await session.waitUntil("every change on this screen") { screen in
                expected.allSatisfy { screen.contains(String($0.prefix(20))) } && !screen.contains("Third by joao")
            }
        }
        for session in [amina, joao, ines] { try session.send("q") }
        try await eventually("every session to end") { !sandbox.lockExists }
        let plan = try PlanStore.load(at: sandbox.plan)
        let names = plan.stocktake.schemes.map(\.name)
        for name in expected { #expect(names.contains(name), "\(name) is missing: \(names)") }
        #expect(Set(plan.stocktake.schemes.map(\.id)).count == plan.stocktake.schemes.count)
        #expect(plan.stocktake.schemes.count == 14)
        #expect(plan.entity(Scheme.self, id: "SCH-1")?.legalBasis == "Act No. 9 of 2026")
        #expect(plan.conflicts == nil)
        // The journal says who made each edit.
        let users = try sandbox.journalEntries().compactMap { $0["user"] as? String }
        #expect(Set(users) == ["amina", "joao", "ines"])
    }
}
