import Testing
@testable import PlanDomain

/// `Validation.update` re-runs only the steps that read what an edit changed; after any sequence of
/// edits its findings must be exactly those of a full validation of the plan.
@Suite("Incremental validation agrees with the full validation")
struct IncrementalValidationTests {
    typealias Random = LookupTests.Random

    /// A random edit of `plan`, through the edit path: a delete, a copy inserted, an entity given
    /// another's fields under its own id (references, titles and figures change), an id taken twice,
    /// or a change to the plan's details, economy, threshold or timetable start.
    static func randomEdit(of plan: inout Plan, _ random: inout Random, step: Int) {
        let kinds = EntityKind.allCases
        let kind = kinds[random.next(kinds.count)]
        let entities = plan.entities(kind)
        switch random.next(8) {
        case 0 where !entities.isEmpty:
            _ = try? plan.apply(.delete(kind, id: entities[random.next(entities.count)].id))
        case 1 where !entities.isEmpty:
            var twin = entities[random.next(entities.count)]
            twin.id = "\(twin.id)-r\(step)"
            _ = try? plan.apply(.insert(AnyEntity(twin), index: random.next(entities.count + 1)))
        case 2, 3:
            guard entities.count > 1 else { return }
            var other = entities[random.next(entities.count)]
            other.id = entities[random.next(entities.count)].id
            _ = try? plan.apply(.update(AnyEntity(other)))
        case 4 where !entities.isEmpty:
            var twin = entities[random.next(entities.count)]
            twin.id = entities[random.next(entities.count)].id
            plan.replaceAll(kind, with: entities + [twin])
        case 5:
            var meta = plan.meta
            meta.lastYear = [meta.lastYear + 1, meta.lastYear - 3, meta.firstYear - 1, 2500][random.next(4)]
            if random.next(3) == 0 { meta.numberFormat = .spaceComma }
            _ = try? plan.apply(.set(.meta(meta)))
        case 6:
            var economy = plan.stocktake.economy
            economy.gdp.baseValue = [0, -5, 1e12][random.next(3)]
            economy.fiscalSpaceCeilingPercentOfGDP = [nil, 0.5, 150][random.next(3)]
            _ = try? plan.apply(.set(.economy(economy)))
        default:
            _ = try? plan.apply(.set(.coverageThreshold([50, 150, -1][random.next(3)])))
        }
    }

    @Test("after each of 300 random edits, the kept validation gives the full validation's findings",
          arguments: [1, 2, 3, 4] as [UInt64])
    func randomEdits(seed: UInt64) throws {
        var plan = try ExamplePlanTests.loadPlan()
        var random = Random(state: seed)
        var validation = Validation()
        #expect(validation.update(to: plan) == plan.validate())
        var skipped = 0
        for step in 0..<300 {
            Self.randomEdit(of: &plan, &random, step: step)
            let numbers: NumberConvention? = random.next(10) == 0 ? .pointComma : nil
            let kept = validation.update(to: plan, numbers: numbers)
            let full = plan.validate(numbers: numbers)
            let same = kept == full
            #expect(same, "seed \(seed), step \(step): \(Self.difference(kept, full))")
            skipped += Validator.steps.count - validation.stepsRun
        }
        #expect(skipped > 0, "every step ran every time: nothing was kept")
    }

    /// What one list of findings has that the other lacks, briefly.
    static func difference(_ kept: [Finding], _ full: [Finding]) -> String {
        let extra = kept.filter { !full.contains($0) }.prefix(3).map { "\($0.rule) at \($0.location)" }
        let missing = full.filter { !kept.contains($0) }.prefix(3).map { "\($0.rule) at \($0.location)" }
        return "kept only: \(extra), full only: \(missing), counts \(kept.count) and \(full.count)"
    }

    @Test("an edit to one activity re-runs the steps that read the action plan, not the stocktake's")
    func anActivityEditRunsTheActionPlansSteps() throws {
        var plan = try ExamplePlanTests.loadPlan()
        var validation = Validation()
        validation.update(to: plan)
        #expect(validation.stepsRun == Validator.steps.count)
        var activity = plan.actionPlan.activities[0]
        activity.durationDays = -3
        try plan.apply(.update(AnyEntity(activity)))
        let findings = validation.update(to: plan)
        let readingTheActionPlan = Validator.steps.filter { $0.reads.contains(.actionPlan) }
        #expect(validation.stepsRun == readingTheActionPlan.count)
        #expect(!readingTheActionPlan.contains { $0.reads.contains(.stocktake) && !$0.reads.contains(.actionPlan) })
        #expect(findings.contains { $0.rule == .activityDuration && $0.location.id == activity.id })
        #expect(findings == plan.validate())
        validation.update(to: plan)
        #expect(validation.stepsRun == 0, "the same plan again: nothing to run")
    }

    @Test("every kind's collection is in the part PlanPart.of names")
    func partsHoldTheirKinds() throws {
        let plan = try ExamplePlanTests.loadPlan()
        for kind in EntityKind.allCases {
            var changed = plan
            changed.replaceAll(kind, with: [])
            if plan.entities(kind).isEmpty { changed.replaceAll(kind, with: [kind.type.init(id: "X")]) }
            let parts = PlanPart.allCases.filter { $0.differs(plan, changed) }
            #expect(parts == [PlanPart.of(kind)], "\(kind)")
        }
    }
}
