import PlanDomain
import Testing
@testable import Workbench

/// Table rows are drawn once per plan, list and column widths and then placed from the row cache;
/// a frame made that way must be the frame drawn from scratch, after any keys, resizes, themes,
/// dialogs and overlays, in Unicode and ASCII, on plans with wide and combining characters.
@Suite("Frames drawn with kept rows are frames drawn from scratch")
struct RenderCacheTests {
    /// The example with names in French, Chinese, Korean, emoji and combining marks.
    static func multilingualPlan() throws -> Plan {
        var plan = try examplePlan()
        let names = ["Créer le registre social unifié", "建立统一的社会登记册", "사회보장 등록부 구축", "Formation 👩‍🌾 des agents",
                     "Re\u{301}vision du code de se\u{301}curite\u{301}", "Étude actuarielle — ÉTAPE 2", "Ｆｕｌｌｗｉｄｔｈ 表 ＡＢＣ",
                     "Ligne\nsur deux lignes\tet tabulation"]
        for index in plan.actionPlan.activities.indices where index % 3 == 0 {
            plan.actionPlan.activities[index].name = names[(index / 3) % names.count]
            plan.actionPlan.activities[index].description = names[(index / 3 + 1) % names.count]
        }
        return plan
    }

    static func expectSameFrame(_ state: AppState, glyphs: Glyphs, _ context: @autoclosure () -> String) {
        let kept = Screen.render(state, glyphs: glyphs).canvas
        var fresh = state
        fresh.rowCache = RowCache()
        let scratch = Screen.render(fresh, glyphs: glyphs).canvas
        let a = kept.lines, b = scratch.lines
        let row = a.indices.first { $0 < b.count && a[$0] != b[$0] }
        #expect(kept == scratch, """
            \(context()): the frame with kept rows differs from the frame drawn from scratch\
            \(row.map { " at row \($0):\n  kept:    \(a[$0])\n  scratch: \(b[$0])" } ?? " in its styles")
            """)
    }

    @Test("random sessions on every table, at several sizes", arguments: [21, 22, 23, 24] as [UInt64])
    func randomSessions(seed: UInt64) throws {
        var random = RowCacheTests.Choices(seed: seed)
        let sizes = [(80, 24), (200, 50), (120, 40), (100, 30), (160, 45)]
        let (columns, rows) = sizes[Int(seed) % sizes.count]
        var driver = Driver(try Self.multilingualPlan(), columns: columns, rows: rows)
        let glyphs: Glyphs = seed % 2 == 0 ? .unicode : .ascii
        let tables = RowCacheTests.tables
        let scripts = ["j", "j", "j", "k", "PageDown", "PageUp", "G", "g", "s", "s s", "/ \"a\" Enter", "/ \"é\" Enter",
                       "/ Escape", "?", "Escape", "Enter", "Tab", "Escape", "d", "t", "Right", "Left", "Tab"]
        for step in 0..<150 {
            switch random.next(8) {
            case 0:
                driver.showTable(tables[random.next(tables.count)])
                driver.state.focus = .panel
            case 1:
                let (c, r) = sizes[random.next(sizes.count)]
                driver.send(.key(.resize(columns: c, rows: r)))
            case 2:
                // An edit through the edit path: the plan changes, so every kept row must go.
                if let entity = driver.state.selectedEntity {
                    var twin = entity
                    twin.id = "\(entity.id)-r\(step)"
                    _ = try? driver.state.plan.apply(.insert(AnyEntity(twin), index: 0))
                    driver.state.refresh()
                }
            default:
                driver.press(scripts[random.next(scripts.count)])
            }
            Self.expectSameFrame(driver.state, glyphs: glyphs, "seed \(seed) step \(step) at \(driver.state.size)")
            if driver.state.overlay != nil, random.next(3) == 0 { driver.press("Escape") }
        }
    }

    @Test("a big table scrolled page by page and back, at 200x50 and 80x24")
    func scrollingABigTable() throws {
        var plan = try Self.multilingualPlan()
        let first = plan.actionPlan.activities
        for copy in 1...4 {
            plan.actionPlan.activities += first.map { activity in
                var twin = activity
                twin.id = "\(activity.id)-\(copy)"
                return twin
            }
        }
        for (columns, rows) in [(200, 50), (80, 24)] {
            var driver = Driver(plan, columns: columns, rows: rows)
            driver.open(stage: .actionPlan, tab: "Activities")
            for (index, script) in (Array(repeating: "PageDown", count: 5) + Array(repeating: "j", count: 8)
                                    + Array(repeating: "PageUp", count: 5) + ["G", "k", "k", "g"]).enumerated() {
                driver.press(script)
                _ = Screen.render(driver.state, glyphs: .unicode)
                #expect(driver.state.rowCache.keptLineCount > 0, "the table's rows are kept after a frame")
                Self.expectSameFrame(driver.state, glyphs: .unicode, "\(columns)x\(rows) key \(index) \(script)")
                if index % 3 == 0 {
                    Self.expectSameFrame(driver.state, glyphs: .ascii, "\(columns)x\(rows) key \(index) \(script), ASCII")
                }
            }
        }
    }
}
