import PlanDomain

extension Measure {
    /// `eligibleShareFrom` as a form edits it: empty when unset, and unset again when emptied, so a
    /// measure without changes keeps no empty list in plan.json.
    var eligibleShareChanges: [YearValue] {
        get { eligibleShareFrom ?? [] }
        set { eligibleShareFrom = newValue.isEmpty ? nil : newValue }
    }
}
