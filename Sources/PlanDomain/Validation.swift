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
/// An edit to one activity re-runs the steps that read the action plan (its ids, dates, fields,
/// the schedule, the capacities that cite activities), never the 2,000 schemes of the stocktake.
public struct Validation: Equatable, Sendable {
    private var plan: Plan?
    private var numbers: NumberConvention?
    private var positions: [EntityKind: [EntityID: Int]] = [:]
    /// Each step's findings for `plan`, in step order.
    private var stepFindings: [[Finding]] = []
    /// The findings of `plan`, in order.
    public private(set) var findings: [Finding] = []
    /// How many steps the last update ran (the others were kept): for tests and benchmarks.
    public private(set) var stepsRun = 0

    public init() {}

    /// Two validations are the same when they give the same findings, whatever each has kept.
    public static func == (a: Validation, b: Validation) -> Bool { a.findings == b.findings }

    /// The findings of `plan` (numbers in messages written in `numbers`, by default the plan's own
    /// number format, else 1,234.5), re-running only the steps whose parts changed since the plan
    /// last given.
    @discardableResult
    public mutating func update(to plan: Plan, numbers: NumberConvention? = nil) -> [Finding] {
        let convention = numbers ?? plan.meta.numberFormat ?? .commaPoint
        let previous = convention == self.numbers ? self.plan : nil
        if let previous, previous == plan { // storage compared first: cheap when nothing changed
            stepsRun = 0
            return findings
        }
        var changed: Set<PlanPart> = []
        for part in PlanPart.allCases where previous.map({ part.differs($0, plan) }) ?? true { changed.insert(part) }
        for kind in EntityKind.allCases where changed.contains(.of(kind)) || positions[kind] == nil {
            positions[kind] = plan.firstPositions(kind)
        }
        var validator = Validator(plan: plan, numbers: convention, positions: positions)
        let steps = Validator.steps
        if stepFindings.count != steps.count { stepFindings = Array(repeating: [], count: steps.count) }
        stepsRun = 0
        for (index, step) in steps.enumerated() where previous == nil || !changed.isDisjoint(with: step.reads) {
            validator.findings = []
            step.run(&validator)
            stepFindings[index] = validator.findings
            stepsRun += 1
        }
        self.plan = plan
        self.numbers = convention
        findings = Severity.allCases.flatMap { severity in
            stepFindings.joined().filter { $0.severity == severity }
        }
        return findings
    }

    /// A copy updated to `plan`: what `plan`'s findings are, without changing this one.
    public func updated(to plan: Plan, numbers: NumberConvention? = nil) -> Validation {
        var copy = self
        copy.update(to: plan, numbers: numbers)
        return copy
    }
}

/// A part of a plan that validation steps read: the plan's details (which every step reads: its
/// years and number format), each stage's section, and the merge conflicts.
enum PlanPart: CaseIterable, Hashable, Sendable {
    case meta, foundations, stocktake, strategy, actionPlan, administration, monitoring, evaluation, conflicts

    /// Whether the part differs between `a` and `b`.
    func differs(_ a: Plan, _ b: Plan) -> Bool {
        switch self {
        case .meta: a.meta != b.meta || a.schemaVersion != b.schemaVersion
        case .foundations: a.foundations != b.foundations
        case .stocktake: a.stocktake != b.stocktake
        case .strategy: a.strategy != b.strategy
        case .actionPlan: a.actionPlan != b.actionPlan
        case .administration: a.administration != b.administration
        case .monitoring: a.monitoring != b.monitoring
        case .evaluation: a.evaluation != b.evaluation
        case .conflicts: a.conflicts != b.conflicts
        }
    }

    /// The part that holds the collection of `kind`.
    static func of(_ kind: EntityKind) -> PlanPart {
        switch kind {
        case .stakeholder, .committeeMember, .readiness, .study, .expertSupport: .foundations
        case .indicator, .group, .scheme, .coverage, .gap, .reason: .stocktake
        case .objective, .criterion, .score, .priority, .scenario, .measure, .role, .phase, .approval, .consultation,
             .publicAction, .option, .acceptance: .strategy
        case .activity, .pledge, .appropriation: .actionPlan
        case .capacity, .costCeiling, .service: .administration
        case .outcome, .resultIndicator, .actual: .monitoring
        case .question, .finding, .recommendation: .evaluation
        }
    }
}

/// One step of validation: some rules, and every part of the plan they read (besides `meta`, which
/// all read). A rule that reads another part must name it here, or an edit to that part would
/// leave its findings stale.
struct ValidationStep: Sendable {
    let reads: Set<PlanPart>
    let run: @Sendable (inout Validator) -> Void

    init(_ reads: Set<PlanPart>, _ run: @escaping @Sendable (inout Validator) -> Void) {
        self.reads = reads.union([.meta])
        self.run = run
    }
}

extension Validator {
    /// Every rule, in the order findings are listed within a severity. A new check goes here, with
    /// the parts it reads (references to another kind read that kind's part: see `PlanPart.of`).
    static let steps: [ValidationStep] = EntityKind.allCases.map { kind in
        ValidationStep([PlanPart.of(kind)]) { $0.checkIdentity(kind) }
    } + [
        ValidationStep([.conflicts]) { $0.checkConflicts() },
        ValidationStep([]) { $0.checkMeta() },
        ValidationStep([.foundations]) { $0.checkRecordYears() },
        ValidationStep([.stocktake]) { $0.checkStocktakeYears() },
        ValidationStep([.strategy]) { $0.checkStrategyYears() },
        ValidationStep([.actionPlan]) { $0.checkActionPlanYears() },
        ValidationStep([.monitoring]) { $0.checkMonitoringYears() },
        // The studies inform entities of every stage; experts are dated against consultations and approvals.
        ValidationStep(Set(PlanPart.allCases).subtracting([.conflicts])) { $0.checkFoundations() },
        ValidationStep([.stocktake, .strategy, .foundations]) { $0.checkStocktake() },
        // Approved versions are fingerprints of the strategy, the action plan and the costing; the five
        // dimensions count activities.
        ValidationStep(Set(PlanPart.allCases).subtracting([.conflicts])) { $0.checkStrategy() },
        ValidationStep([.strategy, .stocktake]) { $0.checkCosting() },
        ValidationStep([.stocktake]) { $0.checkCoverage() },
        ValidationStep([.strategy, .foundations]) { $0.checkRoles() },
        ValidationStep([.actionPlan, .strategy, .foundations, .monitoring]) { $0.checkActionPlan() },
        ValidationStep([.administration, .foundations, .actionPlan, .stocktake]) { $0.checkAdministration() },
        ValidationStep([.monitoring, .strategy, .foundations, .actionPlan]) { $0.checkMonitoring() },
        ValidationStep([.evaluation, .monitoring, .stocktake, .foundations]) { $0.checkEvaluation() },
        ValidationStep([.actionPlan, .strategy, .stocktake, .foundations]) { $0.checkSchedule() },
        ValidationStep([.administration, .stocktake, .strategy]) { $0.checkAdminCosts() },
        ValidationStep([.foundations, .strategy, .stocktake]) { $0.checkILOPractice() },
    ]
}
