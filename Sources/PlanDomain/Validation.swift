import Dispatch

/// The findings of a plan, kept so that the next plan (after an edit) re-runs only the rules that
/// read what the edit changed.
///
/// The rules run as a fixed list of steps (``Validator/steps``), each naming the parts of the plan
/// it reads (``PlanPart``). `update(to:numbers:)` compares each part of the new plan with the last
/// one — arrays compare their storage first, so a part no edit touched is equal at once — and runs
/// a step again only when a part it reads differs; the others give their findings as before. The
/// findings are then ordered as `Plan.validate` orders them (most serious first, step order
/// within a severity), which `Plan.validate` itself gets by running every step of a new
/// `Validation`: the two cannot disagree unless a step reads a part it does not name
/// (`ValidationTests` and `IncrementalValidationTests` check that they agree after random edits).
///
/// An edit to one activity checks that activity again in the steps that check each activity on its
/// own, and re-runs only the few steps that read every activity (the schedule, approved versions,
/// the trace…); an edit to one scheme likewise checks that scheme. Neither re-checks the other part.
public struct Validation: Equatable, Sendable {
    private var plan: Plan?
    private var numbers: NumberConvention?
    /// The day the last update judged progress on (see `Plan.validate(numbers:today:)`).
    private var today: Day?
    private var positions = KindIndex()
    /// Each step's findings for `plan`, in step order (for the steps that check each scheme or
    /// activity on its own, see `entityFindings`).
    private var stepFindings: [[Finding]] = []
    /// The findings of `plan`, in order.
    public private(set) var findings: [Finding] = []
    /// For the steps that check each scheme (or each activity) on its own, each one's findings, in
    /// the order of the schemes (activities).
    private var entityFindings: [EntityFindings] = []
    /// For the steps that check each activity with its dates in the schedule, each activity's dates.
    private var entityMarks: [[ScheduleMark?]] = []
    /// `PlanPart.sdgFigures(plan)` once worked out (nil: not yet).
    private var figures: SDG131??
    /// How many steps the last update ran (the others were kept): for tests and benchmarks.
    public private(set) var stepsRun = 0
    /// How many schemes the last update checked again in steps that check each scheme on its own.
    public private(set) var schemesChecked = 0
    /// How many activities the last update checked again in steps that check each activity on its own.
    public private(set) var activitiesChecked = 0
    /// Whether the steps run on every core (true), on the calling thread (false), or, when nil, on
    /// every core for a plan of 1,000 schemes and activities or more. The findings are the same.
    public var concurrency: Bool?

    /// Whether an update to `plan` shares its work out across the cores: `concurrency`, else for a
    /// plan of 1,000 schemes and activities or more.
    func runsInParallel(_ plan: Plan) -> Bool {
        concurrency ?? (plan.stocktake.schemes.count + plan.actionPlan.activities.count >= 1000)
    }

    public init() {}

    /// Two validations are the same when they give the same findings, whatever each has kept.
    public static func == (a: Validation, b: Validation) -> Bool { a.findings == b.findings }

    /// The findings of `plan` (numbers in messages written in `numbers`, by default the plan's own
    /// number format, else 1,234.5; progress judged on the plan's cut-off date, else on `today`),
    /// re-running only the steps whose parts changed since the plan last given. A new day or number
    /// format runs every step. `schedule`: the plan's schedule (`plan.schedule(today:)`, for any
    /// day), when the caller has worked it out already: the rules that read it do not work it out
    /// again, and trust it (the dependency rules take from it which links it found), so it must be
    /// this plan's.
    @discardableResult
    public mutating func update(to plan: Plan, numbers: NumberConvention? = nil, today: Day? = nil,
                                schedule: Schedule? = nil) -> [Finding] {
        update(to: plan, numbers: numbers, today: today, schedule: schedule.map(SharedSchedule.init), alongside: nil)
    }

    /// ``update(to:numbers:today:schedule:)``, doing `alongside` as well: on one of the cores the
    /// rules share (as one more of their turns) when they run on every core, else first. `budget`:
    /// the budget `alongside` works out (of `schedule`), for the rules that read it to take.
    @discardableResult
    mutating func update(to plan: Plan, numbers: NumberConvention?, today: Day?, schedule: SharedSchedule?,
                         alongside: (@Sendable () -> Void)?, budget: SharedBudget? = nil) -> [Finding] {
        let convention = numbers ?? plan.meta.numberFormat ?? .commaPoint
        let previous = convention == self.numbers && today == self.today ? self.plan : nil
        var matched = Matching(before: previous?.stocktake.schemes ?? [], after: plan.stocktake.schemes)
        var matchedActivities = Matching(before: previous?.actionPlan.activities ?? [], after: plan.actionPlan.activities)
        var changed: Set<PlanPart> = []
        var newFigures: SDG131?? // the new plan's SDG 1.3.1 figures, once worked out
        for part in PlanPart.allCases {
            let differs = switch part {
            case _ where previous == nil: true
            // Found with where each one was before (which the steps per scheme or activity use too).
            case .schemes: matched.differ()
            case .activities: matchedActivities.differ()
            // Views of the schemes (activities): of those changed in place, compared one by one.
            case .schemeCoverage: changed.contains(.schemeIds) || (changed.contains(.schemes)
                && !Self.sameView(SchemeCoverage.init, previous!.stocktake.schemes, plan.stocktake.schemes, matched.match()))
            case .activityLinks: changed.contains(.activityIds) || (changed.contains(.activities)
                && !Self.sameView(ActivityLinks.init, previous!.actionPlan.activities, plan.actionPlan.activities,
                                  matchedActivities.match()))
            case .sdgFigures:
                !changed.isDisjoint(with: [.meta, .stocktake, .schemes, .monitoring]) && {
                    let before = figures ?? PlanPart.sdgFigures(previous!)
                    newFigures = PlanPart.sdgFigures(plan)
                    return before != newFigures
                }()
            default: part.differs(previous!, plan)
            }
            if differs { changed.insert(part) }
        }
        figures = previous == nil ? nil : newFigures ?? figures
        if previous != nil && changed.isEmpty { // no part any step reads changed (storage compared first)
            alongside?()
            self.plan = plan
            stepsRun = 0
            return findings
        }
        // The schedule given, known or being worked out (then the steps that read it wait for it),
        // else worked out here (`plan.schedule()`) while the steps that do not read it run. A known
        // one holds an index of the activities' ids: the same, not built twice.
        let shared = schedule.flatMap { $0.activityCount == plan.actionPlan.activities.count ? $0 : nil }
            ?? SharedSchedule(of: plan, today: nil)
        let given = shared.isKnown ? shared.value : nil
        let inParallel = runsInParallel(plan)
        let rebuilt = EntityKind.allCases.filter { changed.contains(.ids($0)) || positions[$0] == nil }
        for (kind, index) in Self.indexes(of: rebuilt, in: plan, activities: given?.index, inParallel: inParallel) {
            positions[kind] = index
        }
        var validator = Validator(plan: plan, numbers: convention, asOf: plan.monitoring.settings.asOf ?? today,
                                  positions: positions)
        if let known = figures, let known { validator.sdgCache = known }
        if let given { validator.scheduleCache = given } else { validator.sharedSchedule = shared }
        if let budget, budget.schedule === shared { validator.sharedBudget = budget }
        let steps = Validator.steps
        if stepFindings.count != steps.count {
            stepFindings = Array(repeating: [], count: steps.count)
            entityFindings = Array(repeating: EntityFindings(), count: steps.count)
            entityMarks = Array(repeating: [], count: steps.count)
        }
        let toRun = steps.indices.filter { previous == nil || !changed.isDisjoint(with: steps[$0].reads) }
        let schemeMatch = previous == nil ? nil : matched.match()
        let activityMatch = previous == nil ? nil : matchedActivities.match()
        var work = toRun.map { index in
            let step = steps[index]
            // A step that checks each scheme (activity) keeps the findings of those unchanged when
            // nothing else it reads changed.
            let keep = previous != nil && step.checksEach
                && changed.isDisjoint(with: step.reads.subtracting([step.eachScheme != nil ? .schemes : .activities]))
            return StepWork(step: index, matching: !keep ? nil : step.eachScheme != nil ? schemeMatch : activityMatch,
                            entityFindings: Self.take(&entityFindings[index], leaving: EntityFindings()),
                            marks: Self.take(&entityMarks[index], leaving: []))
        }
        Self.perform(&work, plan: plan, validator: validator, inParallel: inParallel,
                     pending: given == nil ? shared : nil, alongside: alongside)
        stepsRun = work.count
        schemesChecked = work.reduce(0) { $0 + $1.schemesChecked }
        activitiesChecked = work.reduce(0) { $0 + $1.activitiesChecked }
        for done in work {
            if steps[done.step].checksEach {
                entityFindings[done.step] = done.entityFindings
                entityMarks[done.step] = done.marks
            } else {
                stepFindings[done.step] = done.findings
            }
        }
        self.plan = plan
        self.numbers = convention
        self.today = today
        findings = Self.ordered(steps: steps, stepFindings: stepFindings, entityFindings: entityFindings,
                                inParallel: inParallel)
        return findings
    }

    /// The findings most serious first, step order within a severity (each scheme's or activity's
    /// in plan order within a step that checks each): each list's counted, then copied into its
    /// places, on every core when `inParallel` (each list counts and writes only its own places; a
    /// step that checks each scheme or activity gives one list per run of them, so the lists are
    /// many and short enough for the cores to finish together).
    private static func ordered(steps: [ValidationStep], stepFindings: [[Finding]],
                                entityFindings: [EntityFindings], inParallel: Bool) -> [Finding] {
        let lists = steps.indices.flatMap { steps[$0].checksEach ? entityFindings[$0].lists : [stepFindings[$0]] }
            .filter { !$0.isEmpty }
        func each(_ body: @Sendable (Int) -> Void) {
            if inParallel && lists.count > 1 {
                DispatchQueue.concurrentPerform(iterations: lists.count, execute: body)
            } else {
                for list in lists.indices { body(list) }
            }
        }
        // How many findings of each severity each list holds.
        var counts = [SeverityCounts](repeating: SeverityCounts(), count: lists.count)
        counts.withUnsafeMutableBufferPointer { counts in
            let counts = Shared(counts)
            each { list in
                lists[list].withUnsafeBufferPointer { findings in
                    var count = SeverityCounts()
                    for finding in findings { count[finding.severity.rank] += 1 }
                    counts.value[list] = count
                }
            }
        }
        // Where each list's findings of each severity go: after the more serious ones, then after
        // those of the lists before it.
        var next = SeverityCounts()
        for rank in 1..<3 { next[rank] = next[rank - 1] + counts.reduce(0) { $0 + $1[rank - 1] } }
        let starts = counts.map { count in
            defer { for rank in 0..<3 { next[rank] += count[rank] } }
            return next
        }
        let total = counts.reduce(0) { $0 + $1[0] + $1[1] + $1[2] }
        return [Finding](unsafeUninitializedCapacity: total) { buffer, initialized in
            let target = Shared(buffer)
            each { list in
                var next = starts[list]
                lists[list].withUnsafeBufferPointer { findings in
                    for finding in findings {
                        (target.value.baseAddress! + next[finding.severity.rank]).initialize(to: finding)
                        next[finding.severity.rank] += 1
                    }
                }
            }
            initialized = total
        }
    }

    /// A count (or a place) for each severity, by rank: no array of its own.
    private struct SeverityCounts: Sendable {
        private var counts = (0, 0, 0)

        subscript(rank: Int) -> Int {
            get { rank == 0 ? counts.0 : rank == 1 ? counts.1 : counts.2 }
            set {
                switch rank {
                case 0: counts.0 = newValue
                case 1: counts.1 = newValue
                default: counts.2 = newValue
                }
            }
        }
    }

    /// Whether a view of the entities (what a step reads of each) is the same before and after:
    /// when only some entities changed, in place, compared one by one.
    private static func sameView<Entity, View: Equatable>(_ view: (Entity) -> View, _ before: [Entity],
                                                          _ after: [Entity], _ match: Match) -> Bool {
        guard let changed = match.changedInPlace else { return false }
        return changed.allSatisfy { view(before[$0]) == view(after[$0]) }
    }

    /// Where each entity of the new plan was before (see `Matching`).
    struct Match {
        let positions: [Int?]
        let changedInPlace: [Int]?
    }

    /// Where each entity of the new plan stood among the entities of the plan before, when it is
    /// there unchanged: at the same position (an edit in place), else at the first position of its
    /// id (after an insert or a delete). Worked out once per update, for every step that keeps.
    ///
    /// Entities are compared where they lie (no copy of each), by their field bytes first (see
    /// `sameEntity`; an entity with the same field bytes gives the same findings, even one whose
    /// `==` says otherwise, such as a NaN figure).
    private struct Matching<Entity: PlanEntity> {
        let before: [Entity]
        let after: [Entity]
        private var found: [Int?]?
        /// The positions (in `after`) of the entities not found unchanged where they were, when every
        /// other entity is at its position before (an edit in place); nil after an insert, delete or move.
        private(set) var changedInPlace: [Int]?

        init(before: [Entity], after: [Entity]) {
            self.before = before
            self.after = after
        }

        /// Whether any entity differs (or moved).
        mutating func differ() -> Bool {
            _ = positions()
            return changedInPlace.map { !$0.isEmpty } ?? true
        }

        mutating func match() -> Match {
            Match(positions: positions(), changedInPlace: changedInPlace)
        }

        mutating func positions() -> [Int?] {
            if let found { return found }
            // The same storage (an edit elsewhere): every entity where it was.
            if before.withUnsafeBufferPointer({ $0.baseAddress }) == after.withUnsafeBufferPointer({ $0.baseAddress }) {
                found = Array(before.indices)
                changedInPlace = []
                return found!
            }
            var firstPosition: [EntityID: Int]?
            var changed: [Int] = []
            var inPlace = before.count == after.count
            let (old, new) = (before, after)
            let bytes = FieldBytes.of(Entity.self)
            let positions = new.indices.map { position -> Int? in
                if position < old.count, sameEntity(old, position, new, position, bytes) { return position }
                if position < old.count, old[position].id == new[position].id {
                    changed.append(position)
                    return nil
                }
                inPlace = false
                if firstPosition == nil {
                    var first: [EntityID: Int] = [:]
                    first.reserveCapacity(old.count)
                    for index in old.indices where first[old[index].id] == nil { first[old[index].id] = index }
                    firstPosition = first
                }
                guard let was = firstPosition?[new[position].id], sameEntity(old, was, new, position, bytes) else { return nil }
                return was
            }
            found = positions
            changedInPlace = inPlace ? changed : nil
            return positions
        }
    }

    /// A copy updated to `plan`: what `plan`'s findings are, without changing this one.
    public func updated(to plan: Plan, numbers: NumberConvention? = nil, today: Day? = nil,
                        schedule: Schedule? = nil) -> Validation {
        var copy = self
        copy.update(to: plan, numbers: numbers, today: today, schedule: schedule)
        return copy
    }
}

/// Whether `a[i]` and `b[j]` are the same entity: the same field bytes (`bytes`: the same storage
/// for each text and list), else by `==`. Read where they lie: a copy of an entity to compare would
/// retain each of its texts.
@inline(__always)
func sameEntity<Entity: Equatable>(_ a: [Entity], _ i: Int, _ b: [Entity], _ j: Int, _ bytes: FieldBytes) -> Bool {
    let bits = a.withUnsafeBufferPointer { a in
        b.withUnsafeBufferPointer { b in bytes.same(a.baseAddress! + i, b.baseAddress! + j) }
    }
    return bits || a[i] == b[j]
}

/// Whether the ids of two lists of entities are the same, in order.
func sameIds<Entity: PlanEntity>(_ a: [Entity], _ b: [Entity]) -> Bool {
    guard a.count == b.count else { return false }
    let same = a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
    return same || a.indices.allSatisfy { a[$0].id == b[$0].id }
}

/// A part of a plan that validation steps read: the plan's details (which every step reads: its
/// years and number format), each stage's section, and the merge conflicts. The stocktake's
/// schemes (2,000 in a national plan) are a part of their own, `schemes`, so that a step that does
/// not read them is not run again when one changes; `stocktake` is the rest of the stocktake. Two
/// parts are views of the schemes that steps read instead of all of them: `schemeIds` (their ids
/// in order, which references to schemes read) and `replacedSchemes` (the schemes measures
/// replace, which the cost model reads). The action plan's activities (10,000 in a national plan)
/// are split the same way: `activities` (every field) and `activityIds` (their ids in order);
/// `actionPlan` is the rest (its start date, pledges, appropriations). Two more views of the
/// schemes spare the two whole-stocktake steps an edit to a scheme's figures: `schemeCoverage`
/// (what the coverage matrix's unknown cells read of each scheme: `SchemeCoverage`) and
/// `sdgFigures` (the SDG 1.3.1 figures, which computed result indicators read). One of the
/// activities spares the trace an edit to an activity's dates, budget or texts: `activityLinks`
/// (what the trace reads of each: `ActivityLinks`).
enum PlanPart: CaseIterable, Hashable, Sendable {
    case meta, foundations, stocktake, schemes, schemeIds, replacedSchemes, strategy, actionPlan, activities,
         activityIds, administration, monitoring, evaluation, conflicts, schemeCoverage, sdgFigures, activityLinks

    /// Whether the part differs between `a` and `b`.
    func differs(_ a: Plan, _ b: Plan) -> Bool {
        switch self {
        case .meta: a.meta != b.meta || a.schemaVersion != b.schemaVersion
        case .foundations: a.foundations != b.foundations
        case .stocktake: Self.restOfStocktake(a) != Self.restOfStocktake(b)
        case .schemes: a.stocktake.schemes != b.stocktake.schemes
        case .schemeIds: !sameIds(a.stocktake.schemes, b.stocktake.schemes)
        case .replacedSchemes: Self.replacedSchemes(a) != Self.replacedSchemes(b)
        case .strategy: a.strategy != b.strategy
        case .actionPlan: Self.restOfActionPlan(a) != Self.restOfActionPlan(b)
        case .activities: a.actionPlan.activities != b.actionPlan.activities
        case .activityIds: !sameIds(a.actionPlan.activities, b.actionPlan.activities)
        case .administration: a.administration != b.administration
        case .monitoring: a.monitoring != b.monitoring
        case .evaluation: a.evaluation != b.evaluation
        case .conflicts: a.conflicts != b.conflicts
        case .schemeCoverage: a.stocktake.schemes.map(SchemeCoverage.init) != b.stocktake.schemes.map(SchemeCoverage.init)
        case .sdgFigures: Self.sdgFigures(a) != Self.sdgFigures(b)
        case .activityLinks: a.actionPlan.activities.map(ActivityLinks.init) != b.actionPlan.activities.map(ActivityLinks.init)
        }
    }

    /// Every part but the schemes' and the activities' fields and the views of them that read more
    /// than their ids (and the schemes measures replace): what a step reads that knows schemes and
    /// activities only by id.
    static let allButEntities = Set(allCases).subtracting([.schemes, .schemeCoverage, .sdgFigures, .activities, .activityLinks])

    /// The plan's SDG 1.3.1 figures when a result indicator is computed from them, else nil: what
    /// the monitoring rules read of the schemes (besides the schemes measures replace).
    static func sdgFigures(_ plan: Plan) -> SDG131? {
        plan.monitoring.indicators.contains { $0.computed != nil } ? plan.sdg131 : nil
    }

    /// The stocktake without its schemes.
    private static func restOfStocktake(_ plan: Plan) -> Stocktake {
        var rest = plan.stocktake
        rest.schemes = []
        return rest
    }

    /// The action plan without its activities.
    private static func restOfActionPlan(_ plan: Plan) -> ActionPlan {
        var rest = plan.actionPlan
        rest.activities = []
        return rest
    }

    /// The schemes with an id some measure replaces, in order.
    private static func replacedSchemes(_ plan: Plan) -> [Scheme] {
        let replaced = Set(plan.strategy.measures.flatMap(\.replacesSchemeIds))
        guard !replaced.isEmpty else { return [] }
        return plan.stocktake.schemes.filter { replaced.contains($0.id) }
    }

    /// The part that holds the collection of `kind`.
    static func of(_ kind: EntityKind) -> PlanPart {
        switch kind {
        case .stakeholder, .committeeMember, .readiness, .study, .expertSupport: .foundations
        case .scheme: .schemes
        case .indicator, .group, .coverage, .gap, .reason: .stocktake
        case .objective, .criterion, .score, .priority, .scenario, .measure, .role, .phase, .approval, .consultation,
             .publicAction, .option, .acceptance: .strategy
        case .activity: .activities
        case .pledge, .appropriation: .actionPlan
        case .capacity, .costCeiling, .service: .administration
        case .outcome, .resultIndicator, .actual, .dimension, .reportingRule, .execution, .risk: .monitoring
        case .evaluation, .question, .finding, .recommendation: .evaluation
        }
    }

    /// The part that holds the ids of `kind`, in order: what its index (and references to it) read.
    static func ids(_ kind: EntityKind) -> PlanPart {
        switch kind {
        case .scheme: .schemeIds
        case .activity: .activityIds
        default: of(kind)
        }
    }
}
