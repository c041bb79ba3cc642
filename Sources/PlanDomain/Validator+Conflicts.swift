extension Validator {
    /// Each merge conflict not yet resolved is an error: the plan holds "ours" for now, and someone
    /// has to choose (the workbench opens a chooser on the finding).
    mutating func checkConflicts() {
        for conflict in plan.conflicts ?? [] {
            add(.error, .mergeConflict, conflict.location, Validator.message(conflict, numbers: numbers))
        }
    }

    static func message(_ conflict: PlanConflict, numbers: NumberConvention) -> String {
        let who = { (side: PlanConflict.Side, by: String?) in by.map { "\(side.rawValue) (\($0))" } ?? side.rawValue }
        return "Merge conflict on \(conflict.place): \(who(.ours, conflict.oursBy)) \(conflict.describe(.ours, numbers: numbers)), "
            + "\(who(.theirs, conflict.theirsBy)) \(conflict.describe(.theirs, numbers: numbers)), "
            + "base \(conflict.describe(.base, numbers: numbers)); ours is kept until you choose."
    }
}
