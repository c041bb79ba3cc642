import BundledExample
import Foundation
import PlanDomain
import PlanStore

/// The bundled example plan, and larger plans made from it.
enum ExamplePlan {
    static func load() throws -> Plan {
        guard let folder = BundledExample.folder else {
            throw BenchError(description: "the bundled example plan is missing")
        }
        return try PlanStore.load(at: folder)
    }

    /// The plan with every collection repeated `factor` times (copies get ids ending in "-2", "-3", …).
    static func scaled(_ plan: Plan, by factor: Int) -> Plan {
        var inserts: [Edit] = []
        for kind in EntityKind.allCases {
            let originals = plan.entities(kind)
            for copy in 2...max(2, factor) where factor > 1 {
                for entity in originals {
                    var twin = entity
                    twin.id = "\(entity.id)-\(copy)"
                    inserts.append(.insert(AnyEntity(twin), index: nil))
                }
            }
        }
        // One batch: the edit path keeps its index of positions across the inserts.
        var result = plan
        _ = try? result.apply(.batch(inserts))
        return result
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
}
