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

    /// A table's rows drawn with one set of columns: each row's cells (see ``Canvas/strip(y:x:count:)``)
    /// depend only on the entity, the plan, the columns and their widths, the glyphs and the numbers.
    struct LineKey: Hashable {
        var rows: Key
        /// (column, width) pairs, in display order.
        var columns: [Int]
        var abbreviated: [Bool]
        var width: Int
        var glyphs: Glyphs
        var numbers: NumberConvention
    }

    private var rows: [Key: [any PlanEntity]] = [:]
    private var lines: [LineKey: Lines] = [:]
    private var abbreviations: [AbbreviationKey: Bool] = [:]

    private var idWidths: [EntityKind: Int] = [:]

    /// The display width of the longest id of `kind` in the plan, worked out once.
    func idWidth(_ kind: EntityKind, compute: () -> Int) -> Int {
        if let known = idWidths[kind] { return known }
        let computed = compute()
        idWidths[kind] = computed
        return computed
    }

    func abbreviates(_ key: AbbreviationKey, compute: () -> Bool) -> Bool {
        if let known = abbreviations[key] { return known }
        let computed = compute()
        if abbreviations.count >= 256 { abbreviations.removeAll(keepingCapacity: true) }
        abbreviations[key] = computed
        return computed
    }

    /// The rows drawn under `key` so far: a table asks once per frame, then for each row it shows.
    func lines(_ key: LineKey) -> Lines {
        if let known = lines[key] { return known }
        // A few column sets at once (a resize, another table); forget the rest rather than grow.
        if lines.count >= 4 { lines.removeAll(keepingCapacity: true) }
        let made = Lines()
        lines[key] = made
        return made
    }

    /// How many rows are kept drawn, under every ``LineKey``.
    var keptLineCount: Int { lines.values.reduce(0) { $0 + $1.count } }

    /// Each row's cells under one ``LineKey``, by the row's index in the list.
    final class Lines {
        private var cells: [Int: [Cell]] = [:]

        var count: Int { cells.count }

        /// Row `index`'s cells, drawn by `draw` the first time.
        func line(_ index: Int, draw: () -> [Cell]) -> [Cell] {
            if let known = cells[index] { return known }
            let drawn = draw()
            // A few pages of rows are what a session scrolls through at a time.
            if cells.count >= 1024 { cells.removeAll(keepingCapacity: true) }
            cells[index] = drawn
            return drawn
        }
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
