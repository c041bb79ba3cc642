import Dispatch

/// How ``Validation`` runs the steps an update needs: each on its own copy of the validator, on
/// every core for a large plan (steps read the plan and write only their own findings, so any
/// order gives the same findings).
extension Validation {
    /// One step to run, with what it kept from the last update (for a step that checks each scheme
    /// or activity), and what it found.
    struct StepWork {
        let step: Int
        /// Where each scheme (activity) was in the last plan, for a step that keeps the findings of
        /// those unchanged; nil to check every one.
        let matching: Match?
        var findings: [Finding] = []
        var entityFindings: EntityFindings
        var marks: [ScheduleMark?]
        var schemesChecked = 0
        var activitiesChecked = 0
    }

    /// The value, leaving `empty` in its place (so that the step's work holds the only copy).
    static func take<T>(_ value: inout T, leaving empty: T) -> T {
        let taken = value
        value = empty
        return taken
    }

    /// Runs every step of `work`: in turn on one validator, or on every core, each turn on a copy
    /// of `validator` (whose caches the caller filled with what several steps read).
    ///
    /// The steps that check every scheme (activity) from nothing run together, entity by entity:
    /// each entity is read once for all of them, and on every core the entities are shared out in
    /// runs of consecutive ones. The other steps (the rest, and those that keep the findings of
    /// unchanged entities after an edit) run one by one.
    ///
    /// `alongside`: other work to do on one of the cores as one more turn (the first), such as the
    /// budget of the schedule the rules read; on one thread, before the steps. `pending`: the
    /// schedule, while it is worked out: working it out is the first turn (returning at once when
    /// another thread has started it), then come the steps that do not read it, then `alongside`
    /// (which reads it) and those that do.
    static func perform(_ work: inout [StepWork], plan: Plan, validator: Validator, inParallel: Bool,
                        pending: SharedSchedule? = nil, alongside: (@Sendable () -> Void)? = nil) {
        var validator = validator
        let steps = Validator.steps
        let activitySteps = work.indices.filter { steps[work[$0].step].eachActivity != nil && work[$0].matching == nil }
        let schemeSteps = work.indices.filter { steps[work[$0].step].eachScheme != nil && work[$0].matching == nil }
        let activityChecks = activitySteps.map { steps[work[$0].step].eachActivity! }
        let schemeChecks = schemeSteps.map { steps[work[$0].step].eachScheme! }
        let alone = work.indices.filter { !activitySteps.contains($0) && !schemeSteps.contains($0) }

        // What each turn does: one step, a run of activities or a run of schemes. The cores take the
        // turns in order, each the next when it is free: the steps first (the steps over each
        // activity or scheme after an edit, the longest, before the others), some of which take
        // milliseconds, then the runs, short enough (sixteen of each) that the cores finish together.
        // While the schedule is worked out, what reads it comes last.
        let runs = inParallel ? 16 : 1
        let readsSchedule: [Bool] = work.map { pending != nil && steps[$0.step].readsSchedule }
        let waits: (Int) -> Bool = { readsSchedule[$0] }
        let ordered = alone.filter { steps[work[$0].step].checksEach } + alone.filter { !steps[work[$0].step].checksEach }
        let activityRuns = activityChecks.isEmpty ? [] : Self.runs(of: plan.actionPlan.activities.count, in: runs)
            .map(Turn.activities)
        let activitiesWait = activitySteps.contains(where: waits)
        // The activities' dates the per-activity steps keep (once the schedule is there).
        let marks = activitySteps.contains { steps[work[$0].step].scheduleMarks != nil } ? [Turn.marks] : []
        // The schedule worked out here only when something here reads it.
        let needed = alongside != nil || work.indices.contains(where: waits)
        // The steps that read the budget come last when it is worked out alongside (to find it known).
        let readsBudget: [Bool] = work.map { alongside != nil && steps[$0.step].readsBudget }
        let last: (Int) -> Bool = { readsBudget[$0] }
        var turns = pending != nil && needed ? [Turn.schedule] : []
        turns += pending == nil ? marks + (alongside != nil ? [Turn.alongside] : []) : []
        turns += ordered.filter { !waits($0) && !last($0) }.map(Turn.step)
        turns += activitiesWait ? [] : activityRuns
        if !schemeChecks.isEmpty { turns += Self.runs(of: plan.stocktake.schemes.count, in: runs).map(Turn.schemes) }
        turns += pending != nil ? (alongside != nil ? [Turn.alongside] : []) + marks : []
        turns += ordered.filter { waits($0) && !last($0) }.map(Turn.step)
        // Those before the last quarter of the runs that come last: the budget has been under way
        // for most of the runs by then, and the cores still finish together.
        let tail = activitiesWait ? activityRuns.count / 4 : 0
        turns += activitiesWait ? activityRuns.dropLast(tail) : []
        turns += ordered.filter(last).map(Turn.step)
        turns += activityRuns.suffix(tail)

        var found = [[EntityFindings]](repeating: [], count: turns.count) // per turn of a run: per step
        @Sendable func run(_ turn: Turn, _ validator: inout Validator, _ work: UnsafeMutableBufferPointer<StepWork>) -> [EntityFindings] {
            switch turn {
            case .activities(let range):
                return plan.actionPlan.activities.withUnsafeBufferPointer { activities in
                    Self.check(range, of: activities, activityChecks, &validator) { check, validator, activity, position in
                        check.run(&validator, activity, position)
                    }
                }
            case .schemes(let range):
                return plan.stocktake.schemes.withUnsafeBufferPointer { schemes in
                    Self.check(range, of: schemes, schemeChecks, &validator) { check, validator, scheme, _ in
                        check.run(&validator, scheme)
                    }
                }
            case .step(let index):
                perform(&work[index], plan: plan, validator: &validator)
                return []
            case .alongside:
                alongside?()
                return []
            case .schedule:
                pending?.start(index: validator.positions[.activity])
                return []
            case .marks: // (no other turn writes the marks of the steps that check every activity)
                for index in activitySteps {
                    work[index].marks = steps[work[index].step].scheduleMarks.map { $0(&validator) } ?? []
                }
                return []
            }
        }
        work.withUnsafeMutableBufferPointer { buffer in
            guard inParallel && turns.count > 1 else {
                for turn in turns.indices { found[turn] = run(turns[turn], &validator, buffer) }
                return
            }
            let (work, base, turns) = (Shared(buffer), validator, turns)
            found.withUnsafeMutableBufferPointer { found in
                let found = Shared(found)
                DispatchQueue.concurrentPerform(iterations: turns.count) { turn in
                    var own = base
                    found.value[turn] = run(turns[turn], &own, work.value) // each turn its own element
                }
            }
        }
        // Each step's findings per entity: its runs' lists in plan order, kept as they are.
        for (position, index) in activitySteps.enumerated() {
            work[index].entityFindings = .joined(turns.indices.filter { turns[$0].isActivities }.map { found[$0][position] })
            work[index].activitiesChecked = plan.actionPlan.activities.count
        }
        for (position, index) in schemeSteps.enumerated() {
            work[index].entityFindings = .joined(turns.indices.filter { turns[$0].isSchemes }.map { found[$0][position] })
            work[index].schemesChecked = plan.stocktake.schemes.count
        }
    }

    /// What one turn of ``perform(_:plan:validator:inParallel:)`` does.
    private enum Turn: Sendable {
        case activities(Range<Int>)
        case schemes(Range<Int>)
        case step(Int)
        case alongside
        /// Working out the schedule the steps that read it wait for.
        case schedule
        /// The activities' dates in the schedule that the steps over every activity keep.
        case marks

        var isActivities: Bool { if case .activities = self { true } else { false } }
        var isSchemes: Bool { if case .schemes = self { true } else { false } }
    }

    /// `count` entities in at most `parts` runs of about the same length (at least 100 each).
    private static func runs(of count: Int, in parts: Int) -> [Range<Int>] {
        let parts = max(1, min(parts, count / 100))
        return (0..<parts).map { part in (count * part / parts)..<(count * (part + 1) / parts) }
    }

    /// Every check of `checks` on each entity of `range` in turn: per check, the findings about
    /// each entity.
    ///
    /// Each entity is copied once for all the checks: one read from the buffer for each check
    /// would be copied for each (the compiler cannot tell that a check leaves the buffer alone),
    /// retaining every text of the entity four or five times over.
    private static func check<Entity, Check>(
        _ range: Range<Int>, of entities: UnsafeBufferPointer<Entity>, _ checks: [Check], _ validator: inout Validator,
        _ run: (Check, inout Validator, borrowing Entity, Int) -> Void
    ) -> [EntityFindings] {
        var found = checks.map { _ in
            var findings = EntityFindings()
            findings.reserve(range.count)
            return findings
        }
        found.withUnsafeMutableBufferPointer { found in // (no check that the list is its own, per entity)
            for position in range {
                let entity = entities[position]
                for index in checks.indices {
                    found[index].gather(&validator) { run(checks[index], &$0, entity, position) }
                }
            }
        }
        return found
    }

    /// Runs one step.
    private static func perform(_ work: inout StepWork, plan: Plan, validator: inout Validator) {
        let step = Validator.steps[work.step]
        if let check = step.eachScheme {
            // Each scheme read where it lies (through the buffer: no copy of each).
            plan.stocktake.schemes.withUnsafeBufferPointer { schemes in
                each(count: schemes.count, findings: &work.entityFindings, marks: &work.marks,
                     matching: work.matching, validator: &validator,
                     check: { check.run(&$0, (schemes.baseAddress! + $1).pointee) }, counted: &work.schemesChecked)
            }
        } else if let check = step.eachActivity {
            plan.actionPlan.activities.withUnsafeBufferPointer { activities in
                each(count: activities.count, findings: &work.entityFindings, marks: &work.marks,
                     matching: work.matching, validator: &validator,
                     check: { check.run(&$0, (activities.baseAddress! + $1).pointee, $1) },
                     counted: &work.activitiesChecked, marking: step.scheduleMarks)
            }
        } else {
            validator.findings = []
            step.run(&validator)
            work.findings = validator.findings
        }
    }

    /// Each entity's findings for a step that checks each on its own (`findings`, in plan order):
    /// those kept for an entity there unchanged (`matching`: where each entity was before, nil to
    /// check every one), a new check for the others. With `marking` (what the check reads besides
    /// each entity, in plan order; `marks` holds the last), an entity is kept only when its mark is
    /// what it was and not nil. After an edit in place of a few entities only theirs are replaced.
    static func each(
        count: Int, findings: inout EntityFindings, marks: inout [ScheduleMark?], matching: Match?,
        validator: inout Validator, check: (inout Validator, Int) -> Void, counted: inout Int,
        marking: ((inout Validator) -> [ScheduleMark?])? = nil
    ) {
        let now = marking.map { $0(&validator) }
        defer { if let now { marks = now } }
        if let matching, let changed = matching.changedInPlace, findings.count == count,
           now == nil || marks.count == count {
            // An edit in place: the others' findings stay where they are.
            var again = Set(changed)
            if let now {
                for position in 0..<count where now[position] == nil || marks[position] != now[position] {
                    again.insert(position)
                }
            }
            // Each replaced in place moves the findings after it: for a few; more are gathered anew.
            if again.count <= 8 {
                for position in again.sorted() {
                    var one = EntityFindings()
                    one.gather(&validator) { check(&$0, position) }
                    counted += 1
                    findings.replace(position, with: one.all)
                }
                return
            }
        }
        let kept = matching == nil ? nil : findings
        let marksBefore = marks
        var gathered = EntityFindings()
        for position in 0..<count {
            if let kept, let was = matching?.positions[position], was < kept.count,
               now == nil || (now![position] != nil && was < marksBefore.count && marksBefore[was] == now![position]) {
                gathered.append(kept[was])
            } else {
                gathered.gather(&validator) { check(&$0, position) }
                counted += 1
            }
        }
        findings = gathered
    }
}

extension Validation {
    /// The index of each kind of `kinds` (`activities`: the activities' when known), on two cores
    /// when `inParallel`: the activities' (a national plan's largest) on one, the others on the other.
    static func indexes(of kinds: [EntityKind], in plan: Plan, activities: IDIndex?,
                        inParallel: Bool) -> [(EntityKind, IDIndex)] {
        var built = [IDIndex?](repeating: nil, count: kinds.count)
        let activityPlace = kinds.firstIndex(of: .activity)
        @Sendable func build(_ place: Int) -> IDIndex {
            (kinds[place] == .activity ? activities : nil) ?? plan.firstPositions(kinds[place])
        }
        if inParallel, let activityPlace, activities == nil, kinds.count > 1 {
            built.withUnsafeMutableBufferPointer { buffer in
                let built = Shared(buffer)
                DispatchQueue.concurrentPerform(iterations: 2) { half in
                    for place in kinds.indices where (place == activityPlace) == (half == 0) {
                        built.value[place] = build(place)
                    }
                }
            }
        } else {
            for place in kinds.indices { built[place] = build(place) }
        }
        return kinds.indices.map { (kinds[$0], built[$0]!) }
    }
}

/// A buffer that concurrent turns share, each writing only its own elements.
struct Shared<Element>: @unchecked Sendable {
    let value: UnsafeMutableBufferPointer<Element>
    init(_ value: UnsafeMutableBufferPointer<Element>) { self.value = value }
}

