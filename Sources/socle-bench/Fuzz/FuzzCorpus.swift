import Foundation
import PlanDomain
import PlanStore

/// The plans the fuzzer mutates, as plan.json bytes: the example cut down to one of everything, a
/// generated plan of another country and shape cut down to two of everything, and the whole
/// example.
struct FuzzCorpus {
    let seeds: [Data]
    /// The tokens of each seed, found once.
    let tokens: [JSONTokens]

    init(seeds: [Data]) {
        self.seeds = seeds
        tokens = seeds.map { JSONTokens([UInt8]($0)) }
    }

    static func make() throws -> FuzzCorpus {
        let example = try ExamplePlan.load()
        let generated = PlanGenerator.plan(scale: 1, seed: 11)
        return FuzzCorpus(seeds: [try PlanCodec.encode(cut(example, to: 1)), try PlanCodec.encode(cut(generated, to: 2)),
                                  try PlanCodec.encode(example)])
    }

    /// The plan with only the first `count` entities of each kind (references to the others dangle).
    static func cut(_ plan: Plan, to count: Int) -> Plan {
        var result = plan
        for kind in EntityKind.allCases {
            for entity in plan.entities(kind).dropFirst(count) { try? result.apply(.delete(kind, id: entity.id)) }
        }
        return result
    }

    /// The seed plan for an input: its place in `seeds`. The whole example is read for one input
    /// in twenty-five: it is seven times the size of the others and as slow.
    func pick(_ random: inout SplitMix) -> Int {
        random.int(25) == 0 ? 2 : random.int(2)
    }
}
