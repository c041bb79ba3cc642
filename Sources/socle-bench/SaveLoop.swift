import Foundation
import PlanDomain
import PlanStore

/// `socle-bench save-loop DIR`: opens the plan folder DIR and commits a new complete version of
/// the plan (`PlanStore.commit`: journal line, plan.json rewritten in the background), again and
/// again, until it is killed. It writes one line to stderr when it starts
/// saving, and nothing else unless something fails. Version k is a fixed function of k (see
/// `version(_:)`), so whoever kills it can check that plan.json holds exactly one whole version.
enum SaveLoop {
    /// The plan every version is derived from.
    static func base() -> Plan { PlanGenerator.plan(scale: 1, seed: 7) }

    /// Version k: the title says "version k", and the plan loses or gains entities so that the
    /// file's size changes from one version to the next.
    static func version(_ k: Int, of base: Plan) -> Plan {
        var plan = base
        plan.meta.title = "version \(k)"
        plan.actionPlan.activities.removeLast(min(k % 40, plan.actionPlan.activities.count))
        for index in 0..<(k % 25) {
            var stakeholder = Stakeholder(id: "STK-V\(k)-\(index)")
            stakeholder.name = "Added in version \(k), number \(index)"
            plan.foundations.stakeholders.append(stakeholder)
        }
        plan.stocktake.economy.gdp.baseValue = Double(k) * 1000.5
        return plan
    }

    /// The edit that turns version k - 1 into version k exactly, so that the journal line of a
    /// save can be applied again to the previous plan.json (as opening does after a kill).
    static func edit(to k: Int, of base: Plan) -> Edit {
        let old = version(k - 1, of: base), new = version(k, of: base)
        var edits: [Edit] = [.set(.meta(new.meta)), .set(.economy(new.stocktake.economy))]
        let newIDs = Set(new.foundations.stakeholders.map(\.id)), oldIDs = Set(old.foundations.stakeholders.map(\.id))
        edits += old.foundations.stakeholders.filter { !newIDs.contains($0.id) }.map { .delete(.stakeholder, id: $0.id) }
        edits += new.foundations.stakeholders.filter { !oldIDs.contains($0.id) }.map { .insert($0) }
        let kept = Set(new.actionPlan.activities.map(\.id)), had = Set(old.actionPlan.activities.map(\.id))
        edits += old.actionPlan.activities.filter { !kept.contains($0.id) }.map { .delete(.activity, id: $0.id) }
        edits += new.actionPlan.activities.filter { !had.contains($0.id) }.map { .insert($0) }
        return .batch(edits)
    }

    /// The k of a plan saved by this loop, from its title.
    static func number(of plan: Plan) -> Int? { number(ofTitle: plan.meta.title) }

    static func number(ofTitle title: String) -> Int? {
        guard title.hasPrefix("version ") else { return nil }
        return Int(title.dropFirst("version ".count))
    }

    static func run(_ directory: String) -> Int32 {
        // Built before the lock is taken, so that saving starts as soon as the lock is there.
        let base = base()
        return KillLoop.run("save-loop", directory: directory, unusable: { _ in nil },
                            number: number(of:)) { store, k in
            // The workbench's path: the journal line commits, plan.json is rewritten in the background.
            try store.commit(version(k, of: base), edit: edit(to: k, of: base))
        }
    }
}
