import Foundation
import PlanDomain
import PlanStore
import Workbench
import PlanReports

/// What one input goes through in process: the plan loader, and, when it loads, everything the
/// commands and the workbench compute and draw from a plan: findings, costs, coverage, SDG 1.3.1,
/// the schedule, lateness and budget, the text reports of `show`, `cost` and `coverage`, the
/// exports, and the workbench's screens at 80x24 (a walk over the stages, tabs and views).
///
/// A Swift trap stops the process, so the fuzzer runs this in a child process (see `Fuzzer`).
enum FuzzTarget {
    enum Outcome: String { case refused, loaded }

    @discardableResult
    static func run(_ data: Data, walk: Int) -> Outcome {
        let plan: Plan
        do {
            plan = try PlanCodec.decode(data, file: "plan.json").plan
        } catch {
            precondition(!"\(error)".isEmpty, "an error without a message")
            return .refused
        }
        // SOCLE_FUZZ_TRACE=1 prints the time of each step, to find what makes an input slow.
        let trace = ProcessInfo.processInfo.environment["SOCLE_FUZZ_TRACE"] != nil
        var last = Date()
        func step(_ name: String) {
            guard trace else { return }
            printError("  \(name): \(String(format: "%.2f", Date().timeIntervalSince(last))) s")
            last = Date()
        }
        _ = plan.validate()
        step("validate")
        let scenarios = plan.costComparison()
        _ = CostReport.render(plan, scenarios: scenarios)
        step("costs")
        _ = CoverageReport.render(plan)
        _ = SDG131(plan: plan)
        step("coverage")
        let schedule = plan.schedule(today: Day(year: 2030, month: 6, day: 1))
        _ = plan.budgetBreakdown(schedule)
        step("schedule")
        _ = PlanSummary.render(plan, stage: Stage.allCases[walk % Stage.allCases.count], width: 80,
                               contents: StageContents.blocks)
        step("summary")
        for kind in ExportKind.allCases { _ = try? kind.data(plan, stamp: Date(timeIntervalSince1970: 0)) }
        step("exports")
        // Drawing is the slowest part in a debug build: one loaded input in three is drawn.
        if walk % 3 == 0 { draw(plan, walk: walk / 3) }
        step("screens")
        return .loaded
    }

    /// Draws the workbench on the plan, walking one stage's tabs and views (the stage turns
    /// with `walk`, so a run of inputs sees every stage).
    static func draw(_ plan: Plan, walk: Int) {
        let terminal = DiffingTerminal(columns: 80, rows: 24)
        let state = AppState(plan: plan, planName: "fuzz", themeNames: ["default"])
        let app = App(state: state, terminal: terminal, saver: nil, themes: { _ in nil })
        let stage = Character(String(walk % Stage.allCases.count))
        let keys: [Key] = [.char(stage), .right, .char("m"), .right, .char("z"), .right, .pageDown, .right, .char("f")]
        for key in keys { app.handle(key) }
    }
}
