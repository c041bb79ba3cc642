import Testing
@testable import PlanDomain

@Suite("Budget spread over the schedule")
struct BudgetSpreadTests {
    @Test func oneYearTakesTheWholeBudget() {
        #expect(Plan.spread(1000, from: day("2026-03-01").dayNumber, days: 3) == [2026: 1000])
    }

    @Test func acrossTheYearEndTheYearsAddUpExactly() {
        // 1 July 2026 – 30 June 2027: 184 days in 2026, 181 in 2027. 1,000,000 × 184 / 365 =
        // 504,109.59 and × 181 / 365 = 495,890.41: floors 504,109 + 495,890 = 999,999; the unit
        // left goes to the larger fraction (2026).
        #expect(Plan.spread(1_000_000, from: day("2026-07-01").dayNumber, days: 365) == [2026: 504_110, 2027: 495_890])
        // Two days each side of the new year, 1,001 units: 500.5 each; the tie goes to the earlier year.
        #expect(Plan.spread(1001, from: day("2026-12-30").dayNumber, days: 4) == [2026: 501, 2027: 500])
        // 31 Dec 2026 – 1 Jan 2028: 1 + 365 + 1 days. 100 units: 0.27, 99.46, 0.27; the unit left
        // goes to 2027 (remainder 167 of 367 against 100).
        #expect(Plan.spread(100, from: day("2026-12-31").dayNumber, days: 367) == [2027: 100])
    }

    /// The rule as the module documents it, written the plain way (a list of shares, sorted by
    /// leftover): what `Plan.spread` gives, with no list of its own, for any budget and span.
    static func spreadAsDocumented(_ units: Int, from start: Int, days: Int) -> [Int: Int] {
        let first = Day(dayNumber: start).year
        guard days > 0 else { return units == 0 ? [:] : [first: units] }
        let last = Day(dayNumber: start + days - 1).year
        var parts: [(year: Int, amount: Int, remainder: UInt)] = (first...last).map { year in
            let from = max(start, Day.firstDayNumber(year: year)), to = min(start + days, Day.firstDayNumber(year: year + 1))
            let (quotient, remainder) = days.dividingFullWidth(units.multipliedFullWidth(by: to - from))
            return (year, quotient, UInt(remainder))
        }
        let given = parts.reduce(0) { $0 + $1.amount }
        let order = parts.indices.sorted { (parts[$0].remainder, -$0) > (parts[$1].remainder, -$1) }
        for slot in order.prefix(max(0, units - given)) { parts[slot].amount += 1 }
        return Dictionary(uniqueKeysWithValues: parts.filter { $0.amount != 0 }.map { ($0.year, $0.amount) })
    }

    @Test("spread with no list of its own as the documented rule spreads, over 20,000 random budgets and spans")
    func spreadAsTheRuleSays() {
        var random = LookupTests.Random(state: 11)
        let base = day("2020-01-01").dayNumber
        for _ in 0..<20_000 {
            let units = [random.next(5), random.next(1_000), random.next(1_000_000_000)][random.next(3)]
            let start = base + random.next(4_000)
            let days = [0, random.next(40), random.next(800), random.next(4_000)][random.next(4)]
            let spread = Plan.spread(units, from: start, days: days)
            #expect(spread == Self.spreadAsDocumented(units, from: start, days: days))
            var years: [Int] = []
            Plan.spread(units, from: start, days: days) { year, _ in years.append(year) }
            #expect(years == years.sorted() && Set(years).count == years.count)
        }
    }

    @Test func hugeBudgetsDoNotOverflow() {
        let units = 4_000_000_000_000_000_000
        let spread = Plan.spread(units, from: day("2026-07-01").dayNumber, days: 3650)
        #expect(spread.values.reduce(0, +) == units)
        #expect(spread.keys.sorted() == Array(2026...2036))
    }

    @Test func summedByYearInstitutionAndSource() {
        // A: 1,000 over 1–10 March 2026 (STK-1, general revenue). B: 3,650 over 365 days from
        // 1 July 2026 (STK-2, other): 184 days in 2026 → 1,840, 181 in 2027 → 1,810.
        // M: a milestone with 500 on 1 July 2026 (STK-2, other). X: cancelled, spends nothing.
        // C: 10.6 with no institution → 11 units.
        var a = task("A", 10), b = task("B", 365, notBefore: "2026-07-01")
        var m = task("M", 0, notBefore: "2026-07-01", milestone: true), x = task("X", 10, status: .cancelled)
        var c = task("C", 5)
        a.budget = 1000; a.responsibleId = "STK-1"; a.fundingSource = .generalRevenue
        b.budget = 3650; b.responsibleId = "STK-2"; b.fundingSource = .other
        m.budget = 500; m.responsibleId = "STK-2"; m.fundingSource = .other
        x.budget = 99; x.responsibleId = "STK-1"
        c.budget = 10.6; c.responsibleId = nil; c.fundingSource = .coPayments
        var plan = network([c, b, a, m, x])
        var second = Stakeholder(id: "STK-2")
        second.name = "Agency"
        plan.foundations.stakeholders.append(second)
        let budget = plan.budgetBreakdown(plan.schedule())
        #expect(budget.years == [2026, 2027])
        #expect(budget.total.byYear == [2026: 1000 + 1840 + 500 + 11, 2027: 1810])
        #expect(budget.total.total == 1000 + 3650 + 500 + 11)
        #expect(budget.byInstitution.map(\.key) == ["STK-1", "STK-2", ""], "plan order, none last")
        #expect(budget.byInstitution.map(\.total) == [1000, 4150, 11])
        #expect(budget.bySource.map(\.key) == ["generalRevenue", "coPayments", "other"])
        #expect(budget.bySource.map(\.total) == [1000, 11, 4150])
        for spread in budget.activities { #expect(spread.byYear.values.reduce(spread.undated, +) == spread.total) }
        #expect(!budget.activities.contains { $0.activityId == "X" })
    }

    @Test func activitiesWithoutDatesCountAsUndated() {
        var a = task("A", 5, after: ["B"]), b = task("B", 5, after: ["A"])
        a.budget = 70
        b.budget = 30
        let plan = network([a, b])
        let budget = plan.budgetBreakdown(plan.schedule())
        #expect(budget.total.undated == 100 && budget.total.byYear.isEmpty && budget.total.total == 100)
    }

    @Test func theExampleAddsUpToTheUnit() throws {
        let plan = try ExamplePlanTests.loadPlan()
        let budget = plan.budgetBreakdown(plan.schedule())
        let sum = plan.actionPlan.activities.filter { $0.status != .cancelled }.reduce(0) { $0 + Int($1.budget.rounded()) }
        #expect(budget.total.total == sum)
        #expect(budget.byInstitution.reduce(0) { $0 + $1.total } == sum)
        #expect(budget.bySource.reduce(0) { $0 + $1.total } == sum)
        #expect(budget.years.reduce(0) { $0 + budget.total.byYear[$1]! } == sum)
    }
}

@Suite("Schedules from extreme plan files")
struct ScheduleExtremesTests {
    @Test func firstDayOfAnyMonthOfAnyYear() {
        for year in [1, 1900, 1970, 2000, 2024, 2026, 2100, 9999] {
            for month in 1...12 {
                #expect(Day.firstDayNumber(year: year, month: month) == Day(year: year, month: month, day: 1)!.dayNumber)
            }
        }
        #expect(Day.firstDayNumber(year: 10_000) == Day(year: 9999, month: 12, day: 31)!.dayNumber + 1)
    }

    @Test func hugeDurationsAndLagsNeitherCrashNorOverflow() {
        // Durations and lags are held to ±100,000 days; a fixed start in 9999 runs past the calendar.
        var a = task("A", Int.max, fixed: "9999-12-01"), b = task("B", 5, after: ["A \(Int.max)"])
        var c = task("C", 5, after: ["A \(Int.min)"])
        a.budget = 1e12
        b.budget = 1e300
        c.budget = .nan
        let plan = network([a, b, c])
        let schedule = plan.schedule(today: day("2026-06-01"))
        #expect(schedule["A"]!.duration == 100_000)
        #expect(schedule["B"]!.startDay == schedule["A"]!.endDay + 100_000)
        #expect(schedule["C"]!.startDay == schedule["A"]!.startDay, "A ends 100,000 days after it starts")
        let budget = plan.budgetBreakdown(schedule)
        #expect(budget.total.total == 1_000_000_000_000)
        _ = plan.validate()
    }

    /// The breakdown's lines are summed in arrays by year, or in dictionaries when the years span too far.
    @Test("the budget by year the funding timetable reads is the breakdown's total, and the breakdown summed in arrays is the one summed in dictionaries, after 150 random activity edits")
    func budgetByYearIsTheBreakdownsTotal() throws {
        var plan = try ExamplePlanTests.loadPlan()
        var random = IncrementalValidationTests.Random(state: 11)
        for step in 0..<150 {
            IncrementalValidationTests.randomActivityEdit(of: &plan, &random, step: step)
            let schedule = plan.schedule(today: day("2027-06-01"))
            let arrays = plan.budgetBreakdown(schedule), dictionaries = plan.budgetBreakdown(schedule, denseCells: 0)
            #expect(plan.budgetByYear(schedule) == arrays.total.byYear, "step \(step)")
            #expect(arrays == dictionaries, "step \(step)")
            #expect(arrays.total.total == arrays.activities.reduce(0) { $0 + $1.total }, "step \(step)")
        }
    }
}
