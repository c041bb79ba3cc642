import Testing
import Foundation
@testable import PlanDomain

struct DayTests {
    @Test func parsesAndPrintsISO() throws {
        let day = try #require(Day(iso: "2028-02-29"))
        #expect(day.year == 2028 && day.month == 2 && day.day == 29)
        #expect(day.iso == "2028-02-29")
    }

    @Test(arguments: ["2027-02-29", "2026-13-01", "2026-1-01", "26-01-01", "2026-04-31", "", "2026-01-01x"])
    func rejectsBadDates(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func dayNumbersRoundTripAcrossCenturies() {
        #expect(Day(iso: "1970-01-01")!.dayNumber == 0)
        #expect(Day(iso: "2000-03-01")!.dayNumber == 11017)
        for number in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(Day(dayNumber: number).dayNumber == number)
        }
    }

    @Test("a day number's year alone is the year of its day, every day of four centuries and around every new year")
    func yearOfDayNumber() {
        let first = Day(year: 1800, month: 1, day: 1)!.dayNumber, last = Day(year: 2200, month: 12, day: 31)!.dayNumber
        for number in first...last {
            #expect(Day.year(ofDayNumber: number) == Day(dayNumber: number).year)
        }
        for year in [-4000, -1, 0, 1, 1600, 1900, 2000, 2100, 9999] {
            let newYear = Day.firstDayNumber(year: year)
            for number in (newYear - 2)...(newYear + 61) {
                #expect(Day.year(ofDayNumber: number) == Day(dayNumber: number).year, "day \(number)")
            }
        }
    }

    @Test func arithmetic() {
        let start = Day(iso: "2026-12-30")!
        #expect(start.adding(days: 3).iso == "2027-01-02")
        #expect(start.adding(days: -365).iso == "2025-12-30")
        #expect(start.days(to: Day(iso: "2027-03-01")!) == 61)
    }

    @Test func codableAsString() throws {
        let data = try JSONEncoder().encode([Day(iso: "2026-01-05")!])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2026-01-05\"]")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Day].self, from: Data("[\"2026-02-30\"]".utf8)) }
    }

    @Test func growthSeries() {
        let series = GrowthSeries(baseValue: 100, growthPercent: 10, yearly: [YearValue(year: 2030, value: 5)])
        #expect(abs(series.value(in: 2027, baseYear: 2025) - 121) < 1e-9)
        #expect(abs(series.value(in: 2024, baseYear: 2025) - 100 / 1.1) < 1e-9)
        #expect(series.value(in: 2030, baseYear: 2025) == 5)
    }
}
