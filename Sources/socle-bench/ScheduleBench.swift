import Foundation
import PlanDomain

/// `socle-bench schedule [--runs N]`: how long the critical-path schedule takes on a generated
/// network of 10,000 activities and 20,000 dependencies (acyclic, listed in shuffled order), and
/// on the example plan. A frame at 60 Hz is 16.7 ms. Best, median and worst of the runs: on a
/// busy machine the best is the figure least disturbed by other work.
enum ScheduleBench {
    static func run(runs: Int, activities count: Int = 10_000, dependencies links: Int = 20_000) throws {
        #if DEBUG
        print("note: this is a debug build; use `swift build -c release --product socle-bench` for real figures")
        #endif
        let plan = network(count: count, links: links)
        print("socle-bench schedule: \(runs) runs, milliseconds (a 60 Hz frame is 16.7 ms)")
        print(pad("network", 34) + pad("best", 9, right: true) + pad("median", 9, right: true)
              + pad("worst", 9, right: true))
        report("\(count) activities, \(links) links", times(runs) { _ = plan.schedule() })
        report("  + lateness and budget", times(runs) {
            let schedule = plan.schedule(today: Day(year: 2027, month: 6, day: 1)!)
            _ = plan.budgetBreakdown(schedule)
        })
        report("  + every validation rule", times(runs) { _ = plan.validate() })
        let example = try ExamplePlan.load()
        report("example (\(example.actionPlan.activities.count) activities)", times(runs) { _ = example.schedule() })
        let schedule = plan.schedule()
        print("check: \(schedule.activities.count) scheduled, \(schedule.criticalPath.count) critical, "
              + "finish \(schedule.finish?.iso ?? "none"), \(schedule.cycles.count) cycles")
    }

    /// `count` activities; each of `links` dependencies goes from an activity earlier in a hidden
    /// order to a later one, so there is no cycle; the plan lists them shuffled.
    static func network(count: Int, links: Int, seed: UInt64 = 7) -> Plan {
        var random = SplitMix(seed: seed)
        var plan = Plan.new(meta: PlanMeta(country: Country(name: "Benchland", code: "BL"), title: "Schedule benchmark",
                                           currency: "XOF", baseYear: 2025, firstYear: 2026, lastYear: 2035))
        plan.actionPlan.startDate = Day(year: 2026, month: 1, day: 5)
        var activities = (0..<count).map { index -> Activity in
            var activity = Activity(id: "ACT-\(index + 1)")
            activity.name = "Activity \(index + 1)"
            activity.milestone = random.int(20) == 0
            activity.durationDays = activity.milestone ? 0 : 1 + random.int(120)
            activity.budget = Double(random.int(5_000_000))
            if random.int(50) == 0 { activity.notEarlierThan = Day(year: 2026 + random.int(4), month: 1 + random.int(12), day: 1) }
            return activity
        }
        for _ in 0..<links {
            let a = random.int(count), b = random.int(count)
            guard a != b else { continue }
            let (from, to) = (min(a, b), max(a, b))
            let type: DependencyType = random.int(5) == 0 ? .startToStart : .finishToStart
            activities[to].dependencies.append(Dependency(activityId: "ACT-\(from + 1)", type: type,
                                                          lagDays: random.int(41) - 10))
        }
        activities.shuffle(using: &random)
        plan.actionPlan.activities = activities
        return plan
    }

    private static func times(_ runs: Int, _ body: () -> Void) -> [Duration] {
        let clock = ContinuousClock()
        body()  // warm up
        return (0..<max(1, runs)).map { _ in
            let start = clock.now
            body()
            return clock.now - start
        }.sorted()
    }

    private static func report(_ name: String, _ times: [Duration]) {
        print(pad(name, 34) + pad(ms(times[0]), 9, right: true) + pad(ms(times[times.count / 2]), 9, right: true)
              + pad(ms(times.last!), 9, right: true))
    }

    private static func ms(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return String(format: "%.2f", value)
    }

    private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }
}
