import Foundation
import PlanStore
import Testing

/// Several real workbenches on one plan folder in tmux: each names the others on its status line,
/// a projector follows the rapporteur's stage and tab, and `socle present` walks the slides.
@Suite("sessions on one plan", .enabled(if: tmuxAvailable, "tmux is not installed"))
struct LiveSessionsTests {
    @Test("presence on the status lines, and follow mode tracking the editor's stage, tab and saves")
    func presenceAndFollowMode() async throws {
        let sandbox = try Sandbox(user: "amina")
        let amina = try await Tmux.workbench(sandbox: sandbox)
        let joao = try Tmux.socle(sandbox: sandbox, environment: ["USER": "joao"])
        try await joao.waitUntil("joão's status line to name amina") { statusLine($0).contains("1 other: amina (stage 0)") }
        try await amina.waitUntil("amina's status line to name joão") { statusLine($0).contains("1 other: joao (stage 0)") }

        let projector = try Tmux.socle(sandbox: sandbox, environment: ["USER": "projector"],
                                       arguments: [sandbox.plan.path, "--follow", "amina"])
        try await projector.waitUntil("the projector to follow amina") {
            statusLine($0).contains("FOLLOWING amina") && $0.contains("stage 0 Foundations")
        }
        try await amina.waitUntil("amina to see the projector") { statusLine($0).contains("projector (following") }

        try amina.send("3")
        try await projector.waitFor("stage 3 Action plan › Overview")
        try await amina.goToTab("Gantt")
        let gantt = try await projector.waitFor("stage 3 Action plan › Gantt")
        #expect(!gantt.contains("STAGES"), "follow mode has no stage rail:\n\(Tmux.framed(gantt))")
        try await joao.waitUntil("joão to see amina on stage 3") { statusLine($0).contains("amina (stage 3)") }

        // The projector's own keys do not move it; the rapporteur's saves reach it.
        try projector.send("1")
        try await projector.waitFor("the screen moves with them")
        #expect(try projector.screen().contains("Gantt"))
        _ = try await amina.openSchemes()
        try await projector.waitFor("stage 1 Stocktake › Schemes")
        try await amina.addScheme("Fonds des pêcheurs")
        try await projector.waitFor("Fonds des pêcheurs")

        try amina.send("q")
        try await projector.waitFor("waiting for amina")
        try await joao.waitUntil("joão to see amina gone") { !statusLine($0).contains("amina (stage") }
        try projector.send("q")
        try joao.send("q")
        try await eventually("every session to leave sessions/") {
            ((try? FileManager.default.contentsOfDirectory(atPath: sandbox.plan.appendingPathComponent("sessions").path))?
                .filter { $0.hasSuffix(".json") } ?? ["?"]).isEmpty
        }
    }

    @Test("socle present: the plan, then a slide a stage, arrow keys, q ends")
    func presentWalksTheSlides() async throws {
        let sandbox = try Sandbox(user: "facilitator")
        let slides = try Tmux.socle(sandbox: sandbox, arguments: ["present", sandbox.plan.path], reportExit: true)
        // Each slide whole: its number is drawn first, so a capture may catch the number alone.
        try await slides.waitUntil("the plan's slide") { $0.contains("1 / 8") && $0.contains("Horizon 2026–2035") }
        try slides.send("Right", "Right")
        try await slides.waitUntil("the stocktake's slide") { $0.contains("3 / 8") && $0.contains("SDG 1.3.1") }
        try slides.send("3")
        try await slides.waitFor("5 / 8")
        try slides.send("Left")
        try await slides.waitFor("4 / 8")
        let before = try sandbox.planBytes()
        try slides.send("q")
        #expect(try await slides.exitStatus() == 0)
        #expect(try sandbox.planBytes() == before, "presenting changed plan.json")
    }
}
