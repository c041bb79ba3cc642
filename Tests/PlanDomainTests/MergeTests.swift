import Testing
@testable import PlanDomain

/// The three-way merge of plans by entity id and field (`Plan.merge`), and resolving its conflicts.
struct MergeTests {
    private func measure(_ plan: Plan, _ id: EntityID) -> Measure? { plan.entity(Measure.self, id: id) }

    private func adding(_ plan: Plan, measure id: EntityID, named name: String, activity: EntityID? = nil) throws -> Plan {
        var next = plan
        var added = Measure(id: id)
        added.name = name
        try next.apply(.insert(added))
        if let activity {
            var task = Activity(id: activity)
            task.name = "Pilot of \(name)"
            task.measureId = id
            try next.apply(.insert(task))
        }
        return next
    }

    private func changing(_ plan: Plan, _ id: EntityID, _ change: (inout Measure) -> Void) throws -> Plan {
        var next = plan
        var changed = try #require(measure(plan, id))
        change(&changed)
        try next.apply(.update(changed))
        return next
    }

    @Test func mergingWithAnUnchangedSideIsTheOtherSide() throws {
        let base = cleanPlan()
        let changed = try changing(base, "MEA-1") { $0.benefit.annualAmount = 500 }
        #expect(try Plan.merge(base: base, ours: base, theirs: base).plan == base)
        #expect(try Plan.merge(base: base, ours: changed, theirs: base).plan == changed)
        #expect(try Plan.merge(base: base, ours: base, theirs: changed).plan == changed)
        #expect(try Plan.merge(base: base, ours: changed, theirs: changed).plan == changed)
        #expect(try Plan.merge(base: base, ours: changed, theirs: changed).conflicts.isEmpty)
    }

    @Test func theExamplePlanMergedWithItselfIsTheSame() throws {
        var plan = cleanPlan()
        for index in 2...20 { plan = try adding(plan, measure: "MEA-\(index)", named: "M\(index)", activity: "ACT-\(index + 1)") }
        let merged = try Plan.merge(base: plan, ours: plan, theirs: plan)
        #expect(merged.plan == plan)
        #expect(merged.conflicts.isEmpty && merged.renumbered.isEmpty)
    }

    @Test func newEntitiesOnBothSidesUnderOneIdAreBothKeptAndTheirsIsRenumberedWithItsReferences() throws {
        let base = cleanPlan()
        let ours = try adding(base, measure: "MEA-2", named: "Old-age pension", activity: "ACT-3")
        let theirs = try adding(base, measure: "MEA-2", named: "Maternity benefit", activity: "ACT-3")
        let merged = try Plan.merge(base: base, ours: ours, theirs: theirs)
        #expect(merged.conflicts.isEmpty)
        #expect(merged.plan.strategy.measures.map(\.name) == ["Universal child benefit", "Old-age pension", "Maternity benefit"])
        #expect(measure(merged.plan, "MEA-3")?.name == "Maternity benefit")
        let pilot = merged.plan.actionPlan.activities.first { $0.name == "Pilot of Maternity benefit" }
        #expect(pilot?.id == "ACT-4")
        #expect(pilot?.measureId == "MEA-3")
        #expect(merged.plan.actionPlan.activities.first { $0.id == "ACT-3" }?.measureId == "MEA-2")
        #expect(merged.renumbered.map { "\($0.from)>\($0.to)" } == ["MEA-2>MEA-3", "ACT-3>ACT-4"])
    }

    @Test func theSameEntityAddedOnBothSidesIsKeptOnce() throws {
        let base = cleanPlan()
        let both = try adding(base, measure: "MEA-2", named: "Same")
        let merged = try Plan.merge(base: base, ours: both, theirs: both)
        #expect(merged.plan == both)
    }

    @Test func changesToDifferentFieldsOfOneEntityAreBothKept() throws {
        let base = cleanPlan()
        let ours = try changing(base, "MEA-1") { $0.benefit.annualAmount = 4000 }
        let theirs = try changing(base, "MEA-1") { $0.name = "Child grant for all"; $0.benefit.description = "monthly" }
        let merged = try Plan.merge(base: base, ours: ours, theirs: theirs)
        #expect(merged.conflicts.isEmpty)
        let result = try #require(measure(merged.plan, "MEA-1"))
        #expect(result.benefit.annualAmount == 4000)
        #expect(result.benefit.description == "monthly")
        #expect(result.name == "Child grant for all")
        #expect(merged.plan.validate().errors.isEmpty)
    }

    @Test func theSameFieldChangedDifferentlyKeepsOursAndRecordsTheConflict() throws {
        let base = cleanPlan()
        let ours = try changing(base, "MEA-1") { $0.benefit.annualAmount = 4000 }
        let theirs = try changing(base, "MEA-1") { $0.benefit.annualAmount = 4500 }
        let merged = try Plan.merge(base: base, ours: ours, theirs: theirs, oursBy: "amina", theirsBy: "joão",
                                    time: "2026-11-30T10:00:00Z")
        #expect(measure(merged.plan, "MEA-1")?.benefit.annualAmount == 4000)
        let expected = PlanConflict(kind: .measure, id: "MEA-1", field: "benefit.annualAmount", base: .int(0),
                                    ours: .int(4000), theirs: .int(4500), oursBy: "amina", theirsBy: "joão",
                                    time: "2026-11-30T10:00:00Z")
        #expect(merged.conflicts == [expected])
        #expect(merged.plan.conflicts == [expected])
        let finding = try #require(merged.plan.validate().first { $0.rule == Rule.mergeConflict })
        #expect(finding.location == Location("MEA-1", Measure.Field.benefit))
        #expect(finding.message.contains("ours (amina) 4,000, theirs (joão) 4,500"))
    }

    /// A plan with a spare measure MEA-2, and ours without it.
    private func spareDeletedByUs() throws -> (base: Plan, ours: Plan) {
        let base = try adding(cleanPlan(), measure: "MEA-2", named: "Spare")
        return (base, try base.applying(.delete(.measure, id: "MEA-2")))
    }

    @Test func aDeletionIsHonouredWhenTheOtherSideLeftTheEntityAlone() throws {
        let (base, ours) = try spareDeletedByUs()
        let theirs = try changing(base, "MEA-1") { $0.name = "Renamed" }
        let merged = try Plan.merge(base: base, ours: ours, theirs: theirs)
        #expect(measure(merged.plan, "MEA-2") == nil)
        #expect(measure(merged.plan, "MEA-1")?.name == "Renamed")
        #expect(merged.conflicts.isEmpty)
        // Either way round.
        #expect(try Plan.merge(base: base, ours: theirs, theirs: ours).plan == merged.plan)
    }

    @Test func aDeletionAgainstAnEditKeepsTheEditedEntityAndRecordsTheConflict() throws {
        let (base, ours) = try spareDeletedByUs()
        let theirs = try changing(base, "MEA-2") { $0.name = "Needed after all" }
        let merged = try Plan.merge(base: base, ours: ours, theirs: theirs)
        #expect(measure(merged.plan, "MEA-2")?.name == "Needed after all")
        let conflict = try #require(merged.conflicts.first)
        #expect(merged.conflicts.count == 1)
        #expect(conflict.kind == .measure && conflict.id == "MEA-2" && conflict.field == nil)
        #expect(conflict.ours == nil && conflict.theirs != nil && conflict.base != nil)

        let mirrored = try Plan.merge(base: base, ours: theirs, theirs: ours)
        #expect(measure(mirrored.plan, "MEA-2")?.name == "Needed after all")
        #expect(mirrored.conflicts.first?.theirs == nil)
    }

    @Test func partsThatAreNotEntitiesMergeByField() throws {
        let base = cleanPlan()
        var ours = base, theirs = base
        try ours.apply(.set(.vision("Social protection for all")))
        var economy = base.stocktake.economy
        economy.minimumWage = GrowthSeries(baseValue: 2e6, growthPercent: 2)
        try theirs.apply(.set(.economy(economy)))
        let merged = try Plan.merge(base: base, ours: ours, theirs: theirs)
        #expect(merged.plan.strategy.vision == "Social protection for all")
        #expect(merged.plan.stocktake.economy == economy)

        try theirs.apply(.set(.vision("Another vision")))
        let clash = try Plan.merge(base: base, ours: ours, theirs: theirs)
        #expect(clash.conflicts.map(\.place) == ["vision"])
        #expect(clash.conflicts.first?.location == Location(RecordKind.VisionField.vision))
    }

    @Test func disjointEditsCommute() throws {
        let base = cleanPlan()
        var ours = try adding(base, measure: "MEA-2", named: "Pension")
        ours = try changing(ours, "MEA-1") { $0.eligibility = "All children" }
        var theirs = try changing(base, "MEA-1") { $0.startYear = 2028 }
        try theirs.apply(.set(.vision("V")))
        try theirs.apply(.delete(.activity, id: "ACT-2"))
        let one = try Plan.merge(base: base, ours: ours, theirs: theirs)
        let other = try Plan.merge(base: base, ours: theirs, theirs: ours)
        #expect(one.conflicts.isEmpty && other.conflicts.isEmpty)
        #expect(one.plan == other.plan)
        #expect(measure(one.plan, "MEA-1")?.startYear == 2028)
        #expect(measure(one.plan, "MEA-1")?.eligibility == "All children")
        #expect(one.plan.actionPlan.activities.map(\.id) == ["ACT-1"])
    }

    /// Property: for random edit sequences on disjoint entities, the merge is the identity on an
    /// unchanged side, and the two orders agree.
    @Test(arguments: 0..<25) func randomDisjointEditsCommute(seed: Int) throws {
        var random = SplitMix(seed: UInt64(seed))
        var base = cleanPlan()
        for index in 2...9 { base = try adding(base, measure: "MEA-\(index)", named: "M\(index)") }
        func edited(_ ids: [EntityID]) throws -> Plan {
            var plan = base
            for id in ids {
                switch random.next() % 3 {
                case 0: plan = try changing(plan, id) { $0.benefit.annualAmount = Double(random.next() % 10_000) }
                case 1: plan = try changing(plan, id) { $0.name += " (\(random.next() % 100))" }
                default: try plan.apply(.delete(.measure, id: id))
                }
            }
            return plan
        }
        let ours = try edited(["MEA-2", "MEA-4", "MEA-6", "MEA-8"])
        let theirs = try edited(["MEA-3", "MEA-5", "MEA-7", "MEA-9"])
        let one = try Plan.merge(base: base, ours: ours, theirs: theirs)
        #expect(one.conflicts.isEmpty)
        #expect(one.plan == (try Plan.merge(base: base, ours: theirs, theirs: ours)).plan)
        #expect(try Plan.merge(base: base, ours: ours, theirs: base).plan == ours)
        #expect(try Plan.merge(base: base, ours: base, theirs: theirs).plan == theirs)
        #expect(try Plan.merge(base: ours, ours: ours, theirs: ours).plan == ours)
    }

    /// An import of thousands of rows on each side: every row kept, in order (placing their rows is
    /// linear: a quadratic placement made this test take minutes).
    @Test func thousandsOfNewEntitiesOnBothSidesAreAllKeptInOrder() throws {
        let base = cleanPlan()
        func importing(_ prefix: String) -> Plan {
            var plan = base
            plan.actionPlan.activities += (3...5_002).map { number in
                var task = Activity(id: "ACT-\(number)")
                task.name = "\(prefix) \(number)"
                return task
            }
            return plan
        }
        let merged = try Plan.merge(base: base, ours: importing("ours"), theirs: importing("theirs"))
        let names = merged.plan.actionPlan.activities.map(\.name)
        #expect(names.count == 2 + 2 * 5_000)
        #expect(names[2] == "ours 3" && names[5_002] == "theirs 3" && names.last == "theirs 5002")
        #expect(merged.renumbered.count == 5_000 && merged.plan.actionPlan.activities.last?.id == "ACT-10002")
    }

    @Test func withoutACommonAncestorEveryDifferenceIsAConflict() throws {
        let ours = try changing(cleanPlan(), "MEA-1") { $0.name = "Ours" }
        let theirs = try changing(cleanPlan(), "MEA-1") { $0.name = "Theirs" }
        let merged = try Plan.merge(base: nil, ours: ours, theirs: theirs)
        #expect(merged.conflicts.map(\.place) == ["measure MEA-1, name"])
        #expect(merged.conflicts.first?.base == nil)
    }

    @Test func storedConflictsMergeAsASet() {
        let a = PlanConflict(kind: .measure, id: "MEA-1", field: "name", base: nil, ours: .string("a"), theirs: .string("b"))
        let b = PlanConflict(kind: .gap, id: "GAP-1", field: "description", base: nil, ours: .string("c"), theirs: .string("d"))
        let c = PlanConflict(kind: nil, id: nil, field: "strategy.vision", base: nil, ours: .string("e"), theirs: .string("f"))
        // b resolved on their side, c added on ours.
        #expect(Plan.mergeConflictSets(base: [a, b], ours: [a, b, c], theirs: [a]) == [a, c])
    }

    @Test func choosingASideResolvesThroughOneEdit() throws {
        let base = cleanPlan()
        let ours = try changing(base, "MEA-1") { $0.benefit.annualAmount = 4000 }
        let theirs = try changing(base, "MEA-1") { $0.benefit.annualAmount = 4500 }
        var plan = try Plan.merge(base: base, ours: ours, theirs: theirs).plan
        let conflict = try #require(plan.conflicts?.first)
        let edit = try plan.resolution(of: conflict, choosing: .theirs)
        #expect(edit.summary == "resolved a merge conflict: changed measure MEA-1")
        let undo = try plan.apply(edit)
        #expect(measure(plan, "MEA-1")?.benefit.annualAmount == 4500)
        #expect(plan.conflicts == nil)
        #expect(plan.validate().filter { $0.rule == Rule.mergeConflict }.isEmpty)
        try plan.apply(undo)
        #expect(plan.conflicts == [conflict])
        #expect(measure(plan, "MEA-1")?.benefit.annualAmount == 4000)
    }

    @Test func choosingForADeletedEntityDeletesOrRestoresIt() throws {
        let (base, ours) = try spareDeletedByUs()
        let theirs = try changing(base, "MEA-2") { $0.name = "Needed" }
        let merged = try Plan.merge(base: base, ours: ours, theirs: theirs).plan
        let conflict = try #require(merged.conflicts?.first)
        let deleted = try merged.applying(merged.resolution(of: conflict, choosing: .ours))
        #expect(measure(deleted, "MEA-2") == nil && deleted.conflicts == nil)
        let restored = try merged.applying(merged.resolution(of: conflict, choosing: .base))
        #expect(measure(restored, "MEA-2")?.name == "Spare")
        let kept = try merged.applying(merged.resolution(of: conflict, choosing: .theirs))
        #expect(measure(kept, "MEA-2")?.name == "Needed")
    }

    @Test func choosingForAPartThatIsNotAnEntitySetsIt() throws {
        let base = cleanPlan()
        var ours = base, theirs = base
        try ours.apply(.set(.vision("Ours")))
        try theirs.apply(.set(.vision("Theirs")))
        let merged = try Plan.merge(base: base, ours: ours, theirs: theirs).plan
        let conflict = try #require(merged.conflicts?.first)
        let chosen = try merged.applying(merged.resolution(of: conflict, choosing: .theirs))
        #expect(chosen.strategy.vision == "Theirs" && chosen.conflicts == nil)
    }

    /// Every property an entity stores (but its id) names the typed field a form edits, so a
    /// conflict's finding lands on its field.
    @Test func everyStoredPropertyOfAnEntityHasItsTypedField() throws {
        for kind in EntityKind.allCases {
            func blank<E: PlanEntity>(_ type: E.Type) throws -> JSONValue { try JSONValue.of(E(id: "X-1")) }
            let properties = try #require(try blank(kind.type).object).keys.filter { $0 != "id" }
            for property in properties {
                #expect(FieldID.forProperty(property, of: .entity(kind)) != nil, "\(kind): \(property) has no field")
            }
        }
    }

    @Test func aPlanRoundTripsThroughTheTree() throws {
        var plan = cleanPlan()
        plan.actionPlan.startDate = Day(year: 2026, month: 3, day: 1)!
        plan.meta.numberFormat = .spaceComma
        #expect(try JSONValue.of(plan).decode(Plan.self) == plan)
    }
}

/// A small deterministic random source for property tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
