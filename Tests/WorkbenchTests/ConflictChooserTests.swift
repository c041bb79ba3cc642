import Testing
import PlanDomain
@testable import Workbench

/// A merge conflict stored in the plan is an error finding; Enter on it opens a chooser of base,
/// ours or theirs, and the choice goes through the one edit path.
struct ConflictChooserTests {
    /// The example plan after a git merge where both sides changed the social pension.
    private func conflicted() throws -> (Plan, PlanConflict) {
        let base = try examplePlan()
        func pension(_ amount: Double) throws -> Plan {
            var plan = base
            var measure = try #require(plan.entity(Measure.self, id: "MEA-2"))
            measure.benefit.annualAmount = amount
            try plan.apply(.update(measure))
            return plan
        }
        let merged = try Plan.merge(base: base, ours: try pension(72_000), theirs: try pension(66_000),
                                    oursBy: "main", theirsBy: "labour", time: "2026-11-30T10:00:00Z")
        return (merged.plan, try #require(merged.conflicts.first))
    }

    @Test func theFindingOpensAChooserAndTheirsIsAppliedAsOneEdit() throws {
        let (plan, conflict) = try conflicted()
        var driver = Driver(plan)
        driver.press("f")
        #expect(driver.screen.contains("Merge conflict on measure MEA-2"))
        driver.press("Enter")
        Golden.check(driver.screen + "\n", "conflict-chooser")
        #expect(driver.screen.contains("Theirs (labour): 66,000"))
        driver.press("t")
        #expect(driver.state.plan.entity(Measure.self, id: "MEA-2")?.benefit.annualAmount == 66_000)
        #expect(driver.state.plan.conflicts == nil)
        #expect(!driver.state.findings.contains { $0.rule == Rule.mergeConflict })
        #expect(driver.effects.contains { if case .save = $0 { true } else { false } })
        #expect(driver.screen.contains("Chose theirs for measure MEA-2"))
        driver.press("u")
        #expect(driver.state.plan.conflicts == [conflict])
        #expect(driver.state.plan.entity(Measure.self, id: "MEA-2")?.benefit.annualAmount == 72_000)
    }

    @Test func twoConflictsOnOneFieldEachOpenTheirOwnChooser() throws {
        let base = try examplePlan()
        func benefit(_ amount: Double, _ text: String) throws -> Plan {
            var plan = base
            var measure = try #require(plan.entity(Measure.self, id: "MEA-2"))
            measure.benefit.annualAmount = amount
            measure.benefit.description = text
            try plan.apply(.update(measure))
            return plan
        }
        let merged = try Plan.merge(base: base, ours: try benefit(72_000, "Ours"), theirs: try benefit(66_000, "Theirs"))
        #expect(merged.conflicts.count == 2)
        var driver = Driver(merged.plan)
        driver.press("f j Enter")
        #expect(driver.screen.contains("Theirs: \"Theirs\""))
        driver.press("t")
        #expect(driver.state.plan.entity(Measure.self, id: "MEA-2")?.benefit.description == "Theirs")
        #expect(driver.state.plan.entity(Measure.self, id: "MEA-2")?.benefit.annualAmount == 72_000)
        #expect(driver.state.plan.conflicts?.map(\.field) == ["benefit.annualAmount"])
    }

    @Test func laterLeavesTheConflictAndAReadOnlySessionCannotChoose() throws {
        let (plan, conflict) = try conflicted()
        var driver = Driver(plan)
        driver.press("f Enter l")
        #expect(driver.state.plan.conflicts == [conflict])
        #expect(driver.state.overlay == nil)

        var reader = Driver(plan, access: .readOnly("ana@laptop (pid 4242) is editing it"))
        reader.press("f Enter b")
        #expect(reader.state.plan.conflicts == [conflict])
        #expect(reader.screen.contains("the conflict stays"))
    }
}
