/// One validation step's findings about each scheme (or each activity) of a plan, in plan order:
/// lists of consecutive entities' findings (one per run the cores checked), each with where each
/// entity's findings end.
///
/// Lists of runs rather than one per entity: a national plan has 10,000 activities, and a list of
/// its own for each (most holding one finding) cost an allocation, a copy into the ordered findings
/// and a release apiece. A check appends to the last list directly (``gather(_:_:)``). The runs the
/// cores check are joined by keeping their lists as they are (``joined(_:)``): no finding is moved
/// or copied on one thread after the others, and the ordered findings are copied from the lists on
/// every core.
struct EntityFindings: Sendable {
    /// The findings of consecutive entities: every finding, entity after entity.
    struct Run: Sendable {
        fileprivate(set) var findings: [Finding] = []
        /// Where each entity's findings end in `findings` (those of entity n start where n - 1's end).
        fileprivate var ends: [Int32] = []

        fileprivate func start(of entity: Int) -> Int { entity == 0 ? 0 : Int(ends[entity - 1]) }
    }

    /// The runs in plan order (none empty of entities).
    private(set) var runs: [Run] = []
    /// The first entity of each run: `firsts[n]` entities come before run n.
    private var firsts: [Int] = []
    /// How many entities it holds findings for.
    var count: Int { (firsts.last ?? 0) + (runs.last?.ends.count ?? 0) }

    init() {}

    /// Every finding, entity after entity, as the lists of its runs.
    var lists: [[Finding]] { runs.map(\.findings) }

    /// Every finding, entity after entity, in one list.
    var all: [Finding] { Array(runs.map(\.findings).joined()) }

    /// Room for the findings of `entities` entities, about one each, in the list a new run starts.
    mutating func reserve(_ entities: Int) {
        startRun()
        runs[runs.count - 1].findings.reserveCapacity(entities)
        runs[runs.count - 1].ends.reserveCapacity(entities)
    }

    /// A run to append to, when the last holds entities already (or there is none).
    private mutating func startRun() {
        guard runs.last.map({ !$0.ends.isEmpty }) ?? true else { return }
        runs.append(Run())
        firsts.append(count)
    }

    /// Which run holds `entity`, and where in it.
    private func place(of entity: Int) -> (run: Int, at: Int) {
        precondition(entity >= 0 && entity < count, "no entity \(entity) among \(count)")
        var (low, high) = (0, runs.count - 1)
        while low < high { // the last run whose first entity is at or before `entity`
            let middle = (low + high + 1) / 2
            if firsts[middle] <= entity { low = middle } else { high = middle - 1 }
        }
        return (low, entity - firsts[low])
    }

    /// The findings about entity `entity`.
    subscript(entity: Int) -> ArraySlice<Finding> {
        let (run, at) = place(of: entity)
        return runs[run].findings[runs[run].start(of: at)..<Int(runs[run].ends[at])]
    }

    /// The next entity's findings: what `check` adds to the validator's findings (which it leaves
    /// as they were), appended here with no list of their own.
    mutating func gather(_ validator: inout Validator, _ check: (inout Validator) -> Void) {
        if runs.isEmpty { startRun() }
        // The last run reached through the list's buffer: once, not at each access (each asked
        // whether the list is shared; for each of 10,000 activities, for each check).
        runs.withUnsafeMutableBufferPointer { runs in
            let last = runs.baseAddress! + (runs.count - 1)
            swap(&validator.findings, &last.pointee.findings)
            check(&validator)
            swap(&validator.findings, &last.pointee.findings)
            last.pointee.ends.append(Int32(last.pointee.findings.count))
        }
    }

    /// The next entity's findings, as they were kept.
    mutating func append(_ findings: ArraySlice<Finding>) {
        if runs.isEmpty { startRun() }
        let last = runs.count - 1
        runs[last].findings.append(contentsOf: findings)
        runs[last].ends.append(Int32(runs[last].findings.count))
    }

    /// The findings of entity `entity` replaced by `findings` (the others of its run moved along,
    /// not copied; the other runs untouched).
    mutating func replace(_ entity: Int, with findings: [Finding]) {
        let (run, at) = place(of: entity)
        let range = runs[run].start(of: at)..<Int(runs[run].ends[at])
        runs[run].findings.replaceSubrange(range, with: findings)
        let shift = Int32(findings.count - range.count)
        guard shift != 0 else { return }
        for next in at..<runs[run].ends.count { runs[run].ends[next] += shift }
    }

    /// The findings of consecutive runs of entities, one after the other: their runs kept as they
    /// are (no finding moved or copied).
    static func joined(_ parts: [EntityFindings]) -> EntityFindings {
        var joined = EntityFindings()
        for part in parts {
            let before = joined.count
            for (run, first) in zip(part.runs, part.firsts) where !run.ends.isEmpty {
                joined.runs.append(run)
                joined.firsts.append(before + first)
            }
        }
        return joined
    }
}
