import Foundation
import PlanDomain
import Testing
@testable import PlanStore

/// Two sessions of one machine editing one plan folder: each save is applied to the newest plan on
/// disk, merged field by field with what the other saved; the same field changed by both is kept
/// as a conflict with both values; nothing confirmed is lost, and both end with the plan on disk.
struct CoEditingTests {
    /// The holder of the lock and a session editing beside it, on a fresh plan folder.
    func twoSessions(_ folder: TemporaryFolder) throws -> (amina: PlanStore, joao: PlanStore) {
        let url = try folder.unlockedPlan()
        let amina = try PlanStore.open(at: url, user: "amina", share: true)
        let joao = try PlanStore.open(at: url, user: "joao", pid: getpid(), share: true)
        return (amina, joao)
    }

    func changingScheme(_ store: PlanStore, _ id: String = "SCH-1", _ change: (inout Scheme) -> Void) throws
        -> (Plan, Edit)
    {
        var scheme = try #require(store.plan.entity(Scheme.self, id: id))
        change(&scheme)
        let edit = Edit.update(scheme)
        return (try store.plan.applying(edit), edit)
    }

    @Test func aSecondSessionEditsBesideTheHolderUnlessSharingIsOff() throws {
        let folder = TemporaryFolder()
        let (amina, joao) = try twoSessions(folder)
        #expect(amina.mode == .readWrite && !amina.coEditing)
        #expect(joao.mode == .readWrite && joao.coEditing)
        #expect(joao.heartbeat())
        let exclusive = try PlanStore.open(at: amina.folder.url, user: "third")
        #expect(exclusive.mode.holder?.user == "amina")
    }

    @Test func editsToDifferentEntitiesAndFieldsMergeWithoutAsking() throws {
        let folder = TemporaryFolder()
        let (amina, joao) = try twoSessions(folder)
        let (renamed, rename) = try changingScheme(amina) { $0.name = "Caisse renamed by amina" }
        #expect(try amina.saveMerging(renamed, edit: rename).others == nil)
        // Joao's plan is stale: he changes another field of the same scheme, and adds a scheme.
        let (costed, cost) = try changingScheme(joao) { $0.expenditure = 9_999 }
        let costedSave = try joao.saveMerging(costed, edit: cost)
        #expect(costedSave.conflicts.isEmpty)
        #expect(costedSave.others?.names == ["amina"])
        var added = Scheme(id: "SCH-3")
        added.name = "Added by joao"
        let insert = Edit.insert(added)
        _ = try joao.saveMerging(try joao.plan.applying(insert), edit: insert)
        let (other, otherEdit) = try changingScheme(amina, "SCH-2") { $0.name = "Second, by amina" }
        _ = try amina.saveMerging(other, edit: otherEdit)

        let disk = try PlanStore.load(at: amina.folder.url)
        let scheme = try #require(disk.entity(Scheme.self, id: "SCH-1"))
        #expect(scheme.name == "Caisse renamed by amina")
        #expect(scheme.expenditure == 9_999)
        #expect(disk.entity(Scheme.self, id: "SCH-3")?.name == "Added by joao")
        #expect(disk.entity(Scheme.self, id: "SCH-2")?.name == "Second, by amina")
        #expect(disk.conflicts == nil)
        // Both sessions converge on the plan on disk.
        _ = try joao.catchUp()
        #expect(amina.plan == disk)
        #expect(joao.plan == disk)
        // The journal says who made each edit, and its lines replay to plan.json.
        let journal = try amina.journal().entries
        #expect(journal.map(\.user) == ["amina", "joao", "joao", "amina"])
        var replayed = samplePlan()
        for entry in journal { try replayed.apply(entry.edit) }
        replayed.schemaVersion = disk.schemaVersion
        #expect(replayed == disk)
    }

    @Test func theSameFieldKeepsTheLaterValueAndRecordsBoth() throws {
        let folder = TemporaryFolder()
        let (amina, joao) = try twoSessions(folder)
        let (first, firstEdit) = try changingScheme(amina) { $0.name = "Amina's name" }
        _ = try amina.saveMerging(first, edit: firstEdit)
        let (second, secondEdit) = try changingScheme(joao) { $0.name = "João's name" }
        let saved = try joao.saveMerging(second, edit: secondEdit, time: "2026-11-30T13:00:00Z")
        let conflict = try #require(saved.conflicts.first)
        #expect(saved.conflicts.count == 1)
        #expect(conflict.id == "SCH-1" && conflict.field == "name")
        #expect(conflict.ours == .string("João's name") && conflict.oursBy == "joao")
        #expect(conflict.theirs == .string("Amina's name") && conflict.theirsBy == "amina")
        let disk = try PlanStore.load(at: amina.folder.url)
        #expect(disk.entity(Scheme.self, id: "SCH-1")?.name == "João's name")
        #expect(disk.conflicts == [conflict])
        let others = try #require(try amina.catchUp())
        #expect(others.names == ["joao"])
        #expect(amina.plan == disk)
        // Choosing theirs is one edit like any other, and the other session takes it in.
        let resolution = try joao.plan.resolution(of: conflict, choosing: .theirs)
        _ = try joao.saveMerging(try joao.plan.applying(resolution), edit: resolution)
        #expect(try amina.catchUp()?.names == ["joao"])
        #expect(amina.plan.entity(Scheme.self, id: "SCH-1")?.name == "Amina's name")
        #expect(amina.plan.conflicts == nil)
        #expect(amina.plan == (try PlanStore.load(at: amina.folder.url)))
    }

    @Test func catchingUpTakesInTheOthersLinesOrReadsAPlanChangedOutsideSocle() throws {
        let folder = TemporaryFolder()
        let (amina, joao) = try twoSessions(folder)
        #expect(try joao.catchUp() == nil)
        let (renamed, rename) = try changingScheme(amina) { $0.name = "Renamed" }
        _ = try amina.saveMerging(renamed, edit: rename)
        let others = try #require(try joao.catchUp())
        #expect(others.entries.map(\.summary) == ["changed scheme SCH-1"])
        #expect(others.before.entity(Scheme.self, id: "SCH-1")?.name == "Caixa de Previdência / pensions")
        #expect(joao.plan == amina.plan)
        #expect(try joao.catchUp() == nil)
        // plan.json replaced by hand (or by git): read again, as it is.
        try amina.flush()
        #expect(try joao.catchUp() == nil, "plan.json rewritten by amina's writer is what joão has")
        var outside = amina.plan
        outside.meta.title = "Edited by hand"
        try PlanCodec.encode(outside, file: "plan.json").write(to: amina.folder.planFile)
        let reread = try #require(try joao.catchUp())
        #expect(reread.entries.isEmpty)
        #expect(joao.plan.meta.title == "Edited by hand")
    }
}

extension CoEditingTests {
    @Test func twoItemsAddedUnderOneIdBothStayTheLaterRenumbered() throws {
        let folder = TemporaryFolder()
        let (amina, joao) = try twoSessions(folder)
        var first = Scheme(id: "SCH-3")
        first.name = "Amina's"
        _ = try amina.saveMerging(try amina.plan.applying(.insert(first)), edit: .insert(first))
        var second = Scheme(id: "SCH-3")
        second.name = "João's"
        let saved = try joao.saveMerging(try joao.plan.applying(.insert(second)), edit: .insert(second))
        #expect(saved.renumbered.map { "\($0.from) \($0.to)" } == ["SCH-3 SCH-4"])
        let disk = try PlanStore.load(at: amina.folder.url)
        #expect(disk.stocktake.schemes.map { "\($0.id) \($0.name)" }.suffix(2).sorted() == ["SCH-3 Amina's", "SCH-4 João's"])
    }
}
