import Testing
@testable import PlanDomain

/// Edits from a recovery file, applied to a plan that moved on meanwhile.
struct RebaseTests {
    private func scheme(_ id: EntityID, _ name: String) -> Scheme {
        var scheme = Scheme(id: id)
        scheme.name = name
        return scheme
    }

    /// A plan without schemes.
    private func emptyPlan() -> Plan {
        var plan = cleanPlan()
        plan.stocktake.schemes = []
        return plan
    }

    @Test func editsThatStillFitAreKeptAsTheyAre() throws {
        let plan = emptyPlan()
        let edits: [Edit] = [.insert(AnyEntity(scheme("SCH-1", "A")), index: nil), .set(.vision("V"))]
        let rebased = try plan.rebasing(edits)
        #expect(rebased.edits == edits)
        #expect(rebased.renamed.isEmpty)
    }

    @Test func anAddedItemWhoseIdWasTakenMovesAndItsLaterEditsFollow() throws {
        var plan = emptyPlan()
        try plan.apply(.insert(AnyEntity(scheme("SCH-1", "Added here")), index: nil))
        let edits: [Edit] = [
            .insert(AnyEntity(scheme("SCH-1", "Added there")), index: nil),
            .update(AnyEntity(scheme("SCH-1", "Renamed there"))),
            .delete(.scheme, id: "SCH-1"),
        ]
        let rebased = try plan.rebasing(edits)
        #expect(rebased.renamed.map { "\($0.from)>\($0.to)" } == ["SCH-1>SCH-2"])
        #expect(rebased.edits == [
            .insert(AnyEntity(scheme("SCH-2", "Added there")), index: nil),
            .update(AnyEntity(scheme("SCH-2", "Renamed there"))),
            .delete(.scheme, id: "SCH-2"),
        ])
        #expect(try plan.applying(.batch(rebased.edits)).stocktake.schemes.map(\.name) == ["Added here"])
    }

    @Test func anEditThatNoLongerAppliesIsRefused() {
        #expect(throws: EditError.notFound(.scheme, "SCH-9")) {
            try emptyPlan().rebasing([.delete(.scheme, id: "SCH-9")])
        }
    }
}
