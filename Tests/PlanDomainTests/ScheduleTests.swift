import Testing
@testable import PlanDomain

/// A plan whose timetable starts on 1 March 2026, with the given activities.
func network(_ activities: [Activity], start: Day? = day("2026-03-01")) -> Plan {
    var plan = cleanPlan()
    plan.actionPlan.startDate = start
    plan.actionPlan.activities = activities
    return plan
}

func day(_ iso: String) -> Day { Day(iso: iso)! }

/// An activity: `id` lasting `days`, after the given links ("A" finish to start, "A ss+3", "A -4").
func task(_ id: EntityID, _ days: Int, after links: [String] = [], fixed: String? = nil, notBefore: String? = nil,
          milestone: Bool = false, status: ActivityStatus = .notStarted) -> Activity {
    var activity = Activity(id: id)
    activity.name = "Activity \(id)"
    activity.durationDays = days
    activity.milestone = milestone
    activity.start = fixed.map(day)
    activity.notEarlierThan = notBefore.map(day)
    activity.status = status
    activity.dependencies = links.map { link in
        let parts = link.split(separator: " ")
        var dependency = Dependency(activityId: String(parts[0]))
        if parts.count > 1 {
            var rest = parts[1]
            if rest.hasPrefix("ss") { dependency.type = .startToStart; rest = rest.dropFirst(2) }
            dependency.lagDays = Int(rest) ?? 0
        }
        return dependency
    }
    return activity
}

/// "early start / early finish / late start / late finish / float" of one activity.
func dates(_ schedule: Schedule, _ id: EntityID) -> String {
    guard let a = schedule[id] else { return "no dates" }
    return "\(a.earlyStart) \(a.earlyFinish) \(a.lateStart) \(a.lateFinish) \(a.totalFloat)"
}

@Suite("Critical path schedule")
struct ScheduleTests {
    @Test func finishToStartChainThroughAMilestone() {
        // A: 10 days from 1 March occupies 1–10 March. B follows: 11–15 March. The milestone M
        // follows B: at the start of 16 March. D follows M with no lag: it starts the same day, 16–18.
        let schedule = network([task("A", 10), task("B", 5, after: ["A"]), task("M", 0, after: ["B"], milestone: true),
                                task("D", 3, after: ["M"])]).schedule()
        #expect(dates(schedule, "A") == "2026-03-01 2026-03-10 2026-03-01 2026-03-10 0")
        #expect(dates(schedule, "B") == "2026-03-11 2026-03-15 2026-03-11 2026-03-15 0")
        #expect(dates(schedule, "M") == "2026-03-16 2026-03-16 2026-03-16 2026-03-16 0")
        #expect(dates(schedule, "D") == "2026-03-16 2026-03-18 2026-03-16 2026-03-18 0")
        #expect(schedule.finish == day("2026-03-18"))
        #expect(schedule.criticalPath.map(\.id) == ["A", "B", "M", "D"])
        #expect(schedule.activities.allSatisfy { $0.critical })
    }

    @Test func startToStartWithLag() {
        // B starts 3 days after A starts: 4–7 March. The plan ends with A on 10 March, so B may
        // finish by 10 March: late start 7 March, 3 days of float. A stays critical.
        let schedule = network([task("A", 10), task("B", 4, after: ["A ss+3"])]).schedule()
        #expect(dates(schedule, "B") == "2026-03-04 2026-03-07 2026-03-07 2026-03-10 3")
        #expect(dates(schedule, "A") == "2026-03-01 2026-03-10 2026-03-01 2026-03-10 0")
        #expect(schedule["A"]!.critical && !schedule["B"]!.critical)
    }

    @Test func negativeLagIsALead() {
        // B may start 4 days before A finishes: A ends 10 March, so B starts 11 − 4 = 7 March and
        // ends 12 March, which ends the plan: both critical. C starts 5 days before A starts, but
        // not before the timetable's start: 1 March.
        let schedule = network([task("A", 10), task("B", 6, after: ["A -4"]), task("C", 2, after: ["A ss-5"])]).schedule()
        #expect(dates(schedule, "B") == "2026-03-07 2026-03-12 2026-03-07 2026-03-12 0")
        #expect(dates(schedule, "A") == "2026-03-01 2026-03-10 2026-03-01 2026-03-10 0")
        #expect(schedule["C"]!.earlyStart == day("2026-03-01"))
        #expect(schedule.finish == day("2026-03-12"))
    }

    @Test func fixedStartPinsTheEarlyStart() {
        // B is fixed later than A allows (11 March): it starts on its date, 20–24 March, and A may
        // slip until B's late start (20 March): late finish 19 March, 9 days of float.
        // C is fixed on 5 March, before A lets it start: a conflict, and the fixed date still holds.
        let schedule = network([task("A", 10), task("B", 5, after: ["A"], fixed: "2026-03-20"),
                                task("C", 5, after: ["A"], fixed: "2026-03-05")]).schedule()
        #expect(dates(schedule, "B") == "2026-03-20 2026-03-24 2026-03-20 2026-03-24 0")
        #expect(dates(schedule, "A") == "2026-03-01 2026-03-10 2026-03-10 2026-03-19 9")
        #expect(schedule["C"]!.earlyStart == day("2026-03-05"))
        let conflict = FixedStartConflict(activityId: "C", fixedStart: day("2026-03-05"), earliestAllowed: day("2026-03-11"))
        #expect(schedule.fixedStartConflicts == [conflict])
    }

    @Test func notEarlierThanIsALowerBound() {
        // B waits for 20 March; C's bound (1 February) is earlier than A's finish, so A decides: 11 March.
        let schedule = network([task("A", 10), task("B", 5, after: ["A"], notBefore: "2026-03-20"),
                                task("C", 5, after: ["A"], notBefore: "2026-02-01"),
                                task("D", 1, notBefore: "2026-04-01")]).schedule()
        #expect(schedule["B"]!.earlyStart == day("2026-03-20"))
        #expect(schedule["C"]!.earlyStart == day("2026-03-11"))
        #expect(schedule["D"]!.earlyStart == day("2026-04-01"))
        #expect(schedule.fixedStartConflicts.isEmpty)
    }

    @Test func parallelBranchesHaveFloat() {
        // A 1–5 March; B (10 days) 6–15 and C (3 days) 6–8 both follow A; D follows both: 16–17.
        // C may finish as late as 15 March: late start 13 March, 7 days of float.
        let schedule = network([task("A", 5), task("B", 10, after: ["A"]), task("C", 3, after: ["A"]),
                                task("D", 2, after: ["B", "C"])]).schedule()
        #expect(dates(schedule, "C") == "2026-03-06 2026-03-08 2026-03-13 2026-03-15 7")
        #expect(dates(schedule, "D") == "2026-03-16 2026-03-17 2026-03-16 2026-03-17 0")
        #expect(schedule.criticalPath.map(\.id) == ["A", "B", "D"])
        #expect(schedule.finish == day("2026-03-17"))
    }

    @Test func aMilestoneFlagWinsOverADuration() {
        // Flagged a milestone but given 5 days: it takes no time, at the start of 11 March.
        let schedule = network([task("A", 10), task("M", 5, after: ["A"], milestone: true)]).schedule()
        #expect(dates(schedule, "M") == "2026-03-11 2026-03-11 2026-03-11 2026-03-11 0")
    }

    @Test func cancelledActivitiesTakeNoTimeButKeepTheirLinks() {
        // X (10 days) is cancelled: it lasts nothing, so B starts the day after A ends (6 March).
        let schedule = network([task("A", 5), task("X", 10, after: ["A"], status: .cancelled),
                                task("B", 2, after: ["X"])]).schedule()
        #expect(schedule["B"]!.earlyStart == day("2026-03-06"))
        #expect(schedule["X"]!.duration == 0 && !schedule["X"]!.critical)
    }

    @Test func aCycleOfThreeIsNamedAndNothingAfterItIsDated() {
        // A waits for C, B for A, C for B: work would flow A → B → C → A. D comes after the cycle;
        // E is independent and still scheduled; F waits for a missing activity and starts at once.
        let plan = network([task("A", 5, after: ["C"]), task("B", 5, after: ["A"]), task("C", 5, after: ["B"]),
                            task("D", 5, after: ["C", "E"]), task("E", 5), task("F", 3, after: ["ACT-99"])])
        let schedule = plan.schedule()
        #expect(schedule.cycles == [DependencyCycle(activityIds: ["A", "B", "C"], loop: ["A", "B", "C", "A"])])
        #expect(schedule.blocked == ["D"])
        #expect(schedule.activities.map(\.id) == ["E", "F"])
        #expect(schedule["F"]!.earlyStart == day("2026-03-01"))
        // E comes before D, which has no dates: E is held back by nothing but the plan's finish.
        #expect(dates(schedule, "E") == "2026-03-01 2026-03-05 2026-03-01 2026-03-05 0")
        let cycle = findings(plan, rule: .scheduleCycle)
        #expect(cycle.count == 1 && cycle[0].severity == .error)
        for id in ["A", "B", "C"] { #expect(cycle[0].message.contains("Activity \(id)")) }
        #expect(cycle[0].message.contains("A → B → C → A"))
        #expect(findings(plan, rule: .scheduleBlocked).first?.message.contains(": D.") == true)
        #expect(findings(plan, rule: .referenceMissing).contains { $0.location.id == "F" })
    }

    @Test func twoLoopsInOneTangleAreOneCycleWithoutALoopOrder() {
        // A ↔ B and B ↔ C: one strongly connected group of three, not a single loop.
        let schedule = network([task("A", 1, after: ["B"]), task("B", 1, after: ["A", "C"]),
                                task("C", 1, after: ["B"])]).schedule()
        #expect(schedule.cycles == [DependencyCycle(activityIds: ["A", "B", "C"], loop: nil)])
    }

    @Test func withoutAStartDateTheTimetableStartsOnTheFirstOfJanuary() {
        let schedule = network([task("A", 31)], start: nil).schedule()
        #expect(dates(schedule, "A") == "2026-01-01 2026-01-31 2026-01-01 2026-01-31 0")
    }

    @Test func aLongChainDoesNotOverflowTheStack() {
        // 20,000 activities in a chain closed into one cycle: found, and no recursion to overflow.
        var activities = (0..<20_000).map { task("A\($0)", 1, after: $0 == 0 ? ["A19999"] : ["A\($0 - 1)"]) }
        var schedule = network(activities).schedule()
        #expect(schedule.cycles.count == 1 && schedule.cycles[0].activityIds.count == 20_000)
        activities[0].dependencies = []
        schedule = network(activities).schedule()
        #expect(schedule.finish == day("2026-03-01").adding(days: 19_999))
    }
}

@Suite("Critical path schedule on random networks")
struct RandomScheduleTests {
    /// A small deterministic generator (SplitMix64).
    struct Random {
        var state: UInt64
        mutating func next(_ below: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(below))
        }
    }

    @Test(arguments: 1...40)
    func everyLinkHoldsAndNothingCrashes(seed: Int) {
        var random = Random(state: UInt64(seed))
        let count = 60
        var activities = (0..<count).map { task("A\($0)", random.next(5) == 0 ? 0 : 1 + random.next(40)) }
        for index in activities.indices {
            activities[index].milestone = activities[index].durationDays == 0
            if random.next(10) == 0 { activities[index].status = .cancelled }
            if random.next(12) == 0 { activities[index].start = day("2026-03-01").adding(days: random.next(200)) }
            if random.next(12) == 0 { activities[index].notEarlierThan = day("2026-03-01").adding(days: random.next(200)) }
            for _ in 0..<random.next(3) {
                // Mostly backwards links (no cycle), sometimes forward ones, which may close cycles.
                let other = random.next(count)
                guard other != index, other < index || random.next(8) == 0 else { continue }
                activities[index].dependencies.append(Dependency(activityId: "A\(other)",
                    type: random.next(4) == 0 ? .startToStart : .finishToStart, lagDays: random.next(31) - 10))
            }
        }
        let plan = network(activities)
        let schedule = plan.schedule(today: day("2026-06-01"))
        let undated = Set(schedule.cycles.flatMap(\.activityIds) + schedule.blocked)
        #expect(schedule.activities.count + undated.count == count)
        for entry in schedule.activities {
            let activity = activities[entry.index]
            #expect(entry.lateStartDay - entry.startDay == entry.totalFloat)
            #expect(entry.startDay >= day("2026-03-01").dayNumber || activity.start != nil)
            for link in activity.dependencies {
                guard let before = schedule[link.activityId] else {
                    #expect(undated.contains(link.activityId))
                    continue
                }
                let bound = link.type == .startToStart ? before.startDay + link.lagDays : before.endDay + link.lagDays
                #expect(entry.startDay >= bound || activity.start != nil, "A\(entry.index) after \(link.activityId)")
                // The backward pass: the predecessor's late dates leave room for this one's late start.
                let lateBound = link.type == .startToStart ? before.lateStartDay + link.lagDays
                    : before.lateEndDay + link.lagDays
                #expect(entry.lateStartDay >= lateBound)
            }
        }
        if schedule.fixedStartConflicts.isEmpty {
            #expect(schedule.activities.allSatisfy { $0.totalFloat >= 0 })
        }
        _ = plan.validate()
        _ = plan.budgetBreakdown(schedule)
    }
}
