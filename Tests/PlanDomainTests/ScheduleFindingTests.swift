import Testing
@testable import PlanDomain

@Suite("Schedule findings and lateness")
struct ScheduleFindingTests {
    @Test func fixedStartConflictIsAWarning() {
        let plan = network([task("A", 10), task("C", 5, after: ["A"], fixed: "2026-03-05")])
        let found = findings(plan, rule: .scheduleFixedStart)
        #expect(found.count == 1 && found[0].severity == .warning && found[0].location.id == "C")
        #expect(found[0].message.contains("2026-03-05") && found[0].message.contains("2026-03-11"))
    }

    @Test func endingAfterTheHorizonIsAWarning() {
        // The test plan's horizon ends on 31 December 2030. A runs 1–31 December 2030 (inside);
        // B runs 1 December 2030 – 31 January 2031 (after).
        let plan = network([task("A", 31, notBefore: "2030-12-01"), task("B", 62, notBefore: "2030-12-01")])
        let found = findings(plan, rule: .scheduleHorizon)
        #expect(found.map(\.location.id) == ["B"])
        #expect(found[0].severity == .warning)
        #expect(found[0].message.contains("2031-01-31") && found[0].message.contains("2030-12-31"))
        // A milestone right after A falls at the start of 1 January 2031: the instant the horizon
        // ends, so not after it; one a day later is.
        let m = task("M", 0, after: ["A"], milestone: true), n = task("N", 0, after: ["A 1"], milestone: true)
        #expect(findings(network([plan.actionPlan.activities[0], m, n]), rule: .scheduleHorizon)
                    .map(\.location.id) == ["N"])
    }

    @Test func endingBeforeTheMeasureStartsIsAHint() {
        // The measure starts in 2027. A ends in 2026 (a hint); B ends on 1 January 2027 (none).
        var a = task("A", 30), b = task("B", 307)
        a.measureId = "MEA-1"
        b.measureId = "MEA-1"
        let found = findings(network([a, b]), rule: .scheduleBeforeMeasure)
        #expect(found.map(\.location.id) == ["A"])
        #expect(found.allSatisfy { $0.severity == .hint })
    }

    @Test func aCleanNetworkHasNoScheduleFindings() {
        let plan = network([task("A", 10), task("B", 5, after: ["A"])])
        #expect(plan.validate().filter { $0.rule.rawValue.hasPrefix("schedule.") && $0.rule != .scheduleBeforeMeasure }.isEmpty)
    }

    @Test func lateActivitiesOnAGivenDay() {
        // Timetable from 1 March; today is 20 March.
        var a = task("A", 10, status: .inProgress)             // 1–10 March, still running: 10 days past its finish
        a.actualStart = day("2026-03-01")
        let b = task("B", 5, after: ["A"])                       // 11–15 March, not started: 9 days late to start
        var c = task("C", 30, status: .inProgress)             // 1–30 March, started on the 4th: 3 days late
        c.actualStart = day("2026-03-04")
        var d = task("D", 5, status: .done)                     // done: never late
        d.actualFinish = day("2026-03-09")
        var e = task("E", 30, status: .delayed)                 // reported delayed, on time so far: late by 0
        e.actualStart = day("2026-03-01")
        let f = task("F", 5, status: .cancelled)
        let m = task("M", 0, notBefore: "2026-03-25", milestone: true)  // still to come
        let n = task("N", 0, notBefore: "2026-03-19", milestone: true)  // yesterday: 1 day late
        let schedule = network([a, b, c, d, e, f, m, n]).schedule(today: day("2026-03-20"))
        let late = Dictionary(uniqueKeysWithValues: schedule.late.map { ($0.activityId, $0) })
        #expect(late["A"] == Lateness(activityId: "A", daysLate: 10, reasons: [.overdue]))
        #expect(late["B"] == Lateness(activityId: "B", daysLate: 9, reasons: [.overdue, .notStarted]))
        #expect(late["C"] == Lateness(activityId: "C", daysLate: 3, reasons: [.startedLate]))
        #expect(late["E"] == Lateness(activityId: "E", daysLate: 0, reasons: [.reportedDelayed]))
        #expect(late["N"] == Lateness(activityId: "N", daysLate: 1, reasons: [.overdue]))
        #expect(schedule.late.map(\.activityId) == ["A", "B", "C", "E", "N"])
        #expect(network([a]).schedule().late.isEmpty, "no day, no lateness")
    }

    @Test func theExampleHasACriticalPathToItsFinish() throws {
        let plan = try ExamplePlanTests.loadPlan()
        let schedule = plan.schedule()
        #expect(schedule.cycles.isEmpty && schedule.blocked.isEmpty)
        #expect(schedule.activities.count == plan.actionPlan.activities.count)
        let path = schedule.criticalPath
        #expect(path.count >= 4)
        #expect(path.last?.earlyFinish == schedule.finish)
        // Each critical activity after the first is held by a critical predecessor.
        for entry in path.dropFirst() {
            let activity = plan.actionPlan.activities[entry.index]
            let held = activity.notEarlierThan == entry.earlyStart
                || activity.dependencies.contains { schedule[$0.activityId]?.critical == true }
            #expect(held, "\(entry.id)")
        }
    }
}
