import Foundation
import PlanDomain

/// The in-process analyses of the national plan (`socle-bench scale --only analyses`, and
/// `socle-bench analyses [--full] [--serial]` for a profiler): the schedule, the budget, the rules
/// from nothing and after edits, and the approvals' fingerprints.
extension ScaleBench {
    /// Each analysis of `plan` timed `runs` times (after one to warm up): its best and median.
    static func analyses(_ plan: Plan, runs: Int) {
        let today = Day(year: 2027, month: 6, day: 1)!
        func report(_ name: String, _ body: () -> Void) {
            body()
            let clock = ContinuousClock()
            let times = (0..<runs).map { _ in
                let start = clock.now
                body()
                return milliseconds(clock.now - start)
            }.sorted()
            print(line(name, times))
        }
        report("schedule (CPM)") { _ = plan.schedule() }
        report("schedule + lateness + budget") { _ = plan.budgetBreakdown(plan.schedule(today: today)) }
        report("every validation rule (includes CPM)") { _ = plan.validate() }
        // The full pass's results are dropped after the clock stops: the workbench keeps them.
        for serial in [false, true] {
            let times = timedFullPass(plan, today: today, runs: runs, serial: serial)
            print(line(serial ? "  the same on one thread" : "CPM + lateness + budget + every rule", times))
        }
        // What an edit costs with the validation kept from the plan before (the workbench's way):
        // only the rules that read the part edited run again.
        let kept = Validation().updated(to: plan)
        var activityEdited = plan
        var activity = activityEdited.actionPlan.activities[activityEdited.actionPlan.activities.count / 2]
        activity.durationDays += 1
        _ = try? activityEdited.apply(.update(AnyEntity(activity)))
        var schemeEdited = plan
        var scheme = schemeEdited.stocktake.schemes[schemeEdited.stocktake.schemes.count / 2]
        scheme.expenditure = (scheme.expenditure ?? 0) + 1
        _ = try? schemeEdited.apply(.update(AnyEntity(scheme)))
        report("every rule after one activity edit (kept)") { _ = kept.updated(to: activityEdited) }
        report("every rule after one scheme edit (kept)") { _ = kept.updated(to: schemeEdited) }
        // The workbench's way: its schedule (worked out for the screens) goes to the validation, and the
        // budget is worked out alongside the rules.
        report("CPM, lateness, budget, rules: activity edit") {
            let schedule = activityEdited.schedule(today: today)
            var validation = kept
            _ = validation.updateWithBudget(to: activityEdited, schedule: schedule)
        }
        report("stage progress (on the input thread)") { _ = plan.progress() }
        approvals(plan, report)
    }

    /// One analysis's line: its name, then the best and median of its sorted `times`.
    static func line(_ name: String, _ times: [Double]) -> String {
        pad(name, 44) + "best " + ms(times[0]) + " ms, median " + ms(times[times.count / 2]) + " ms"
    }

    /// Only the full pass (the schedule, lateness, budget and every rule from nothing), `runs` times.
    static func fullPass(_ plan: Plan, runs: Int, serial: Bool = false) {
        let times = timedFullPass(plan, today: Day(year: 2027, month: 6, day: 1)!, runs: runs, serial: serial)
        print("CPM + lateness + budget + every rule\(serial ? " (one thread)" : ""): best \(ms(times[0])) ms, median \(ms(times[times.count / 2])) ms")
    }

    /// The schedule (lateness judged on `today`), the budget and every rule from nothing, as the
    /// workbench works them out in the background: the schedule as the first turn on the cores,
    /// the rules that do not read it meanwhile, then the budget and the rules that do; `serial`:
    /// every step on one thread (else as the validation decides: every core for a plan this size).
    static func fullPassOnce(_ plan: Plan, today: Day, serial: Bool) -> (Schedule, BudgetBreakdown, Validation) {
        let schedule = SharedSchedule(of: plan, today: today)
        var validation = Validation()
        validation.concurrency = serial ? false : nil
        let budget = validation.updateWithBudget(to: plan, sharing: schedule)
        return (schedule.value, budget, validation)
    }

    /// The full pass's times in ms, sorted (after one run to warm up): each run's results are
    /// dropped once its clock has stopped, as the workbench keeps what it worked out.
    static func timedFullPass(_ plan: Plan, today: Day, runs: Int, serial: Bool) -> [Double] {
        _ = fullPassOnce(plan, today: today, serial: serial)
        let clock = ContinuousClock()
        return (0..<max(1, runs)).map { _ in
            let start = clock.now
            let results = fullPassOnce(plan, today: today, serial: serial)
            let time = milliseconds(clock.now - start)
            withExtendedLifetime(results) {}
            return time
        }.sorted()
    }

    /// The same plan once every approval step approved all three documents: each analysis checks
    /// the versions approved again (a fingerprint of each document).
    static func approvals(_ plan: Plan, _ report: (String, () -> Void) -> Void) {
        let approved = PlanGenerator.approved(plan)
        print("with every approval step approving the strategy, the action plan and the costing:")
        for document in PlanDocument.allCases {
            report("  \(document.name): content (\(mb(approved.canonicalContent(of: document).count)))") {
                _ = approved.canonicalContent(of: document)
            }
            report("  \(document.name): fingerprint") { _ = approved.fingerprint(of: document) }
        }
        // Successive edits of one activity, as typing makes them: each analysis sees a new value.
        let kept = Validation().updated(to: approved)
        let middle = approved.actionPlan.activities.count / 2
        let edited = (1...2).map { days in
            var plan = approved
            var activity = plan.actionPlan.activities[middle]
            activity.durationDays += days
            _ = try? plan.apply(.update(AnyEntity(activity)))
            return plan
        }
        var turn = 0
        report("  every rule after one activity edit (kept)") {
            turn += 1
            _ = kept.updated(to: edited[turn % 2])
        }
        // Where a hash cannot be avoided: the action plan's fingerprint after an edit (as when a step
        // is saved as approved), hashed from the activity edited on; and a plan whose steps approved
        // a version of the action plan this process never saw (it changed before it was opened).
        report("  action plan fingerprint after an edit") {
            turn += 1
            _ = edited[turn % 2].fingerprint(of: .actionPlan)
        }
        var unseen = approved
        unseen.strategy.approvals = unseen.strategy.approvals.map { step in
            var step = step
            step.fingerprint = step.fingerprint.split(separator: "-").enumerated()
                .map { $0.offset == 1 ? "0123456789ab" : String($0.element) }.joined(separator: "-")
            return step
        }
        let keptUnseen = Validation().updated(to: unseen)
        let editedUnseen = edited.map { plan in
            var plan = plan
            plan.strategy.approvals = unseen.strategy.approvals
            return plan
        }
        report("  activity edit, version never seen (kept)") {
            turn += 1
            _ = keptUnseen.updated(to: editedUnseen[turn % 2])
        }
    }
}
