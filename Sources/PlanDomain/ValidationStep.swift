/// The dates the schedule gives one activity (day numbers; -1: none), which a per-activity check of
/// them reads besides the activity.
struct ScheduleMark: Equatable, Sendable {
    let start: Int
    let end: Int
}

/// The check of one activity (and its position), kept as written in a struct of its own: a closure
/// in a list or an optional is held in the most general form, and each call then went through a
/// thunk that copied the whole activity (10,000 activities, four checks each).
struct ActivityCheck: Sendable {
    let run: @Sendable (inout Validator, borrowing Activity, Int) -> Void
}

/// The check of one scheme, kept as written (see `ActivityCheck`).
struct SchemeCheck: Sendable {
    let run: @Sendable (inout Validator, borrowing Scheme) -> Void
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
    let eachScheme: SchemeCheck?
    /// The check of one activity (and its position), for a step that checks each activity on its own.
    let eachActivity: ActivityCheck?
    /// For a per-activity step that also reads the activity's dates in the schedule: those dates.
    let scheduleMarks: (@Sendable (inout Validator) -> [ScheduleMark?])?
    /// Whether the step reads the action plan's schedule: while the schedule is worked out, the
    /// steps that do not read it run first (a step that reads it without saying so still gets it,
    /// after a wait that keeps a core idle).
    let readsSchedule: Bool
    /// Whether the step reads the budget by year, which it takes from the budget worked out
    /// alongside the steps when that is known by the time it runs (see ``SharedBudget``): such a
    /// step comes last, to find it known.
    let readsBudget: Bool

    /// Whether the step checks each scheme or each activity on its own (its findings kept per entity).
    var checksEach: Bool { eachScheme != nil || eachActivity != nil }

    init(_ reads: Set<PlanPart>, readsSchedule: Bool = false, readsBudget: Bool = false,
         _ run: @escaping @Sendable (inout Validator) -> Void) {
        self.reads = reads.union([.meta])
        self.run = run
        self.readsSchedule = readsSchedule
        self.readsBudget = readsBudget
        eachScheme = nil
        eachActivity = nil
        scheduleMarks = nil
    }

    private init(reads: Set<PlanPart>, eachScheme: SchemeCheck?, eachActivity: ActivityCheck?,
                 scheduleMarks: (@Sendable (inout Validator) -> [ScheduleMark?])? = nil) {
        self.reads = reads.union(eachScheme == nil ? [.meta, .activities] : [.meta, .schemes])
        run = { validator in
            if let eachScheme { for scheme in validator.plan.stocktake.schemes { eachScheme.run(&validator, scheme) } }
            if let eachActivity {
                for (position, activity) in validator.plan.actionPlan.activities.enumerated() {
                    eachActivity.run(&validator, activity, position)
                }
            }
        }
        self.eachScheme = eachScheme
        self.eachActivity = eachActivity
        self.scheduleMarks = scheduleMarks
        readsSchedule = scheduleMarks != nil
        readsBudget = false
    }

    /// A step that checks each scheme, reading besides it only `reads` (and `meta`).
    static func eachScheme(_ reads: Set<PlanPart>,
                           _ check: @escaping @Sendable (inout Validator, borrowing Scheme) -> Void) -> ValidationStep {
        ValidationStep(reads: reads, eachScheme: SchemeCheck(run: check), eachActivity: nil)
    }

    /// A step that checks each activity (at a position it may ignore), reading besides it only
    /// `reads` (and `meta`): its findings about one activity depend on that activity and those
    /// parts, nothing else. `check` is kept as given, not wrapped: a closure that captures nothing
    /// has no context to retain on each of the 10,000 calls (from every core at once).
    static func eachActivity(_ reads: Set<PlanPart>,
                             _ check: @escaping @Sendable (inout Validator, borrowing Activity, Int) -> Void) -> ValidationStep {
        ValidationStep(reads: reads, eachScheme: nil, eachActivity: ActivityCheck(run: check))
    }

    /// A step that checks each activity with its dates in the schedule (which every activity's
    /// dates and dependencies decide): an activity's findings are kept when it, the other parts
    /// `reads` names and its `ScheduleMark` are unchanged.
    static func eachScheduledActivity(
        _ reads: Set<PlanPart>, _ check: @escaping @Sendable (inout Validator, borrowing Activity, Int) -> Void
    ) -> ValidationStep {
        ValidationStep(reads: reads, eachScheme: nil, eachActivity: ActivityCheck(run: check), scheduleMarks: { $0.scheduleMarks() })
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
        .eachActivity([]) { validator, activity, _ in validator.checkDates(of: activity) },
        ValidationStep([.monitoring]) { $0.checkMonitoringYears() },
        // The studies inform entities of every stage (schemes by id); experts are dated against
        // consultations and approvals.
        ValidationStep(PlanPart.allButEntities.subtracting([.conflicts])) { $0.checkFoundations() },
        ValidationStep([.stocktake, .strategy]) { $0.checkStocktake() },
        .eachScheme([.stocktake, .foundations]) { $0.checkScheme($1) },
        ValidationStep([.stocktake, .strategy]) { $0.checkCoverageAndGaps() },
        // The strategy's steps: its entities and approval steps; the approved versions (fingerprints of
        // the strategy, the action plan and the costing); the communication plan; the design; the five
        // dimensions across activities, then measures, then each activity.
        ValidationStep(PlanPart.allButEntities.subtracting([.conflicts])) { $0.checkStrategy() },
        ValidationStep(PlanPart.allButEntities.subtracting([.conflicts]).union([.activities])) { $0.checkApprovedVersions() },
        ValidationStep(PlanPart.allButEntities.subtracting([.conflicts])) { $0.checkCommunication() },
        ValidationStep(PlanPart.allButEntities.subtracting([.conflicts])) { $0.checkDesign() },
        ValidationStep([.activities]) { $0.checkActivityDimensions() },
        ValidationStep([.strategy]) { $0.checkMeasureDimensions() },
        .eachActivity([]) { validator, activity, _ in validator.checkDimensions(of: activity) },
        ValidationStep([.strategy, .stocktake, .replacedSchemes]) { $0.checkCosting() },
        ValidationStep([.stocktake, .schemeCoverage]) { $0.checkCoverage() },
        ValidationStep([.strategy, .foundations]) { $0.checkRoles() },
        // Each activity's references read the measures, objectives, stakeholders and activities' ids.
        .eachActivity([.strategy, .foundations, .activityIds]) { validator, activity, position in
            validator.checkActionPlan(activity, at: position)
        },
        ValidationStep([.activities, .monitoring]) { $0.checkOutputIndicators() },
        ValidationStep([.administration, .foundations, .activityIds]) { $0.checkAdministration() },
        .eachScheme([.administration]) { $0.checkServiceProfile(of: $1) },
        // A profile is named after its scheme.
        ValidationStep([.administration, .foundations, .schemes]) { $0.checkServices() },
    ] + monitoringSteps + [
        // The trace: gaps, measures, activities (their links), indicators, evaluations (no scheme).
        ValidationStep(PlanPart.allButEntities.subtracting([.conflicts]).union([.activityLinks])) { $0.checkTrace() },
        ValidationStep([.evaluation, .monitoring, .stocktake, .schemeIds, .strategy, .actionPlan, .activityIds,
                        .foundations]) {
            $0.checkEvaluation()
        },
        // The funding timetable costs the financed scenario, and reads the budget by year.
        ValidationStep([.actionPlan, .activities, .strategy, .stocktake, .replacedSchemes, .foundations],
                       readsSchedule: true, readsBudget: true) {
            $0.checkSchedule()
        },
        .eachScheduledActivity([.actionPlan, .strategy]) { $0.checkScheduledDates(of: $1, at: $2) },
        .eachScheme([.administration]) { $0.checkAdminCost(of: $1) },
        ValidationStep([.administration, .stocktake, .strategy, .replacedSchemes]) { $0.checkMeasureAdminCosts() },
        ValidationStep([.foundations, .strategy, .stocktake, .schemeIds, .replacedSchemes]) { $0.checkILOPractice() },
        .eachScheme([.schemeIds]) { $0.checkSchemeRelations($1) },
    ]

    /// Monitoring, in four steps (each on a core of its own for a large plan) that read the same
    /// parts: progress reads the stocktake and, of the schemes, the SDG 1.3.1 figures (computed
    /// indicators); execution the costing (the schemes measures replace).
    private static let monitoringSteps: [ValidationStep] = {
        let checks: [@Sendable (inout Validator) -> Void] = [
            { $0.checkMonitoring() }, { $0.checkActuals() }, { $0.checkIndicatorProgress() }, { $0.checkExecutionAndRisks() },
        ]
        return checks.map { ValidationStep(PlanPart.allButEntities.subtracting([.conflicts]).union([.sdgFigures]), $0) }
    }()
}
