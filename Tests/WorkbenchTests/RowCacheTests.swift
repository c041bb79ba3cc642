import PlanDomain
import Testing
@testable import Workbench

/// The rows a table shows come from a cache kept per plan; they must always be what computing
/// them from the plan gives, whatever was edited, searched or sorted in between.
@Suite("Cached table rows agree with the rows computed from the plan")
struct RowCacheTests {
    /// Deterministic choices: a multiplicative hash of the seed and a draw counter.
    struct Choices {
        let seed: UInt64
        var draws: UInt64 = 0
        mutating func next(_ below: Int) -> Int {
            draws += 1
            let mixed = (draws &* 0x9E37_79B9_7F4A_7C15) ^ (seed &* 0xBF58_476D_1CE4_E5B9)
            return Int((mixed >> 29) % UInt64(max(1, below)))
        }
    }

    /// Every table tab: (stage, tab index).
    static let tables = Stage.allCases.flatMap { stage in
        Section.tabs(of: stage).enumerated().compactMap { tab, section -> (Stage, Int)? in
            if case .table = section { (stage, tab) } else { nil }
        }
    }

    static func ids(_ rows: [any PlanEntity]) -> [EntityID] { rows.map(\.id) }

    static func expectConsistent(_ state: AppState, _ context: String) {
        if case .table(let kind) = state.section {
            #expect(ids(state.rows(of: kind, list: state.list)) == ids(state.computeRows(of: kind, list: state.list)),
                    "\(context)")
            #expect(state.plan.count(kind) == state.plan.entities(kind).count)
        }
        #expect(state.errorCount == state.findings.filter { $0.severity == .error }.count, "\(context)")
        #expect(state.warningCount == state.findings.filter { $0.severity == .warning }.count, "\(context)")
        // The findings kept from edit to edit (only the rules that read what changed re-run) are
        // those of a full validation.
        #expect(state.findings == state.plan.validate(numbers: state.numbers), "\(context)")
    }

    @Test("random keys and edits on every table", arguments: [11, 12, 13, 14] as [UInt64])
    func randomSessions(seed: UInt64) throws {
        var driver = Driver(try examplePlan())
        var random = Choices(seed: seed)
        let tables = Self.tables
        let scripts = ["j", "k", "G", "g", "s", "s s", "/ \"a\" Enter", "/ \"re\" Enter", "/ Escape", "d y", "d Escape",
                       "u", "C-r", "PageDown"]
        for step in 0..<250 {
            switch random.next(4) {
            case 0:
                driver.showTable(tables[random.next(tables.count)])
            case 1:
                // An edit straight through the edit path, as the reducer makes them.
                if case .table(let kind) = driver.state.section, let entity = driver.state.selectedEntity {
                    var twin = entity
                    twin.id = "\(entity.id)-c\(step)"
                    _ = try? driver.state.plan.apply(.insert(AnyEntity(twin), index: 0))
                    driver.state.refresh()
                    _ = kind
                }
            default:
                driver.press(scripts[random.next(scripts.count)])
                if driver.state.overlay != nil { driver.press("Escape") }
            }
            Self.expectConsistent(driver.state, "seed \(seed) step \(step)")
        }
    }

    @Test("a copy of the state whose plan changes does not see the other's rows")
    func copiesStayApart() throws {
        var first = Driver(try examplePlan()).state
        first.stage = .actionPlan
        first.tab = Section.tabs(of: .actionPlan).firstIndex(of: .table(.activity))!
        let before = Self.ids(first.rows(of: .activity, list: first.list))
        var second = first
        let removed = before[0]
        _ = try second.plan.apply(.delete(.activity, id: removed))
        second.refresh()
        #expect(Self.ids(first.rows(of: .activity, list: first.list)) == before)
        #expect(!Self.ids(second.rows(of: .activity, list: second.list)).contains(removed))
        #expect(Self.ids(second.rows(of: .activity, list: second.list)).count == before.count - 1)
    }
}

extension Driver {
    /// Shows a table tab straight away, as a test that jumps between tables does.
    mutating func showTable(_ table: (stage: Stage, tab: Int)) {
        state.stage = table.stage
        state.tab = table.tab
    }
}
