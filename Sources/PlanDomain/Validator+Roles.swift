extension Validator {
    /// Every measure needs a lead institution for each function (its own or strategy-wide), and
    /// one lead is clearer than two.
    mutating func checkRoles() {
        let matrix = plan.rolesMatrix
        for measure in plan.strategy.measures {
            guard let block = matrix.block(for: measure.id) else { continue }
            // The texts written when read: what they name read now.
            let (here, named) = (Location(measure.id, Measure.Field.roles), Named(measure))
            if block.rows.isEmpty {
                add(.warning, .roleNone, here) { "Measure \(named) has no institution roles of its own yet." }
                continue
            }
            if case let missing = block.missingLeads, !missing.isEmpty {
                add(.warning, .roleNoLead, here) {
                    "Measure \(named) has no lead for \(Self.list(missing.map { $0.label.lowercased() }))."
                }
            }
            for function in RolesMatrix.functions where !block.inheritedLeads.contains(function) {
                let leads = block.leads[function] ?? []
                if leads.count > 1 {
                    let names = leads.map { nameOf(.stakeholder, $0) }
                    add(.hint, .roleTwoLeads, here) {
                        "Measure \(named) has \(names.count) leads for \(function.label.lowercased()) "
                            + "(\(Self.list(names))); one institution should answer for it."
                    }
                }
            }
        }
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
