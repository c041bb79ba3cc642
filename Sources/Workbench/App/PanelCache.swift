import PlanDomain

/// What the analysis panels show that is computed from the whole plan (the coverage matrix, the
/// gap overview, the roles matrix, the priority ranking), computed once per plan value rather than
/// on every frame. Like ``RowCache``, one cache belongs to one plan: ``AppState`` starts a new one
/// whenever its plan changes.
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

    func coverageMatrix(_ plan: Plan) -> CoverageMatrix { cached(\.coverage) { plan.coverageMatrix } }
    func gapOverview(_ plan: Plan) -> GapOverview { cached(\.overview) { GapOverview(plan: plan, matrix: coverageMatrix(plan)) } }
    func rolesMatrix(_ plan: Plan) -> RolesMatrix { cached(\.roles) { plan.rolesMatrix } }
    func priorityRanking(_ plan: Plan) -> PriorityRanking { cached(\.ranking) { PriorityRanking(plan: plan) } }

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
}
