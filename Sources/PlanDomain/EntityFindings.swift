/// One validation step's findings about each scheme (or each activity) of a plan, in plan order:
/// one list for all of them, with where each entity's findings end.
///
/// One list rather than one per entity: a national plan has 10,000 activities, and a list of its
/// own for each (most holding one finding) cost an allocation, a copy into the ordered findings and
/// a release apiece. A check appends to the list directly (``gather(_:_:)``).
struct EntityFindings: Sendable {
    /// Every finding, entity after entity.
    private(set) var all: [Finding] = []
    /// Where each entity's findings end in `all` (those of entity n start where n - 1's end).
    private var ends: [Int32] = []

    init() {}

    /// Room for the findings of `entities` entities, about one each.
    mutating func reserve(_ entities: Int) {
        all.reserveCapacity(entities)
        ends.reserveCapacity(entities)
    }

    /// How many entities it holds findings for.
    var count: Int { ends.count }

    /// The findings about entity `entity`.
    subscript(entity: Int) -> ArraySlice<Finding> { all[start(of: entity)..<Int(ends[entity])] }

    private func start(of entity: Int) -> Int { entity == 0 ? 0 : Int(ends[entity - 1]) }

    /// The next entity's findings: what `check` adds to the validator's findings (which it leaves
    /// as they were), appended here with no list of their own.
    mutating func gather(_ validator: inout Validator, _ check: (inout Validator) -> Void) {
        swap(&validator.findings, &all)
        check(&validator)
        swap(&validator.findings, &all)
        ends.append(Int32(all.count))
    }

    /// The next entity's findings, as they were kept.
    mutating func append(_ findings: ArraySlice<Finding>) {
        all.append(contentsOf: findings)
        ends.append(Int32(all.count))
    }

    /// The findings of entity `entity` replaced by `findings` (the others' moved along, not copied).
    mutating func replace(_ entity: Int, with findings: [Finding]) {
        let range = start(of: entity)..<Int(ends[entity])
        all.replaceSubrange(range, with: findings)
        let shift = Int32(findings.count - range.count)
        guard shift != 0 else { return }
        for next in entity..<ends.count { ends[next] += shift }
    }

    /// The findings of consecutive runs of entities, one after the other, moved out of `runs`
    /// (left empty): the validation's runs on every core are joined on one thread after them, and a
    /// copy of each finding would retain and then release what each holds (tens of thousands of
    /// closures and texts, all cold in the caches). A run whose list is shared is copied first, so
    /// the other holder keeps its findings.
    static func joined(moving runs: inout [EntityFindings]) -> EntityFindings {
        defer { runs = [] }
        guard runs.count > 1 else { return runs.first ?? EntityFindings() }
        var ends: [Int32] = []
        ends.reserveCapacity(runs.reduce(0) { $0 + $1.count })
        let total = runs.reduce(0) { $0 + $1.all.count }
        let hole = Finding(.hint, .referenceMissing, at: Location(stage: .foundations), "")
        let all = [Finding](unsafeUninitializedCapacity: total) { target, initialized in
            for index in runs.indices {
                let offset = Int32(initialized)
                ends.append(contentsOf: runs[index].ends.lazy.map { $0 + offset })
                runs[index].all.withUnsafeMutableBufferPointer { run in
                    guard let source = run.baseAddress, !run.isEmpty else { return }
                    (target.baseAddress! + initialized).moveInitialize(from: source, count: run.count)
                    // What is left holds nothing to release twice (an empty text, no id).
                    source.initialize(repeating: hole, count: run.count)
                    initialized += run.count
                }
            }
        }
        var joined = EntityFindings()
        (joined.all, joined.ends) = (all, ends)
        return joined
    }
}
