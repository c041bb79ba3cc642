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
    private var positions: [EntityKind: [EntityID: Int]] = [:]
    /// Each step's findings for `plan`, in step order (for the steps that check each scheme or
    /// activity on its own, see `entityFindings`).
    private var stepFindings: [[Finding]] = []
    /// The findings of `plan`, in order.
    public private(set) var findings: [Finding] = []
    /// For the steps that check each scheme (or each activity) on its own, each one's findings, in
    /// the order of the schemes (activities).
    private var entityFindings: [[[Finding]]] = []
    /// For the steps that check each activity with its dates in the schedule, each activity's dates.
    private var entityMarks: [[ScheduleMark?]] = []
    /// How many steps the last update ran (the others were kept): for tests and benchmarks.
    public private(set) var stepsRun = 0
    /// How many schemes the last update checked again in steps that check each scheme on its own.
    public private(set) var schemesChecked = 0
    /// How many activities the last update checked again in steps that check each activity on its own.
    public private(set) var activitiesChecked = 0

    public init() {}

    /// Two validations are the same when they give the same findings, whatever each has kept.
    public static func == (a: Validation, b: Validation) -> Bool { a.findings == b.findings }

    /// The findings of `plan` (numbers in messages written in `numbers`, by default the plan's own
    /// number format, else 1,234.5; progress judged on the plan's cut-off date, else on `today`),
    /// re-running only the steps whose parts changed since the plan last given. A new day or number
    /// format runs every step.
    @discardableResult
    public mutating func update(to plan: Plan, numbers: NumberConvention? = nil, today: Day? = nil) -> [Finding] {
        let convention = numbers ?? plan.meta.numberFormat ?? .commaPoint
        let previous = convention == self.numbers && today == self.today ? self.plan : nil
        var matched = Matching(before: previous?.stocktake.schemes ?? [], after: plan.stocktake.schemes)
        var matchedActivities = Matching(before: previous?.actionPlan.activities ?? [], after: plan.actionPlan.activities)
        var changed: Set<PlanPart> = []
        for part in PlanPart.allCases {
            let differs = switch part {
            case _ where previous == nil: true
            // Found with where each one was before (which the steps per scheme or activity use too).
            case .schemes: matched.differ()
            case .activities: matchedActivities.differ()
            default: part.differs(previous!, plan)
            }
            if differs { changed.insert(part) }
        }
        if previous != nil && changed.isEmpty { // no part any step reads changed (storage compared first)
            self.plan = plan
            stepsRun = 0
            return findings
        }
        for kind in EntityKind.allCases where changed.contains(.ids(kind)) || positions[kind] == nil {
            positions[kind] = plan.firstPositions(kind)
        }
        var validator = Validator(plan: plan, numbers: convention, asOf: plan.monitoring.settings.asOf ?? today,
                                  positions: positions)
        let steps = Validator.steps
        if stepFindings.count != steps.count {
            stepFindings = Array(repeating: [], count: steps.count)
            entityFindings = Array(repeating: [], count: steps.count)
            entityMarks = Array(repeating: [], count: steps.count)
        }
        stepsRun = 0
        schemesChecked = 0
        activitiesChecked = 0
        for (index, step) in steps.enumerated() where previous == nil || !changed.isDisjoint(with: step.reads) {
            if let check = step.eachScheme {
                // Only the schemes changed (not what else the step reads): check the changed ones again.
                let keep = previous != nil && changed.isDisjoint(with: step.reads.subtracting([.schemes]))
                let schemes = plan.stocktake.schemes
                (entityFindings[index], _) = Self.each(
                    count: schemes.count, keeping: keep ? entityFindings[index] : nil, before: keep ? matched.positions() : [],
                    validator: &validator, check: { check(&$0, schemes[$1]) }, counted: &schemesChecked)
            } else if let check = step.eachActivity {
                let keep = previous != nil && changed.isDisjoint(with: step.reads.subtracting([.activities]))
                let activities = plan.actionPlan.activities
                (entityFindings[index], entityMarks[index]) = Self.each(
                    count: activities.count, keeping: keep ? entityFindings[index] : nil,
                    before: keep ? matchedActivities.positions() : [], validator: &validator,
                    check: { check(&$0, activities[$1], $1) }, counted: &activitiesChecked,
                    mark: step.scheduleMark, marksBefore: entityMarks[index])
            } else {
                validator.findings = []
                step.run(&validator)
                stepFindings[index] = validator.findings
            }
            stepsRun += 1
        }
        self.plan = plan
        self.numbers = convention
        self.today = today
        // Most serious first, step order within a severity: each finding copied once.
        var lists: [[Finding]] = []
        for (index, step) in steps.enumerated() {
            if step.eachScheme == nil && step.eachActivity == nil {
                lists.append(stepFindings[index])
            } else {
                lists += entityFindings[index] // each scheme's (activity's) findings
            }
        }
        var sorted: [Finding] = []
        sorted.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        for severity in Severity.allCases {
            for list in lists { for finding in list where finding.severity == severity { sorted.append(finding) } }
        }
        findings = sorted
        return findings
    }

    /// Each entity's findings for a step that checks each on its own: those `kept` (in the order of
    /// the entities before) for an entity there unchanged (`before`: its position then), a new check
    /// for the others. With a `mark` (what the check reads besides the entity, position by
    /// position), an entity is kept only when its mark is what it was (`marksBefore`) and not nil.
    private static func each(
        count: Int, keeping kept: [[Finding]]?, before: [Int?], validator: inout Validator,
        check: (inout Validator, Int) -> Void, counted: inout Int,
        mark: ((inout Validator, Int) -> ScheduleMark?)? = nil, marksBefore: [ScheduleMark?] = []
    ) -> ([[Finding]], [ScheduleMark?]) {
        var marks: [ScheduleMark?] = []
        if mark != nil { marks.reserveCapacity(count) }
        let findings = (0..<count).map { position in
            let now = mark?(&validator, position)
            if mark != nil { marks.append(now) }
            if let kept, let was = before[position], was < kept.count,
               mark == nil || (now != nil && was < marksBefore.count && marksBefore[was] == now) {
                return kept[was]
            }
            validator.findings = []
            check(&validator, position)
            counted += 1
            return validator.findings
        }
        return (findings, marks)
    }

    /// Where each entity of the new plan stood among the entities of the plan before, when it is
    /// there unchanged: at the same position (an edit in place), else at the first position of its
    /// id (after an insert or a delete). Worked out once per update, for every step that keeps.
    private struct Matching<Entity: PlanEntity> {
        let before: [Entity]
        let after: [Entity]
        private var found: [Int?]?

        init(before: [Entity], after: [Entity]) {
            self.before = before
            self.after = after
        }

        /// Whether any entity differs (or moved).
        mutating func differ() -> Bool {
            before.count != after.count || positions().enumerated().contains { $1 != $0 }
        }

        mutating func positions() -> [Int?] {
            if let found { return found }
            // The same storage (an edit elsewhere): every entity where it was.
            if before.withUnsafeBufferPointer({ $0.baseAddress }) == after.withUnsafeBufferPointer({ $0.baseAddress }) {
                found = Array(before.indices)
                return found!
            }
            var firstPosition: [EntityID: Int]?
            let positions = after.indices.map { position -> Int? in
                let entity = after[position]
                if position < before.count, before[position].id == entity.id {
                    return before[position] == entity ? position : nil
                }
                if firstPosition == nil {
                    firstPosition = Dictionary(before.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
                }
                guard let was = firstPosition?[entity.id], before[was] == entity else { return nil }
                return was
            }
            found = positions
            return positions
        }
    }

    /// A copy updated to `plan`: what `plan`'s findings are, without changing this one.
    public func updated(to plan: Plan, numbers: NumberConvention? = nil, today: Day? = nil) -> Validation {
        var copy = self
        copy.update(to: plan, numbers: numbers, today: today)
        return copy
    }
}

/// A part of a plan that validation steps read: the plan's details (which every step reads: its
/// years and number format), each stage's section, and the merge conflicts. The stocktake's
/// schemes (2,000 in a national plan) are a part of their own, `schemes`, so that a step that does
/// not read them is not run again when one changes; `stocktake` is the rest of the stocktake. Two
/// parts are views of the schemes that steps read instead of all of them: `schemeIds` (their ids
/// in order, which references to schemes read) and `replacedSchemes` (the schemes measures
/// replace, which the cost model reads). The action plan's activities (10,000 in a national plan)
/// are split the same way: `activities` (every field) and `activityIds` (their ids in order);
/// `actionPlan` is the rest (its start date, pledges, appropriations).
enum PlanPart: CaseIterable, Hashable, Sendable {
    case meta, foundations, stocktake, schemes, schemeIds, replacedSchemes, strategy, actionPlan, activities,
         activityIds, administration, monitoring, evaluation, conflicts

    /// Whether the part differs between `a` and `b`.
    func differs(_ a: Plan, _ b: Plan) -> Bool {
        switch self {
        case .meta: a.meta != b.meta || a.schemaVersion != b.schemaVersion
        case .foundations: a.foundations != b.foundations
        case .stocktake: Self.restOfStocktake(a) != Self.restOfStocktake(b)
        case .schemes: a.stocktake.schemes != b.stocktake.schemes
        case .schemeIds:
            a.stocktake.schemes.count != b.stocktake.schemes.count
                || !zip(a.stocktake.schemes, b.stocktake.schemes).allSatisfy { $0.id == $1.id }
        case .replacedSchemes: Self.replacedSchemes(a) != Self.replacedSchemes(b)
        case .strategy: a.strategy != b.strategy
        case .actionPlan: Self.restOfActionPlan(a) != Self.restOfActionPlan(b)
        case .activities: a.actionPlan.activities != b.actionPlan.activities
        case .activityIds:
            a.actionPlan.activities.count != b.actionPlan.activities.count
                || !zip(a.actionPlan.activities, b.actionPlan.activities).allSatisfy { $0.id == $1.id }
        case .administration: a.administration != b.administration
        case .monitoring: a.monitoring != b.monitoring
        case .evaluation: a.evaluation != b.evaluation
        case .conflicts: a.conflicts != b.conflicts
        }
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

/// The dates the schedule gives one activity (day numbers; -1: none), which a per-activity check of
/// them reads besides the activity.
struct ScheduleMark: Equatable, Sendable {
    let start: Int
    let end: Int
}

/// One step of validation: some rules, and every part of the plan they read (besides `meta`, which
/// all read). A rule that reads another part must name it here, or an edit to that part would
/// leave its findings stale.
///
/// A step made with ``eachScheme(_:_:)`` checks each scheme on its own: its findings about one
/// scheme depend on that scheme and on the other parts it names, nothing else. After an edit that
/// changes only schemes, ``Validation`` checks again only the schemes that differ, and keeps the
/// findings of the others. ``eachActivity(_:_:)`` does the same for the action plan's activities.
struct ValidationStep: Sendable {
    let reads: Set<PlanPart>
    let run: @Sendable (inout Validator) -> Void
    /// The check of one scheme, for a step that checks each scheme on its own.
    let eachScheme: (@Sendable (inout Validator, Scheme) -> Void)?
    /// The check of one activity (and its position), for a step that checks each activity on its own.
    let eachActivity: (@Sendable (inout Validator, Activity, Int) -> Void)?
    /// For a per-activity step that also reads the activity's dates in the schedule: those dates.
    let scheduleMark: (@Sendable (inout Validator, Int) -> ScheduleMark?)?

    init(_ reads: Set<PlanPart>, _ run: @escaping @Sendable (inout Validator) -> Void) {
        self.reads = reads.union([.meta])
        self.run = run
        eachScheme = nil
        eachActivity = nil
        scheduleMark = nil
    }

    private init(reads: Set<PlanPart>, eachScheme: (@Sendable (inout Validator, Scheme) -> Void)?,
                 eachActivity: (@Sendable (inout Validator, Activity, Int) -> Void)?,
                 scheduleMark: (@Sendable (inout Validator, Int) -> ScheduleMark?)? = nil) {
        self.reads = reads.union(eachScheme == nil ? [.meta, .activities] : [.meta, .schemes])
        run = { validator in
            if let eachScheme { for scheme in validator.plan.stocktake.schemes { eachScheme(&validator, scheme) } }
            if let eachActivity {
                for (position, activity) in validator.plan.actionPlan.activities.enumerated() {
                    eachActivity(&validator, activity, position)
                }
            }
        }
        self.eachScheme = eachScheme
        self.eachActivity = eachActivity
        self.scheduleMark = scheduleMark
    }

    /// A step that checks each scheme, reading besides it only `reads` (and `meta`).
    static func eachScheme(_ reads: Set<PlanPart>,
                           _ check: @escaping @Sendable (inout Validator, Scheme) -> Void) -> ValidationStep {
        ValidationStep(reads: reads, eachScheme: check, eachActivity: nil)
    }

    /// A step that checks each activity, reading besides it only `reads` (and `meta`): its findings
    /// about one activity depend on that activity and those parts, nothing else.
    static func eachActivity(_ reads: Set<PlanPart>,
                             _ check: @escaping @Sendable (inout Validator, Activity) -> Void) -> ValidationStep {
        ValidationStep(reads: reads, eachScheme: nil, eachActivity: { validator, activity, _ in check(&validator, activity) })
    }

    /// A step that checks each activity with its dates in the schedule (which every activity's
    /// dates and dependencies decide): an activity's findings are kept when it, the other parts
    /// `reads` names and its `ScheduleMark` are unchanged.
    static func eachScheduledActivity(
        _ reads: Set<PlanPart>, _ check: @escaping @Sendable (inout Validator, Activity, Int) -> Void
    ) -> ValidationStep {
        ValidationStep(reads: reads, eachScheme: nil, eachActivity: check, scheduleMark: { $0.scheduleMark(at: $1) })
    }
}

extension Validator {
    /// Every rule, in the order findings are listed within a severity. A new check goes here, with
    /// the parts it reads (references to another kind read that kind's part: see `PlanPart.of`).
    static let steps: [ValidationStep] = EntityKind.allCases.map { kind in
        ValidationStep([PlanPart.ids(kind)]) { $0.checkIdentity(kind) }
    } + [
        ValidationStep([.conflicts]) { $0.checkConflicts() },
        ValidationStep([]) { $0.checkMeta() },
        ValidationStep([.foundations]) { $0.checkRecordYears() },
        ValidationStep([.stocktake]) { $0.checkStocktakeYears() },
        .eachScheme([]) { $0.checkSchemeYear($1) },
        ValidationStep([.strategy]) { $0.checkStrategyYears() },
        ValidationStep([.actionPlan]) { $0.checkActionPlanYears() },
        .eachActivity([]) { $0.checkDates(of: $1) },
        ValidationStep([.monitoring]) { $0.checkMonitoringYears() },
        // The studies inform entities of every stage (schemes by id); experts are dated against
        // consultations and approvals.
        ValidationStep(Set(PlanPart.allCases).subtracting([.conflicts, .schemes, .activities])) { $0.checkFoundations() },
        ValidationStep([.stocktake, .strategy]) { $0.checkStocktake() },
        .eachScheme([.stocktake, .foundations]) { $0.checkScheme($1) },
        ValidationStep([.stocktake, .strategy]) { $0.checkCoverageAndGaps() },
        // The strategy's steps: its entities and approval steps; the approved versions (fingerprints of
        // the strategy, the action plan and the costing); the communication plan; the design; the five
        // dimensions across activities, then measures, then each activity.
        ValidationStep(Set(PlanPart.allCases).subtracting([.conflicts, .schemes, .activities])) { $0.checkStrategy() },
        ValidationStep(Set(PlanPart.allCases).subtracting([.conflicts, .schemes])) { $0.checkApprovedVersions() },
        ValidationStep(Set(PlanPart.allCases).subtracting([.conflicts, .schemes, .activities])) { $0.checkCommunication() },
        ValidationStep(Set(PlanPart.allCases).subtracting([.conflicts, .schemes, .activities])) { $0.checkDesign() },
        ValidationStep([.activities]) { $0.checkActivityDimensions() },
        ValidationStep([.strategy]) { $0.checkMeasureDimensions() },
        .eachActivity([]) { $0.checkDimensions(of: $1) },
        ValidationStep([.strategy, .stocktake, .replacedSchemes]) { $0.checkCosting() },
        ValidationStep([.stocktake, .schemes]) { $0.checkCoverage() },
        ValidationStep([.strategy, .foundations]) { $0.checkRoles() },
        // Each activity's references read the measures, objectives, stakeholders and activities' ids.
        .eachActivity([.strategy, .foundations, .activityIds]) { $0.checkActionPlan($1) },
        ValidationStep([.activities, .monitoring]) { $0.checkOutputIndicators() },
        ValidationStep([.administration, .foundations, .activityIds]) { $0.checkAdministration() },
        .eachScheme([.administration]) { $0.checkServiceProfile(of: $1) },
        // A profile is named after its scheme.
        ValidationStep([.administration, .foundations, .schemes]) { $0.checkServices() },
        // Progress reads the stocktake (computed indicators from the schemes), execution the costing; the
        // trace's holes read the gaps, measures, activities, indicators and recommendations.
        ValidationStep(Set(PlanPart.allCases).subtracting([.conflicts, .activities])) { $0.checkMonitoring() },
        // The trace: gaps, measures, activities, indicators, evaluations (no scheme).
        ValidationStep(Set(PlanPart.allCases).subtracting([.conflicts, .schemes])) { $0.checkTrace() },
        ValidationStep([.evaluation, .monitoring, .stocktake, .schemeIds, .strategy, .actionPlan, .activityIds,
                        .foundations]) {
            $0.checkEvaluation()
        },
        // The funding timetable costs the financed scenario.
        ValidationStep([.actionPlan, .activities, .strategy, .stocktake, .replacedSchemes, .foundations]) {
            $0.checkSchedule()
        },
        .eachScheduledActivity([.actionPlan, .strategy]) { $0.checkScheduledDates(of: $1, at: $2) },
        .eachScheme([.administration]) { $0.checkAdminCost(of: $1) },
        ValidationStep([.administration, .stocktake, .strategy, .replacedSchemes]) { $0.checkMeasureAdminCosts() },
        ValidationStep([.foundations, .strategy, .stocktake, .schemeIds, .replacedSchemes]) { $0.checkILOPractice() },
        .eachScheme([.schemeIds]) { $0.checkSchemeRelations($1) },
    ]
}
