import Foundation
import PlanDomain
import Workbench

/// `socle-bench keys [--count N]`: the time from a key press to a finished frame (reduce, render
/// the whole screen, diff it against the last frame) on the example plan, over a realistic mix of
/// navigation, search, forms and theme keys.
enum KeyBench {
    static func run(count: Int) throws {
        #if DEBUG
        print("note: this is a debug build; use `swift run -c release socle-bench keys` for real figures")
        #endif
        let plan = try ExamplePlan.load()
        print("socle-bench keys: \(count) keys on the example plan, microseconds from key to finished frame")
        print("size        median      p95    worst   cells changed per frame (median)")
        for (columns, rows) in [(80, 24), (200, 50)] {
            let terminal = DiffingTerminal(columns: columns, rows: rows)
            let state = AppState(plan: plan, planName: "kibara", themeNames: ["default", "projector", "mono"])
            let app = App(state: state, terminal: terminal, saver: nil, themes: { _ in nil })
            let script = keys(count)
            var times: [Double] = []
            let clock = ContinuousClock()
            for key in script {
                let start = clock.now
                app.handle(key)
                let elapsed = clock.now - start
                times.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
            }
            times.sort()
            let changed = terminal.changedCells.sorted()
            print(String(format: "%-9@ %8.0f %8.0f %8.0f   %d", "\(columns)x\(rows)" as NSString,
                         times[times.count / 2], times[times.count * 95 / 100], times.last!,
                         changed[changed.count / 2]))
        }
    }

    /// A repeating walk through the workbench: stages, tabs, rows, a search, a form opened and closed.
    static func keys(_ count: Int) -> [Key] {
        let tour: [Key] = [.char("1"), .right, .right, .right, .right, .down, .down, .down, .pageDown, .up,
                           .char("/"), .char("n"), .char("s"), .enter, .char("/"), .escape,
                           .enter, .tab, .tab, .down, .escape, .char("2"), .right, .right, .right, .right, .right,
                           .right, .down, .down, .char("s"), .char("3"), .right, .right, .pageDown, .pageDown,
                           .char("f"), .down, .escape, .char("5"), .right, .right, .down, .char("0"), .right,
                           .char("?"), .escape, .char("t")]
        return (0..<count).map { tour[$0 % tour.count] }
    }
}

/// A terminal that keeps only the last frame and counts what changed, as a real one redraws.
final class DiffingTerminal: TerminalDevice {
    let size: TerminalSize
    let capabilities = TerminalCapabilities(colors: .indexed256, unicode: true, mouse: false)
    private var last: Canvas?
    private(set) var changedCells: [Int] = []

    init(columns: Int, rows: Int) { size = TerminalSize(columns: columns, rows: rows) }

    func present(_ canvas: Canvas) {
        changedCells.append(canvas.diff(from: last).reduce(0) { $0 + $1.cells.count })
        last = canvas
    }

    func nextKey(timeoutMs: Int) -> Key? { nil }
    func setTheme(_ theme: Theme) { last = nil }
    func suspend() {}
    func shutdown() {}
}
