import Foundation
import Testing
@testable import PlanDomain

/// A schedule worked out while the rules run (``SharedSchedule``): once, by whichever thread asks
/// first, and the rules and budget that read it give what they give with the schedule known.
struct SharedScheduleTests {
    @Test("threads asking at once get one schedule, the plan's, worked out once")
    func workedOutOnce() throws {
        let plan = try ExamplePlanTests.loadPlan()
        let today = Day(year: 2027, month: 6, day: 1)
        let shared = SharedSchedule(of: plan, today: today)
        #expect(!shared.isKnown)
        let answers = Answers()
        DispatchQueue.concurrentPerform(iterations: 8) { turn in
            if turn % 2 == 0 { shared.start() } // returns at once when another has it under way
            answers.add(shared.value)
        }
        #expect(shared.isKnown)
        #expect(answers.all.count == 8)
        #expect(answers.all.allSatisfy { $0 == plan.schedule(today: today) })
        #expect(SharedSchedule(plan.schedule()).isKnown)
        #expect(SharedSchedule(of: plan, today: nil) == SharedSchedule(plan.schedule()))
        #expect(SharedSchedule(of: plan, today: today) != SharedSchedule(plan.schedule(today: Day(year: 2031, month: 1, day: 1))))
    }

    @Test("rules and budget read a schedule being worked out as they read it known, from nothing and after edits",
          arguments: [true, false])
    func pendingAsKnown(inParallel: Bool) throws {
        var plan = try ExamplePlanTests.loadPlan()
        var random = IncrementalValidationTests.Random(state: inParallel ? 31 : 37)
        var pending = Validation(), known = Validation()
        pending.concurrency = inParallel
        known.concurrency = inParallel
        let today = Day(year: 2027, month: 6, day: 1)
        for step in 0..<12 {
            let shared = SharedSchedule(of: plan, today: today)
            // Every third step another thread (the input thread drawing a frame) works it out meanwhile.
            let other = step % 3 == 0 ? Thread { shared.start() } : nil
            other?.start()
            let budget = pending.updateWithBudget(to: plan, today: today, sharing: shared)
            let schedule = plan.schedule(today: today)
            #expect(shared.value == schedule, "step \(step)")
            #expect(budget == known.updateWithBudget(to: plan, today: today, schedule: schedule), "step \(step)")
            #expect(pending.findings == known.findings,
                    "step \(step): \(IncrementalValidationTests.difference(pending.findings, known.findings))")
            // Without a schedule, the validation works out the plan's own (no day) as it runs.
            #expect(Validation().updated(to: plan).findings
                    == Validation().updated(to: plan, schedule: plan.schedule()).findings, "step \(step)")
            let activity = random.next(plan.actionPlan.activities.count)
            plan.actionPlan.activities[activity].durationDays += 90 * (step + 1)
            IncrementalValidationTests.randomEdit(of: &plan, &random, step: step)
        }
    }
}

/// What several threads got, gathered under a lock.
private final class Answers: @unchecked Sendable {
    private let lock = NSLock()
    private var schedules: [Schedule] = []

    func add(_ schedule: Schedule) { lock.withLock { schedules.append(schedule) } }
    var all: [Schedule] { lock.withLock { schedules } }
}
