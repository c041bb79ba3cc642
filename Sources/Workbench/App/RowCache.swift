import PlanDomain

/// The rows of each table as last computed (filtered, sorted), so a frame costs what is on screen
/// rather than what is in the plan. One cache belongs to one plan value: ``AppState`` starts a
/// new cache whenever its plan changes, so a cached list is never older than the plan it shows.
final class RowCache: Equatable {
    /// Caches hold what their plan gives, so two states with the same plan are the same whatever
    /// each has cached.
    static func == (a: RowCache, b: RowCache) -> Bool { true }

    struct Key: Hashable {
        var kind: EntityKind
        var filter: String
        var sortColumn: Int?
        var ascending: Bool
    }

    /// Whether a column of a filtered table shows abbreviated numbers at a width: it does when
    /// any row's full text is wider, which needs every row, so it is kept like the rows.
    struct AbbreviationKey: Hashable {
        var kind: EntityKind
        var filter: String
        var column: Int
        var width: Int
        var numbers: String
    }

    private var rows: [Key: [any PlanEntity]] = [:]
    private var abbreviations: [AbbreviationKey: Bool] = [:]

    func abbreviates(_ key: AbbreviationKey, compute: () -> Bool) -> Bool {
        if let known = abbreviations[key] { return known }
        let computed = compute()
        if abbreviations.count >= 256 { abbreviations.removeAll(keepingCapacity: true) }
        abbreviations[key] = computed
        return computed
    }

    func rows(_ key: Key, compute: () -> [any PlanEntity]) -> [any PlanEntity] {
        if let known = rows[key] { return known }
        let computed = compute()
        // A handful of lists at once is what a session uses; forget the rest rather than grow.
        if rows.count >= 16 { rows.removeAll(keepingCapacity: true) }
        rows[key] = computed
        return computed
    }
}
