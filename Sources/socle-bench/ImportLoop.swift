import Foundation
import PlanDomain
import PlanStore

/// `socle-bench import-loop DIR`: opens the plan folder DIR and imports a one-row groups CSV again
/// and again, as `socle import groups` does (the same import and the same save), until it is
/// killed. Import k sets the first group's size to `size(k)`, so whoever kills it can tell from
/// plan.json and from the journal's last line which import each holds.
enum ImportLoop {
    static func size(_ k: Int) -> Double { Double(1_000_000 + k) }

    /// The k of a plan this loop imported into (0 before the first import).
    static func number(of plan: Plan) -> Int? {
        guard let size = plan.stocktake.groups.first?.size else { return nil }
        return size >= 1_000_000 ? Int(size) - 1_000_000 : 0
    }

    /// The k of a journal line this loop wrote.
    static func number(of edit: Edit) -> Int? {
        switch edit {
        case .update(let entity): (entity.base as? PopulationGroup).map { Int($0.size) - 1_000_000 }
        case .batch(let edits): edits.lazy.compactMap(number(of:)).first
        default: nil
        }
    }

    static func run(_ directory: String) -> Int32 {
        KillLoop.run("import-loop", directory: directory,
                     unusable: { $0.plan.stocktake.groups.isEmpty ? "has no population group" : nil },
                     number: number(of:)) { store, k in
            let group = store.plan.stocktake.groups[0]
            let csv = "id,size\n\(group.id),\(Int(size(k)))\n"
            let result = CSVImport.run(.groups, csv: csv, into: store.plan)
            guard result.isValid, let edit = result.edit else {
                throw KillLoop.Stop(description: "import \(k) invalid: \(result.problems)")
            }
            try store.save(store.plan.applying(edit), edit: edit)
        }
    }
}
