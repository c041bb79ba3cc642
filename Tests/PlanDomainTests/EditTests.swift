import Testing
import Foundation
@testable import PlanDomain

struct EditTests {
    @Test(arguments: EntityKind.allCases)
    func insertUndoRedo(_ kind: EntityKind) throws {
        let original = cleanPlan()
        var plan = original
        let id = plan.nextID(for: kind)
        let inverse = try plan.apply(.insert(AnyEntity(kind.type.init(id: id)), index: nil))
        #expect(plan.entity(kind, id: id) != nil)
        #expect(plan.entities(kind).last?.id == id)
        #expect(inverse == .delete(kind, id: id))
        let redo = try plan.apply(inverse)
        #expect(plan == original)
        try plan.apply(redo)
        #expect(plan.entity(kind, id: id) != nil)
    }

    @Test(arguments: EntityKind.allCases)
    func missingEntitiesAreErrorsAndChangeNothing(_ kind: EntityKind) {
        var plan = cleanPlan()
        let before = plan
        #expect(throws: EditError.notFound(kind, "NOPE-1")) { try plan.apply(.delete(kind, id: "NOPE-1")) }
        #expect(throws: EditError.notFound(kind, "NOPE-1")) {
            try plan.apply(.update(AnyEntity(kind.type.init(id: "NOPE-1"))))
        }
        #expect(throws: EditError.emptyID(kind)) {
            try plan.apply(.insert(AnyEntity(kind.type.init(id: "")), index: nil))
        }
        #expect(plan == before)
    }

    @Test func duplicateIDIsRefused() {
        var plan = cleanPlan()
        #expect(throws: EditError.duplicateID(.scheme, "SCH-1")) { try plan.apply(.insert(Scheme(id: "SCH-1"))) }
    }

    @Test func updateReturnsTheOldValue() throws {
        var plan = cleanPlan()
        var scheme = plan.stocktake.schemes[0]
        let old = scheme
        scheme.name = "São Tomé child grant"
        scheme.expenditure = 12_500
        let inverse = try plan.apply(.update(scheme))
        #expect(plan.stocktake.schemes[0].name == "São Tomé child grant")
        #expect(inverse == .update(AnyEntity(old)))
        try plan.apply(inverse)
        #expect(plan == cleanPlan())
    }

    @Test func deleteRestoresThePosition() throws {
        var plan = cleanPlan()
        let inverse = try plan.apply(.delete(.activity, id: "ACT-1"))
        #expect(plan.actionPlan.activities.map(\.id) == ["ACT-2"])
        #expect(inverse == .insert(AnyEntity(cleanPlan().actionPlan.activities[0]), index: 0))
        try plan.apply(inverse)
        #expect(plan == cleanPlan())
    }

    @Test func insertAtAnIndex() throws {
        var plan = cleanPlan()
        try plan.apply(.insert(AnyEntity(Activity(id: "ACT-9")), index: 1))
        #expect(plan.actionPlan.activities.map(\.id) == ["ACT-1", "ACT-9", "ACT-2"])
        try plan.apply(.insert(AnyEntity(Activity(id: "ACT-10")), index: 99))
        #expect(plan.actionPlan.activities.last?.id == "ACT-10")
    }

    @Test func everyRecordCanBeSetAndUndone() throws {
        var mandate = Mandate()
        mandate.authority = "Council of Ministers"
        var economy = Economy()
        economy.gdp.baseValue = 42
        var meta = cleanPlan().meta
        meta.title = "Renamed"
        let records: [PlanRecord] = [
            .meta(meta), .mandate(mandate), .leadMinistry(nil), .economy(economy), .coverageThreshold(66),
            .vision("Social protection for all"), .actionPlanStart(Day(iso: "2026-03-02")),
        ]
        for record in records {
            var plan = cleanPlan()
            let inverse = try plan.apply(.set(record))
            #expect(plan != cleanPlan(), "setting \(record.label) changed nothing")
            let redo = try plan.apply(inverse)
            #expect(plan == cleanPlan(), "undoing \(record.label) did not restore the plan")
            #expect(redo == .set(record))
        }
    }

    @Test func batchIsAllOrNothingAndUndoesInReverse() throws {
        var plan = cleanPlan()
        let good: Edit = .batch([.insert(Scheme(id: "SCH-2")), .delete(.scheme, id: "SCH-1")])
        let inverse = try plan.apply(good)
        #expect(plan.stocktake.schemes.map(\.id) == ["SCH-2"])
        try plan.apply(inverse)
        #expect(plan == cleanPlan())
        let bad: Edit = .batch([.insert(Scheme(id: "SCH-3")), .delete(.scheme, id: "SCH-404")])
        #expect(throws: EditError.self) { try plan.apply(bad) }
        #expect(plan == cleanPlan())
    }

    @Test func editsRoundTripThroughJSON() throws {
        var scheme = Scheme(id: "SCH-7")
        scheme.contingencies = [.oldAge, .survivors]
        let edits: [Edit] = [
            .insert(AnyEntity(scheme), index: 2), .update(AnyEntity(Activity(id: "ACT-1"))),
            .delete(.gap, id: "GAP-1"), .set(.actionPlanStart(Day(iso: "2026-01-05"))),
            .batch([.set(.vision("x")), .delete(.measure, id: "MEA-1")]),
        ]
        for edit in edits {
            let data = try JSONEncoder().encode(edit)
            #expect(try JSONDecoder().decode(Edit.self, from: data) == edit)
        }
    }

    @Test func nextIDFollowsTheHighestNumber() throws {
        var plan = cleanPlan()
        #expect(plan.nextID(for: .scheme) == "SCH-2")
        try plan.apply(.insert(Scheme(id: "SCH-41")))
        try plan.apply(.insert(Scheme(id: "custom")))
        #expect(plan.nextID(for: .scheme) == "SCH-42")
        #expect(plan.nextID(for: .recommendation) == "REC-1")
    }

    @Test func summariesNameWhatChanged() {
        #expect(Edit.insert(Scheme(id: "SCH-2")).summary == "added scheme SCH-2")
        #expect(Edit.delete(.activity, id: "ACT-3").summary == "deleted activity ACT-3")
        #expect(Edit.set(.vision("v")).summary == "changed the vision")
    }

    @Test func newPlansLayOutTheApprovalPath() {
        let plan = cleanPlan()
        #expect(plan.strategy.approvals.map(\.stage) == ApprovalStage.allCases)
        #expect(plan.strategy.criteria.count == 5)
        #expect(Set(plan.administration.costCeilings.map(\.schemeType)) == Set(SchemeType.allCases))
    }
}

/// The strategy document's texts change through the one edit path, and undoing restores the plan
/// exactly (a plan without texts has no document at all).
struct NarrativeEditTests {
    @Test func settingATextAndUndoingIt() throws {
        var plan = Plan.new(meta: PlanMeta(country: Country(name: "Zembla", code: "ZM"), title: "T", currency: "ZMD",
                                           baseYear: 2025, firstYear: 2026, lastYear: 2030))
        let original = plan
        let undo = try plan.apply(.set(.narrative(.foreword, "A foreword.")))
        #expect(plan.narrative(.foreword) == "A foreword." && plan.emptyNarratives.count == NarrativeSection.allCases.count - 1)
        #expect(Edit.set(.narrative(.foreword, "x")).summary == "changed the document text \"Foreword\"")
        try plan.apply(undo)
        #expect(plan == original && plan.document == nil)
        try plan.apply(.set(.documentVersion("1.0")))
        #expect(plan.documentVersion == "1.0")
        plan[narrative: .evaluation] = "An evaluation."
        #expect(original.recordEdit(to: plan) == .batch([.set(.documentVersion("1.0")), .set(.narrative(.evaluation, "An evaluation."))]))
    }
}
