import Testing
@testable import PlanDomain

/// A batch finds entities through an index of positions; it must find what a search would.
struct BatchEditTests {
    private func scheme(_ id: String, _ name: String = "") -> Edit {
        var scheme = Scheme(id: id)
        scheme.name = name
        return .insert(scheme)
    }

    @Test func insertsUpdatesAndDeletesInOneBatchAgreeWithOneByOne() throws {
        var middle = Scheme(id: "NEW-M")
        middle.name = "Middle"
        var renamed = Scheme(id: "NEW-2")
        renamed.name = "Renamed"
        let edits: [Edit] = [scheme("NEW-1"), scheme("NEW-2"), scheme("NEW-3"), .insert(AnyEntity(middle), index: 1),
                             .update(renamed), .delete(.scheme, id: "NEW-3"), .delete(.scheme, id: "NEW-1"),
                             scheme("NEW-1", "Again"), .update(renamed)]
        var one = cleanPlan()
        for edit in edits { try one.apply(edit) }
        var batch = cleanPlan()
        let inverse = try batch.apply(.batch(edits))
        #expect(batch == one)
        #expect(batch.stocktake.schemes.suffix(3).map(\.id) == ["NEW-M", "NEW-2", "NEW-1"])
        try batch.apply(inverse)
        #expect(batch == cleanPlan())
    }

    @Test func aDuplicateInsideABatchFailsAndChangesNothing() {
        var plan = cleanPlan()
        #expect(throws: EditError.duplicateID(.scheme, "NEW-9")) {
            try plan.apply(.batch([scheme("NEW-9"), scheme("NEW-10"), scheme("NEW-9")]))
        }
        #expect(plan == cleanPlan())
    }

    @Test func undoingALargeImportIsOneBatchToo() throws {
        var plan = cleanPlan()
        let edits = (1...2_000).map { scheme("BULK-\($0)") }
        let inverse = try plan.apply(.batch(edits))
        #expect(plan.stocktake.schemes.count == cleanPlan().stocktake.schemes.count + 2_000)
        try plan.apply(inverse)
        #expect(plan == cleanPlan())
    }
}
