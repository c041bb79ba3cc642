import PlanDomain
import PlanReports

/// What the panels show that is computed from the whole plan (the coverage matrix, the gap overview,
/// the roles matrix, the priority rankings, the costs, the budget, the Gantt chart's rows), computed
/// once per plan value rather than on every frame or key. Like ``RowCache``, one cache belongs to one
/// plan and one day: ``AppState`` starts a new one whenever its plan or `today` changes. Views get
/// these values in their view models (see ``PanelModel``) and compute none themselves.
final class PanelCache: Equatable {
    /// Caches hold what their plan gives, so two states with the same plan are the same whatever
    /// each has cached.
    static func == (a: PanelCache, b: PanelCache) -> Bool { true }

    /// How many values were computed (each at most once per cache), for tests.
    private(set) var computations = 0
    private var coverage: CoverageMatrix?
    private var overview: GapOverview?
    private var roles: RolesMatrix?
    private var ranking: PriorityRanking?
    private var moves: (after: Edit, moves: [RankMove]?)?
    private var groupRankings: [(StakeholderKind, PriorityRanking)]?
    private var costs: [ScenarioCost]?
    private var costModel: CostModel?
    private var adminCosts: [AdminCostRatio]?
    private var budget: BudgetBreakdown?
    private var gantt: [GanttGrouping: [GanttRow]] = [:]
    private var abnd: [ABNDRows.Line]?
    private var reports: [ReportKey: ReportTable] = [:]
    private struct ReportKey: Hashable { var panel: Panel, mode: Int }
    private var progress: (day: Day, report: ProgressReport)?
    private var trace: Trace?
    private var tableFigures: TableFigures?

    func coverageMatrix(_ plan: Plan) -> CoverageMatrix { cached(\.coverage) { plan.coverageMatrix } }
    func gapOverview(_ plan: Plan) -> GapOverview { cached(\.overview) { GapOverview(plan: plan, matrix: coverageMatrix(plan)) } }
    func rolesMatrix(_ plan: Plan) -> RolesMatrix { cached(\.roles) { plan.rolesMatrix } }
    func priorityRanking(_ plan: Plan) -> PriorityRanking { cached(\.ranking) { PriorityRanking(plan: plan) } }
    func rankingsByGroup(_ plan: Plan) -> [(StakeholderKind, PriorityRanking)] {
        cached(\.groupRankings) {
            PriorityRanking.stakeholderGroups(in: plan).map { ($0, PriorityRanking(plan: plan, scoredBy: $0)) }
        }
    }
    func costComparison(_ plan: Plan) -> [ScenarioCost] { cached(\.costs) { plan.costComparison() } }
    func costModel(_ plan: Plan) -> CostModel { cached(\.costModel) { CostModel(plan: plan) } }
    func adminCostRatios(_ plan: Plan) -> [AdminCostRatio] { cached(\.adminCosts) { plan.adminCostRatios() } }
    func budgetBreakdown(_ plan: Plan, _ schedule: Schedule) -> BudgetBreakdown {
        cached(\.budget) { plan.budgetBreakdown(schedule) }
    }
    /// The budget worked out elsewhere (alongside the rules, see ``Analysis``) for this plan and
    /// its schedule: the budget panel then computes none.
    func keep(_ budget: BudgetBreakdown) {
        if self.budget == nil { self.budget = budget }
    }

    /// The lines of the ABND matrix view, computed once per plan.
    func abndLines(_ compute: () -> [ABNDRows.Line]) -> [ABNDRows.Line] { cached(\.abnd, compute) }
    /// A report panel's table in one of its views (the funding timetable, the burden per payer),
    /// computed once per plan.
    func report(_ panel: Panel, mode: Int, compute: () -> ReportTable?) -> ReportTable? {
        let key = ReportKey(panel: panel, mode: mode)
        if let table = reports[key] { return table }
        guard let table = compute() else { return nil }
        computations += 1
        reports[key] = table
        return table
    }

    /// The Gantt chart's rows for one grouping, computed once per plan and grouping.
    func ganttRows(_ grouping: GanttGrouping, compute: () -> [GanttRow]) -> [GanttRow] {
        if let known = gantt[grouping] { return known }
        computations += 1
        let rows = compute()
        gantt[grouping] = rows
        return rows
    }

    /// Monitoring's progress on `day`, computed once per plan and day.
    func progressReport(_ plan: Plan, on day: Day) -> ProgressReport {
        if let known = progress, known.day == day { return known.report }
        computations += 1
        let report = ProgressReport(plan: plan, asOf: day)
        progress = (day, report)
        return report
    }
    func trace(_ plan: Plan) -> Trace { cached(\.trace) { plan.trace } }
    /// The tables' figures computed across the plan (execution against the costing), from the cached cost model.
    func tableFigures(_ plan: Plan) -> TableFigures { cached(\.tableFigures) { TableFigures(plan, model: costModel(plan)) } }

    /// How the edit whose inverse is `inverse` moved the gaps, computed once per plan and edit.
    func rankMoves(_ plan: Plan, undoing inverse: Edit, compute: () -> [RankMove]?) -> [RankMove]? {
        if let known = moves, known.after == inverse { return known.moves }
        computations += 1
        let computed = compute()
        moves = (inverse, computed)
        return computed
    }

    private func cached<T>(_ slot: ReferenceWritableKeyPath<PanelCache, T?>, _ compute: () -> T) -> T {
        if let known = self[keyPath: slot] { return known }
        computations += 1
        let value = compute()
        self[keyPath: slot] = value
        return value
    }
}

extension AppState {
    /// The plan's coverage matrix, computed once per plan.
    public var coverageMatrix: CoverageMatrix { panelCache.coverageMatrix(plan) }
    /// The gaps the matrix finds and those recorded, computed once per plan.
    public var gapOverview: GapOverview { panelCache.gapOverview(plan) }
    /// The institutions' roles by measure and function, computed once per plan.
    public var rolesMatrix: RolesMatrix { panelCache.rolesMatrix(plan) }
    /// The gaps ranked by their weighted scores, computed once per plan.
    public var priorityRanking: PriorityRanking { panelCache.priorityRanking(plan) }
    /// The day monitoring judges progress on: the plan's reporting cut-off, else today.
    public var monitoringDay: Day { plan.monitoringDay(today: today) }
    /// Every indicator, measure and open recommendation on `monitoringDay`, computed once per plan.
    public var progressReport: ProgressReport { panelCache.progressReport(plan, on: monitoringDay) }
    /// The thread from gaps to findings, computed once per plan.
    public var trace: Trace { panelCache.trace(plan) }
    /// The figures tables show that follow from the whole plan, computed once per plan.
    public var tableFigures: TableFigures { panelCache.tableFigures(plan) }
    /// The ranking as each stakeholder group scored it, in the groups' order, computed once per plan.
    var rankingsByGroup: [(StakeholderKind, PriorityRanking)] { panelCache.rankingsByGroup(plan) }
    /// Every scenario's cost (or the implicit one of all measures), computed once per plan.
    public var costComparison: [ScenarioCost] { panelCache.costComparison(plan) }
    /// The cost model of the plan (years, GDP), made once per plan.
    public var costModel: CostModel { panelCache.costModel(plan) }
    /// Each scheme's and measure's administrative cost against its ceiling, computed once per plan.
    public var adminCostRatios: [AdminCostRatio] { panelCache.adminCostRatios(plan) }
    /// The ABND assessment matrix's lines, per R202 guarantee, computed once per plan.
    var abndLines: [ABNDRows.Line] { panelCache.abndLines { ABNDRows.lines(plan, numbers: numbers) } }
    /// The table a report panel shows, cached with the plan.
    func report(of panel: Panel) -> ReportTable? {
        panelCache.report(panel, mode: list.mode) {
            panel.report(plan: plan, numbers: numbers, schedule: schedule, mode: list.mode)
        }
    }
    /// The action plan's budget by year, institution and source, computed once per plan and day.
    public var budgetBreakdown: BudgetBreakdown { panelCache.budgetBreakdown(plan, schedule) }

    /// How the last change moved the gaps, when it changed criteria, scores or gaps (nil otherwise).
    var lastRankMoves: [RankMove]? {
        guard let inverse = undoStack.last, Self.touches(inverse, [.criterion, .score, .gap]) else { return nil }
        return panelCache.rankMoves(plan, undoing: inverse) {
            guard let before = try? plan.applying(inverse) else { return nil }
            return PriorityRanking.moves(from: PriorityRanking(plan: before), to: priorityRanking)
        }
    }

    private static func touches(_ edit: Edit, _ kinds: Set<EntityKind>) -> Bool {
        switch edit {
        case .insert(let entity, _), .update(let entity): kinds.contains(entity.kind)
        case .delete(let kind, _): kinds.contains(kind)
        case .set: false
        case .batch(let edits): edits.contains { touches($0, kinds) }
        }
    }
}
