import Testing
import Foundation
@testable import Workbench
import PlanDomain

@Test func scratchRender() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/kibara/plan.json")
    let plan = try JSONDecoder().decode(Plan.self, from: Data(contentsOf: url))
    let cols = Int(ProcessInfo.processInfo.environment["SCR_COLS"] ?? "80")!
    let rows = Int(ProcessInfo.processInfo.environment["SCR_ROWS"] ?? "24")!
    var state = AppState(plan: plan, planName: "kibara", size: (cols, rows))
    let keys = (ProcessInfo.processInfo.environment["SCR_KEYS"] ?? "").split(separator: " ").map { name -> Key in
        Key(name: String(name)) ?? .char(name.first!)
    }
    for key in keys { _ = Reducer.reduce(&state, .key(key)) }
    FileHandle.standardError.write(Data((Screen.render(state).canvas.text + "\n").utf8))
    #expect(Bool(true))
}
