import Foundation
import Testing
@testable import PlanDomain

/// `Validation.update` re-runs only the steps that read what an edit changed; after any sequence of
/// edits its findings must be exactly those of a full validation of the plan.
///
/// Each random-edit test makes `editCount` edits per seed (80 by default, so that the suite stays quick
/// in CI: each edit costs a full validation of the example in a debug build);
/// `SOCLE_EDITS=1000 swift test --filter IncrementalValidationTests` runs longer sequences.
@Suite("Incremental validation agrees with the full validation")
struct IncrementalValidationTests {
    typealias Random = LookupTests.Random

    static var editCount: Int {
        ProcessInfo.processInfo.environment["SOCLE_EDITS"].flatMap(Int.init).map { max(1, $0) } ?? 80
    }

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

    @Test("after each of a sequence of random edits (SOCLE_EDITS, 80 by default), the kept validation gives the full validation's findings",
          arguments: [1, 2, 3, 4] as [UInt64])
    func randomEdits(seed: UInt64) throws {
        var plan = try ExamplePlanTests.loadPlan()
        var random = Random(state: seed)
        var validation = Validation()
        #expect(validation.update(to: plan) == plan.validate())
        var skipped = 0
        for step in 0..<Self.editCount {
            Self.randomEdit(of: &plan, &random, step: step)
            let numbers: NumberConvention? = random.next(10) == 0 ? .pointComma : nil
            // On every core, on the calling thread, or as the plan's size decides (the example: one thread).
            validation.concurrency = [true, false, nil][step % 3]
            let kept = validation.update(to: plan, numbers: numbers)
            let full = plan.validate(numbers: numbers)
            let same = kept == full
            #expect(same, "seed \(seed), step \(step): \(Self.difference(kept, full))")
            skipped += Validator.steps.count - validation.stepsRun
        }
        #expect(skipped > 0, "every step ran every time: nothing was kept")
    }

    @Test("on every core the findings are those of one thread, in the same order, from nothing and after edits")
    func everyCoreFindsWhatOneThreadFinds() throws {
        var plan = try ExamplePlanTests.loadPlan()
        var random = Random(state: 11)
        var parallel = Validation(), serial = Validation()
        (parallel.concurrency, serial.concurrency) = (true, false)
        for step in 0..<Self.editCount / 2 {
            let found = parallel.update(to: plan)
            #expect(found == serial.update(to: plan), "step \(step): \(Self.difference(found, serial.findings))")
            #expect(parallel.stepsRun == serial.stepsRun && parallel.activitiesChecked == serial.activitiesChecked
                        && parallel.schemesChecked == serial.schemesChecked)
            switch step % 3 {
            case 0: Self.randomActivityEdit(of: &plan, &random, step: step)
            case 1: Self.randomSchemeEdit(of: &plan, &random, step: step)
            default: Self.randomEdit(of: &plan, &random, step: step)
            }
        }
        #expect(!parallel.findings.isEmpty)
    }

    @Test("on every core a large plan's runs of activities and schemes join into one thread's findings, before and after edits")
    func manyRunsJoinAsOneThread() throws {
        // The example's activities and schemes forty times over (ids and dependencies suffixed per
        // copy): 1,800 activities and enough schemes that each is checked in several runs.
        var plan = try ExamplePlanTests.loadPlan()
        let activities = plan.actionPlan.activities, schemes = plan.stocktake.schemes
        for copy in 1..<40 {
            plan.actionPlan.activities += activities.map { activity in
                var activity = activity
                activity.id += "-\(copy)"
                activity.description = copy % 2 == 0 ? "" : activity.description // a finding in every run
                activity.dependencies = activity.dependencies.map { dependency in
                    var dependency = dependency
                    dependency.activityId += "-\(copy)"
                    return dependency
                }
                return activity
            }
            plan.stocktake.schemes += schemes.map { scheme in
                var scheme = scheme
                scheme.id += "-\(copy)"
                if copy % 3 == 0 { scheme.expenditure = -1 }
                return scheme
            }
        }
        var parallel = Validation(), serial = Validation()
        (parallel.concurrency, serial.concurrency) = (true, false)
        var random = Random(state: 5)
        for step in 0..<3 {
            let found = parallel.update(to: plan)
            #expect(found == serial.update(to: plan), "step \(step): \(Self.difference(found, serial.findings))")
            #expect(found == plan.validate(), "step \(step)")
            Self.randomActivityEdit(of: &plan, &random, step: step)
            Self.randomSchemeEdit(of: &plan, &random, step: step)
        }
        #expect(parallel.findings.filter { $0.rule == .activityDescription }.count > 800, "findings in every run of activities")
        #expect(parallel.findings.filter { $0.location.kind == .scheme && $0.severity == .error }.count > 100,
                "findings in every run of schemes")
    }

    /// What one list of findings has that the other lacks, briefly.
    static func difference(_ kept: [Finding], _ full: [Finding]) -> String {
        let extra = kept.filter { !full.contains($0) }.prefix(3).map { "\($0.rule) at \($0.location)" }
        let missing = full.filter { !kept.contains($0) }.prefix(3).map { "\($0.rule) at \($0.location)" }
        return "kept only: \(extra), full only: \(missing), counts \(kept.count) and \(full.count)"
    }

    @Test("an edit to one activity checks that activity again, and runs only the steps that read every activity")
    func anActivityEditChecksThatActivity() throws {
        var plan = try ExamplePlanTests.loadPlan()
        var validation = Validation()
        validation.update(to: plan)
        #expect(validation.stepsRun == Validator.steps.count)
        var activity = plan.actionPlan.activities[2]
        activity.budget = -3
        activity.responsibleId = nil
        try plan.apply(.update(AnyEntity(activity)))
        let findings = validation.update(to: plan)
        let perActivity = Validator.steps.filter { $0.eachActivity != nil }
        let readingActivities = Validator.steps.filter { $0.reads.contains(.activities) }
        #expect(validation.stepsRun == readingActivities.count)
        #expect(validation.activitiesChecked == perActivity.count, "only the edited activity, once per step")
        #expect(validation.schemesChecked == 0)
        #expect(!readingActivities.contains { $0.reads.contains(.schemes) })
        #expect(findings.contains { $0.rule == .valueNegative && $0.location.id == activity.id })
        #expect(findings.contains { $0.rule == .activityResponsible && $0.location.id == activity.id })
        #expect(findings == plan.validate())
        // The steps that read every activity's fields and are not per activity: few, and named here.
        #expect(readingActivities.count - perActivity.count == 4,
                "approved versions, the dimensions no activity works in, output indicators, the schedule")
        #expect(Validator.steps.filter { $0.reads.contains(.activityLinks) }.count == 1, "the trace reads the activities' links")
        validation.update(to: plan)
        #expect(validation.stepsRun == 0, "the same plan again: nothing to run")
    }

    @Test("a new duration checks again that activity, and the dates of the activities whose schedule moved")
    func aDurationChecksTheDatesThatMoved() throws {
        var plan = try ExamplePlanTests.loadPlan()
        var validation = Validation()
        validation.update(to: plan)
        let before = plan.schedule()
        let edited = plan.actionPlan.activities.indices.first { position in
            plan.actionPlan.activities.contains { $0.dependencies.contains { $0.activityId == plan.actionPlan.activities[position].id } }
        }!
        var activity = plan.actionPlan.activities[edited]
        activity.durationDays += 400
        try plan.apply(.update(AnyEntity(activity)))
        #expect(validation.update(to: plan) == plan.validate())
        let after = plan.schedule()
        let moved = plan.actionPlan.activities.indices.filter { position in
            position != edited && (before.entry(at: position).map { [$0.startDay, $0.endDay] }
                                   != after.entry(at: position).map { [$0.startDay, $0.endDay] })
        }
        #expect(!moved.isEmpty, "the activities after it move")
        let perActivity = Validator.steps.filter { $0.eachActivity != nil }.count
        #expect(validation.activitiesChecked == perActivity + moved.count,
                "the edited activity once per step, and the dates of those that moved")
    }

    @Test("inserting or deleting an activity checks again every activity (references to activities change)")
    func anInsertedActivityChecksEveryActivity() throws {
        var plan = try ExamplePlanTests.loadPlan()
        var validation = Validation()
        validation.update(to: plan)
        var twin = plan.actionPlan.activities[0]
        twin.id = "A-NEW"
        try plan.apply(.insert(AnyEntity(twin), index: 1))
        #expect(validation.update(to: plan) == plan.validate())
        let perActivity = Validator.steps.filter { $0.eachActivity != nil }
        let referring = perActivity.filter { $0.reads.contains(.activityIds) }
        #expect(validation.activitiesChecked == referring.count * plan.actionPlan.activities.count
                    + perActivity.count - referring.count,
                "the steps that read activities' ids check all, the others only the new one")
    }

    /// A random edit of one activity (its dates, dependencies — to existing, missing and itself, and
    /// cycles —, duration, owners, budget, status, progress, texts, dimensions, measure), of what the
    /// per-activity checks read besides it (the measures, stakeholders), or a delete or an insert.
    static func randomActivityEdit(of plan: inout Plan, _ random: inout Random, step: Int) {
        let activities = plan.actionPlan.activities
        guard activities.count > 1 else { return randomEdit(of: &plan, &random, step: step) }
        var activity = activities[random.next(activities.count)]
        let other = activities[random.next(activities.count)]
        let days = [nil, Day(year: 2027, month: 3, day: 1), Day(year: 1700, month: 1, day: 1), Day(year: 2090, month: 5, day: 5)]
        switch random.next(16) {
        case 0: activity.start = days[random.next(days.count)]
        case 1: activity.notEarlierThan = days[random.next(days.count)]
        case 2:
            activity.actualStart = days[random.next(days.count)]
            activity.actualFinish = days[random.next(days.count)]
        case 3: activity.durationDays = [-2, 0, 1, 30, 4000][random.next(5)]
        case 4: activity.dependencies.append(Dependency(activityId: [other.id, "MISSING", activity.id][random.next(3)]))
        case 5: activity.dependencies = random.next(3) == 0 ? [] : Array(activity.dependencies.dropFirst())
        case 6:
            // A cycle: the other activity waits on this one, and this one on the other.
            var back = other
            back.dependencies.append(Dependency(activityId: activity.id, lagDays: random.next(5)))
            _ = try? plan.apply(.update(AnyEntity(back)))
            activity.dependencies.append(Dependency(activityId: other.id))
        case 7:
            activity.responsibleId = [nil, "GONE", plan.foundations.stakeholders.first?.id][random.next(3)]
            activity.partnerIds = random.next(2) == 0 ? [] : ["NOBODY"]
        case 8: activity.budget = [0, -10, 1e6, 5e9][random.next(4)]
        case 9: activity.status = ActivityStatus.allCases[random.next(ActivityStatus.allCases.count)]
        case 10:
            activity.progressPercent = [0, 50, 100, 140][random.next(4)]
            activity.milestone.toggle()
        case 11:
            activity.name = random.next(2) == 0 ? "" : "Renamed \(step)"
            activity.output = ["", "A report"][random.next(2)]
            activity.verification = ["", "Minutes"][random.next(2)]
            activity.description = ["", "Does it"][random.next(2)]
        case 12:
            activity.dimensions = random.next(2) == 0 ? [] : [Dimension.allCases[random.next(Dimension.allCases.count)]]
            activity.measureId = [nil, "NONE", plan.strategy.measures.first?.id][random.next(3)]
        case 13: return randomEdit(of: &plan, &random, step: step)
        case 14:
            _ = try? plan.apply(.delete(.activity, id: activity.id))
            return
        default:
            activity.id = "\(activity.id)-n\(step)"
            _ = try? plan.apply(.insert(AnyEntity(activity), index: random.next(activities.count + 1)))
            return
        }
        _ = try? plan.apply(.update(AnyEntity(activity)))
    }

    /// A random edit of one scheme's figures, relations or references (or of what the per-scheme
    /// checks read besides the scheme: groups, stakeholders, service profiles, cost ceilings, the
    /// schemes measures replace), through the edit path.
    static func randomSchemeEdit(of plan: inout Plan, _ random: inout Random, step: Int) {
        let schemes = plan.stocktake.schemes
        guard !schemes.isEmpty else { return randomEdit(of: &plan, &random, step: step) }
        var scheme = schemes[random.next(schemes.count)]
        let otherId = schemes[random.next(schemes.count)].id
        let groups = plan.stocktake.groups
        switch random.next(12) {
        case 0: scheme.expenditure = [nil, -1, 0, 5e6, 1e12][random.next(5)]
        case 1: scheme.administrativeCost = [nil, -2, 1e5, 9e12][random.next(4)]
        case 2: scheme.type = SchemeType.allCases[random.next(SchemeType.allCases.count)]
        case 3: scheme.branchOf = [nil, otherId, "NOPE", scheme.id][random.next(4)]
        case 4: scheme.exclusiveWith = random.next(2) == 0 ? [] : [otherId, "GONE"]
        case 5 where !groups.isEmpty:
            let group = groups[random.next(groups.count)].id
            scheme.recipients.append(GroupCount(groupId: group, count: [1, 1e9, -4][random.next(3)]))
            if random.next(2) == 0 { scheme.groupIds.append(group) }
        case 6: scheme.contingencies = random.next(3) == 0 ? [] : [Contingency.allCases[random.next(9)]]
        case 7: scheme.year = [nil, 2020, 1800][random.next(3)]
        case 8: scheme.name = random.next(2) == 0 ? "" : "Renamed \(step)"
        case 9 where !groups.isEmpty:
            // What the per-scheme checks read besides the scheme: a group's size.
            var group = groups[random.next(groups.count)]
            group.size = [0, 10, 1e8][random.next(3)]
            _ = try? plan.apply(.update(AnyEntity(group)))
            return
        case 10 where !plan.strategy.measures.isEmpty:
            var measure = plan.strategy.measures[random.next(plan.strategy.measures.count)]
            measure.replacesSchemeIds = random.next(2) == 0 ? [] : [otherId]
            _ = try? plan.apply(.update(AnyEntity(measure)))
            return
        case 11:
            return randomEdit(of: &plan, &random, step: step)
        default: scheme.financing = FinancingShares()
        }
        _ = try? plan.apply(.update(AnyEntity(scheme)))
    }

    @Test("after each of a sequence of random scheme (activity) edits, the kept validation gives the full validation's findings",
          arguments: [(true, 5), (true, 6), (false, 7), (false, 8)] as [(Bool, UInt64)])
    func randomSchemeAndActivityEdits(schemes: Bool, seed: UInt64) throws {
        let perEntity = Validator.steps.filter { schemes ? $0.eachScheme != nil : $0.eachActivity != nil }.count
        let kept = try Self.keptAgreesWithFull(seed: seed, edit: schemes ? Self.randomSchemeEdit : Self.randomActivityEdit) {
            schemes ? perEntity * $1.stocktake.schemes.count - $0.schemesChecked
                : perEntity * $1.actionPlan.activities.count - $0.activitiesChecked
        }
        #expect(kept > 0, "every scheme (activity) was checked again every time: nothing was kept")
    }

    /// After each of `editCount` random edits by `edit` (from the example, random `seed`), the kept validation's
    /// findings equal the full validation's; gives the sum of `kept` over the edits.
    static func keptAgreesWithFull(seed: UInt64, edit: (inout Plan, inout Random, Int) -> Void,
                                   kept: (Validation, Plan) -> Int) throws -> Int {
        var plan = try ExamplePlanTests.loadPlan()
        var random = Random(state: seed)
        var validation = Validation()
        validation.update(to: plan)
        var total = 0
        for step in 0..<Self.editCount {
            edit(&plan, &random, step)
            // Every other edit with the schedule worked out by the caller (as the workbench does), for some day.
            let schedule = step % 2 == 0 ? nil : plan.schedule(today: step % 4 == 1 ? nil : Day(year: 2027, month: 6, day: 1))
            validation.concurrency = step % 3 == 0 ? false : true
            let findings = validation.update(to: plan, schedule: schedule)
            let full = plan.validate()
            #expect(findings == full, "seed \(seed), step \(step): \(Self.difference(findings, full))")
            total += kept(validation, plan)
        }
        return total
    }

    @Test("an edit to one scheme checks that scheme again, and runs no step that reads no scheme")
    func aSchemeEditChecksThatScheme() throws {
        var plan = try ExamplePlanTests.loadPlan()
        var validation = Validation()
        validation.update(to: plan)
        var scheme = plan.stocktake.schemes[1]
        scheme.expenditure = -7
        try plan.apply(.update(AnyEntity(scheme)))
        let findings = validation.update(to: plan)
        let perScheme = Validator.steps.filter { $0.eachScheme != nil }
        let readingSchemes = Validator.steps.filter { $0.reads.contains(.schemes) }
        #expect(validation.stepsRun == readingSchemes.count)
        #expect(validation.schemesChecked == perScheme.count, "only the edited scheme, once per step")
        #expect(findings.contains { $0.rule == .valueNegative && $0.location.id == scheme.id })
        #expect(findings == plan.validate())
        // The steps that read every scheme's fields and are not per scheme: few, and named here
        // (coverage and monitoring read views of the schemes: see the next test).
        #expect(readingSchemes.count - perScheme.count == 1, "the service profiles")
    }

    /// `entity` saved in `plan`, then `validation` updated: it gives the full validation's findings,
    /// having run exactly the steps that read a part that differs; gives those parts.
    static func update(_ plan: inout Plan, _ validation: inout Validation, with entity: AnyEntity) throws -> Set<PlanPart> {
        let before = plan
        try plan.apply(.update(entity))
        #expect(validation.update(to: plan) == plan.validate())
        let changed = Set(PlanPart.allCases.filter { $0.differs(before, plan) })
        #expect(validation.stepsRun == Validator.steps.filter { !$0.reads.isDisjoint(with: changed) }.count, "\(changed)")
        return changed
    }

    @Test("an activity's dates leave the trace alone; its measure runs it again")
    func anActivityEditRunsTheTraceOnlyForItsLinks() throws {
        var plan = try ExamplePlanTests.loadPlan()
        var validation = Validation()
        validation.update(to: plan)
        let position = plan.actionPlan.activities.count / 2
        func run(_ edit: (inout Activity) -> Void) throws -> Set<PlanPart> {
            var activity = plan.actionPlan.activities[position]
            edit(&activity)
            return try Self.update(&plan, &validation, with: AnyEntity(activity))
        }
        #expect(try !run { $0.durationDays += 3 }.contains(.activityLinks))
        #expect(try !run { $0.budget += 1000 }.contains(.activityLinks))
        #expect(try run { $0.measureId = $0.measureId == nil ? plan.strategy.measures.first?.id : nil }.contains(.activityLinks))
        #expect(try run { $0.name += " (renamed)" }.contains(.activityLinks))
    }

    @Test("a scheme's figures leave coverage and monitoring alone; its groups and contingencies run them again")
    func aSchemeEditRunsTheViewsItChanges() throws {
        var plan = try ExamplePlanTests.loadPlan()
        var validation = Validation()
        validation.update(to: plan)
        let coverage = Validator.steps.filter { $0.reads.contains(.schemeCoverage) }
        let monitoring = Validator.steps.filter { $0.reads.contains(.sdgFigures) && !$0.reads.contains(.schemes) }
        #expect(coverage.count == 1 && !coverage[0].reads.contains(.schemes))
        #expect(monitoring.count == 4, "monitoring (four steps, each on a core of its own) reads the SDG 1.3.1 figures, not the schemes")
        #expect(plan.monitoring.indicators.contains { $0.computed != nil }, "the example computes indicators")
        func counting(_ scheme: inout Scheme) { scheme.recipients[0].count = scheme.recipients[0].count * 3 + 1000 }
        // A scheme whose count of persons goes into the figures.
        let position = try #require(plan.stocktake.schemes.indices.first { position in
            guard !plan.stocktake.schemes[position].recipients.isEmpty else { return false }
            var copy = plan
            counting(&copy.stocktake.schemes[position])
            return PlanPart.sdgFigures(copy) != PlanPart.sdgFigures(plan)
        })
        func run(_ edit: (inout Scheme) -> Void) throws -> Set<PlanPart> {
            var scheme = plan.stocktake.schemes[position]
            edit(&scheme)
            return try Self.update(&plan, &validation, with: AnyEntity(scheme))
        }
        // Figures no step outside the per-scheme ones reads.
        var changed = try run { $0.expenditure = ($0.expenditure ?? 0) + 1 }
        #expect(!changed.contains(.schemeCoverage) && !changed.contains(.sdgFigures))
        // The persons it counts: the SDG 1.3.1 figures, so the computed indicators.
        changed = try run(counting)
        #expect(changed.contains(.sdgFigures) && !changed.contains(.schemeCoverage))
        // The contingencies it provides: the coverage matrix's cells.
        changed = try run { $0.contingencies = $0.contingencies.isEmpty ? [.oldAge] : [] }
        #expect(changed.contains(.schemeCoverage))
    }

    @Test("every kind's collection is in the part PlanPart.of names")
    func partsHoldTheirKinds() throws {
        let plan = try ExamplePlanTests.loadPlan()
        for kind in EntityKind.allCases {
            var changed = plan
            changed.replaceAll(kind, with: [])
            if plan.entities(kind).isEmpty { changed.replaceAll(kind, with: [kind.type.init(id: "X")]) }
            let parts = PlanPart.allCases.filter { $0.differs(plan, changed) }
            // The schemes' ids and the schemes measures replace are views of the schemes (the latter
            // also of the measures).
            // The SDG 1.3.1 figures read the stocktake and which indicators are computed from them.
            let views: [PlanPart] = kind == .scheme ? [.schemeIds, .replacedSchemes, .schemeCoverage, .sdgFigures]
                : kind == .measure ? [.schemeIds, .replacedSchemes]
                : kind == .activity ? [.activityIds, .activityLinks]
                : [.stocktake, .monitoring].contains(PlanPart.of(kind)) ? [.sdgFigures] : []
            #expect(parts.contains(PlanPart.of(kind)) && parts.contains(PlanPart.ids(kind)), "\(kind)")
            #expect(parts.allSatisfy { $0 == PlanPart.of(kind) || views.contains($0) }, "\(kind)")
        }
    }
}
