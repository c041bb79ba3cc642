import Testing
import PlanDomain
import PlanReports
@testable import Workbench

/// Stage 1's heat map and gap list, stage 2's ranking and role matrix, as golden files.
/// Stage 1 tabs: ... Coverage (5), Heat map (6). Stage 2: ... Public info (14), Ranking (15), Role matrix (16).
struct AnalysisScreenTests {
    static let heatMap = "1 {Heat map}"
    static let ranking = "2 {Ranking}"
    static let roles = "2 {Role matrix}"

    func snapshot(_ script: String, columns: Int, rows: Int, theme: String, depth: ColorDepth,
                  glyphs: Glyphs = .unicode) throws -> String {
        var driver = Driver(try examplePlan(), columns: columns, rows: rows)
        driver.press(script)
        return Golden.snapshot(Screen.render(driver.state, glyphs: glyphs).canvas, theme: try shippedTheme(theme), depth: depth)
    }

    @Test func heatMap() throws {
        // The first cell: medical care for children, the assessor's 48%, partial, a gap.
        var driver = Driver(try examplePlan())
        driver.press(Self.heatMap)
        #expect(driver.screen.contains("Medical care ▒  48*!"))
        #expect(driver.screen.contains("Medical care for Children 0–14 (GRP-1): partial, 48%"))
        Golden.check(try snapshot(Self.heatMap, columns: 80, rows: 24, theme: "default", depth: .indexed256),
                     "heatmap-80x24-default")
        Golden.check(try snapshot(Self.heatMap, columns: 80, rows: 24, theme: "mono", depth: .none),
                     "heatmap-80x24-mono")
        Golden.check(try snapshot(Self.heatMap + " j j j > > > > > > > > > > >", columns: 80, rows: 24, theme: "mono",
                                  depth: .none, glyphs: .ascii), "heatmap-80x24-mono-ascii-scrolled")
        Golden.check(try snapshot(Self.heatMap + " j j j > > >", columns: 160, rows: 48, theme: "default",
                                  depth: .indexed256), "heatmap-160x48-default")
        Golden.check(try snapshot(Self.heatMap + " m", columns: 80, rows: 24, theme: "mono", depth: .none),
                     "gaplist-80x24-mono")
    }

    @Test func everyGroupFitsAt160Columns() throws {
        var driver = Driver(try examplePlan(), columns: 160, rows: 48)
        driver.press(Self.heatMap)
        let header = try #require(driver.screen.split(separator: "\n").first { $0.contains("GRP-1 ") })
        #expect(header.contains("GRP-12"), "all twelve groups show without scrolling")
    }

    @Test func ranking() throws {
        var driver = Driver(try examplePlan())
        driver.press(Self.ranking)
        #expect(driver.screen.contains(" 1  GAP-1"))
        Golden.check(try snapshot(Self.ranking, columns: 80, rows: 24, theme: "default", depth: .indexed256),
                     "ranking-80x24-default")
        Golden.check(try snapshot(Self.ranking + " m", columns: 80, rows: 24, theme: "mono", depth: .none),
                     "ranking-by-group-80x24-mono")
        Golden.check(try snapshot(Self.ranking, columns: 160, rows: 48, theme: "default", depth: .indexed256),
                     "ranking-160x48-default")
    }

    @Test func roleMatrix() throws {
        var driver = Driver(try examplePlan())
        driver.press(Self.roles)
        #expect(driver.screen.contains("MEA-6 Disabili"))
        Golden.check(try snapshot(Self.roles, columns: 80, rows: 24, theme: "default", depth: .indexed256),
                     "roles-80x24-default")
        Golden.check(try snapshot(Self.roles + " m", columns: 80, rows: 24, theme: "mono", depth: .none),
                     "roles-matrix-80x24-mono")
        Golden.check(try snapshot(Self.roles + " m", columns: 160, rows: 48, theme: "default", depth: .indexed256),
                     "roles-matrix-160x48-default")
    }

    @Test func coverageReport() throws {
        // The text `socle coverage examples/kibara` prints.
        Golden.check(CoverageReport.render(try examplePlan()), "coverage-report")
    }
}
