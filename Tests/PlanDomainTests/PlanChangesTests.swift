import Testing
@testable import PlanDomain

/// `Plan.changes(to:)`: the one edit that turns a plan into another, which a save beside other
/// sessions records in the journal. It must be exact.
struct PlanChangesTests {
    @Test func theEditLeadsExactlyToTheOtherPlan() throws {
        let plan = try examplePlanForChanges()
        var other = plan
        other.stocktake.schemes.removeFirst()
        other.stocktake.schemes[2].name = "Renamed"
        var added = Scheme(id: "SCH-99")
        added.name = "Inserted in the middle"
        other.stocktake.schemes.insert(added, at: 3)
        other.strategy.vision = "Another vision"
        other.actionPlan.activities.append(Activity(id: "ACT-999"))
        let edit = try #require(plan.changes(to: other))
        #expect(try plan.applying(edit) == other)
        #expect(plan.changes(to: plan) == nil)
    }

    @Test func aReorderedCollectionIsRebuilt() throws {
        let plan = try examplePlanForChanges()
        var other = plan
        other.stocktake.schemes.reverse()
        let edit = try #require(plan.changes(to: other))
        #expect(try plan.applying(edit) == other)
    }

    @Test func mergedPlansAreReachedByOneEdit() throws {
        let base = try examplePlanForChanges()
        var ours = base
        ours.stocktake.schemes[0].name = "Ours"
        var theirs = base
        theirs.stocktake.schemes[0].expenditure = 1
        theirs.stocktake.schemes.append(Scheme(id: "SCH-50"))
        var merged = try Plan.merge(base: base, ours: ours, theirs: theirs).plan
        merged.schemaVersion = theirs.schemaVersion
        let edit = try #require(theirs.changes(to: merged))
        #expect(try theirs.applying(edit) == merged)
        #expect(merged.stocktake.schemes[0].name == "Ours" && merged.stocktake.schemes[0].expenditure == 1)
    }
}

/// The clean plan with five schemes.
func examplePlanForChanges() throws -> Plan {
    var plan = cleanPlan()
    for number in 2...5 {
        var scheme = Scheme(id: "SCH-\(number)")
        scheme.name = "Scheme \(number)"
        plan.stocktake.schemes.append(scheme)
    }
    return plan
}
