import Testing
import PlanDomain
@testable import Workbench

struct FieldTextTests {
    /// Plans count in months: 6m is six months of 30 days, 1y a year of 365 days.
    @Test func durationsInDaysWeeksMonthsAndYears() {
        let cases: [(String, Int)] = [("45", 45), ("45d", 45), ("6w", 42), ("6m", 180), ("6M", 180), ("18m", 540),
                                      ("1y", 365), ("2 y", 730), ("0m", 0)]
        for (text, days) in cases {
            #expect(FieldText.parse(text, as: .days, numbers: .commaPoint) == .success(.integer(days)), "\(text)")
        }
        for bad in ["6mo", "-1m", "m", "1.5m", "99999y"] {
            guard case .failure(.invalid(let reason)) = FieldText.parse(bad, as: .days, numbers: .commaPoint) else {
                Issue.record("\(bad) should be refused")
                continue
            }
            #expect(reason.contains("6m"), "the message shows months: \(reason)")
        }
        #expect(FieldText.dependencies("ACT-2 SS +1m") == .success([Dependency(activityId: "ACT-2", type: .startToStart, lagDays: 30)]))
    }

    /// Year lists with a decimal comma are separated by semicolons, and read back.
    @Test func yearValuesWithADecimalComma() {
        let values = [YearValue(year: 2026, value: 10.5), YearValue(year: 2027, value: 12)]
        let kind = FieldKind.yearValues(unit: "")
        let text = FieldText.format(.yearValues(values), as: kind, numbers: .spaceComma)
        #expect(text == "2026: 10,5; 2027: 12")
        #expect(FieldText.parse(text, as: kind, numbers: .spaceComma) == .success(.yearValues(values)))
        #expect(FieldText.parse("2026: 10.5, 2027: 12", as: kind, numbers: .spaceComma) == .success(.yearValues(values)))
    }
}
