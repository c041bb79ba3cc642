import Testing
import PlanDomain
import PlanFormat

/// Every figure in every convention: what is written, and that what a form shows reads back.
struct FiguresTests {
    static let conventions = NumberConvention.all

    @Test(arguments: conventions) func numbersReadBackInEveryConvention(_ numbers: NumberConvention) {
        let figures = Figures(numbers)
        for value in [0, 1, -1, 12.5, 999.96, 1234.5, 12_345.678_9, -1_234_567, 1_450_000, 0.0001, 2026.5] {
            #expect(figures.readNumber(figures.number(value)) == .success(value), "\(value) in \(numbers)")
            #expect(figures.readNumber(figures.plain(value)) == .success(value), "plain \(value) in \(numbers)")
            #expect(figures.readNumber(figures.count(value)) == .success(value.rounded()), "count \(value) in \(numbers)")
        }
        // An abbreviation reads back to the figure it rounds to.
        #expect(figures.readNumber(figures.abbreviated(12_500_000)) == .success(12_500_000))
        #expect(figures.readNumber(figures.abbreviated(38_000)) == .success(38_000))
    }

    @Test func numbersAsEachConventionWritesThem() {
        let expected: [(NumberConvention, String, String, String)] = [
            (.commaPoint, "12,345.6", "1,450,000", "37.5%"),
            (.spaceComma, "12 345,6", "1 450 000", "37,5%"),
            (.pointComma, "12.345,6", "1.450.000", "37,5%"),
            (.spacePoint, "12 345.6", "1 450 000", "37.5%"),
            (.apostrophePoint, "12'345.6", "1'450'000", "37.5%"),
        ]
        for (numbers, number, count, percent) in expected {
            let figures = Figures(numbers)
            #expect(figures.number(12_345.6) == number)
            #expect(figures.count(1_450_000) == count)
            #expect(figures.count(1_450_000 as Int) == count)
            #expect(figures.percent(37.45) == percent)
        }
        #expect(Figures(.commaPoint).number(.nan) == "n/a")
        #expect(Figures(.commaPoint).abbreviated(1_150_000_000) == "1.15bn")
        #expect(Figures(.spaceComma).abbreviated(12_500_000) == "12,5M")
    }

    @Test(arguments: conventions) func percentagesReadBackInEveryConvention(_ numbers: NumberConvention) {
        let figures = Figures(numbers)
        for value in [0, 12.5, 37.4567, 100] {
            #expect(figures.readPercent(figures.editablePercent(value)) == .success(value))
            #expect(figures.readPercent(figures.number(value)) == .success(value))
        }
        #expect(figures.readPercent("101") == .failure(.invalid("a percentage goes from 0 to 100")))
        #expect(figures.readPercent("-1%") == .failure(.invalid("a percentage goes from 0 to 100")))
    }

    @Test func moneyInCostTables() {
        let figures = Figures(.commaPoint)
        #expect(figures.fixed(12_345.67, decimals: 1) == "12,345.7")
        #expect(figures.fixed(999.96, decimals: 1) == "1,000.0")
        #expect(figures.count(-1_234_567) == "-1,234,567")
        #expect(figures.fixed(0.04, decimals: 1) == "0.0")
        #expect(figures.amount(18_026_200_000, unit: .million) == "18,026.2")
        #expect(figures.amount(18_026_200_000, unit: .million, decimals: 0) == "18,026")
        #expect(figures.amount(1_234.4, unit: .one) == "1,234")
        #expect(figures.percentFigure(0.526) == "0.53")
        #expect(figures.percentFigure(nil) == "n/a")
        #expect(figures.percentFigure(.infinity) == "n/a")
        #expect(figures.share(5.9, of: 100) == "5.9%")
        #expect(figures.share(1, of: 0) == "-")
        #expect(Figures(.pointComma).amount(18_026_200_000, unit: .million) == "18.026,2")
        #expect(Figures(.spaceComma).percentFigure(12.345) == "12,35")
        #expect(CostUnit.fitting(179_149_000_000) == .million)
        #expect(CostUnit.fitting(179_149_000_000, largest: .billion) == .billion)
        #expect(CostUnit.fitting(420_000) == .thousand)
        #expect(CostUnit.fitting(5_000) == .one)
        #expect(CostUnit.million.label(currency: "XKB") == "XKB million")
        #expect(CostUnit.one.label(currency: "XKB") == "XKB")
    }

    @Test func coverageFigures() {
        let figures = Figures(.commaPoint)
        #expect(figures.percent(37.4) == "37.4%")
        #expect(figures.percent(50) == "50%")
        #expect(figures.percent(0.04) == "0%")
        #expect(figures.coverageCell(9.94) == "9.9")
        #expect(figures.coverageCell(9.96) == "10")
        #expect(figures.coverageCell(37.4) == "37")
        #expect(figures.coverageCell(0) == "0")
        #expect(Figures(.pointComma).coverageCell(9.8) == "9,8")
        #expect(Figures(.spaceComma).percent(37.4) == "37,4%")
    }

    @Test func aDerivedGapInASentence() throws {
        var plan = Plan.new(meta: PlanMeta(country: Country(name: "Kibara", code: "KB"), title: "Gaps",
                                           currency: "KBS", baseYear: 2025, firstYear: 2026, lastYear: 2030))
        var group = PopulationGroup(id: "G1")
        group.name = "Working age"
        group.size = 2000
        group.year = 2025
        var scheme = Scheme(id: "S1")
        scheme.type = .socialInsurance
        scheme.contingencies = [.oldAge]
        scheme.recipients = [GroupCount(groupId: "G1", count: 400)]
        plan.stocktake.groups = [group]
        plan.stocktake.schemes = [scheme]
        let low = try #require(plan.coverageMatrix.gap(.oldAge, "G1"))
        #expect(Figures(.commaPoint).summary(of: low, in: plan) == "Old age for Working age: 20%, below the 50% threshold")
        #expect(Figures(.spaceComma).summary(of: low, in: plan) == "Old age for Working age: 20%, below the 50% threshold")
        let none = try #require(plan.coverageMatrix.gap(.sickness, "G1"))
        #expect(Figures(.commaPoint).summary(of: none, in: plan) == "Sickness for Working age: no provision")
    }

    @Test func yearsAndSpans() {
        #expect(Figures.yearRange(2026, 2030) == "2026–2030")
        #expect(Figures.yearSpan(2026, 2030) == "2026-2030")
        #expect(Figures.shortYearSpan(2026, 2030) == "2026-30")
        #expect(Figures.yearRuns([2034, 2029, 2032, 2033]) == "2029, 2032-2034")
        #expect(Figures.yearRuns([]) == "")
        #expect(Figures.readYear("2027") == .success(2027))
        for bad in ["27", "20270", "year", "0999"] {
            #expect(Figures.readYear(bad) == .failure(.invalid("write " + FieldFormat.year)), "\(bad)")
        }
    }

    @Test(arguments: conventions) func yearValuesReadBackInEveryConvention(_ numbers: NumberConvention) {
        let figures = Figures(numbers)
        let values = [YearValue(year: 2026, value: 10.5), YearValue(year: 2027, value: 12_000.25)]
        #expect(figures.readYearValues(figures.yearValues(values)) == .success(values))
        #expect(figures.readYearValues("2027: 12000.25, 2026: 10.5") == .success(values), "locale-neutral, sorted")
        guard case .failure(.invalid(let reason)) = figures.readYearValues("soon: 3") else {
            Issue.record("a year that is not one is refused")
            return
        }
        #expect(reason == "write " + FieldFormat.yearValues(figures))
    }

    @Test func yearValuesWithADecimalCommaUseSemicolons() {
        let values = [YearValue(year: 2026, value: 10.5), YearValue(year: 2027, value: 12)]
        #expect(Figures(.spaceComma).yearValues(values) == "2026: 10,5; 2027: 12")
        #expect(Figures(.commaPoint).yearValues(values) == "2026: 10.5, 2027: 12")
    }

    @Test(arguments: conventions) func groupCountsReadBackInEveryConvention(_ numbers: NumberConvention) {
        let figures = Figures(numbers)
        let counts = [GroupCount(groupId: "GRP-1", count: 12_000), GroupCount(groupId: "GRP-2", count: 300.5)]
        #expect(figures.readGroupCounts(figures.groupCounts(counts)) == .success(counts))
        #expect(figures.readGroupCounts(": 3") == .failure(.invalid("write " + FieldFormat.groupCounts(figures))))
    }

    @Test func durationsInDaysWeeksMonthsAndYears() {
        let cases: [(String, Int)] = [("45", 45), ("45d", 45), ("6w", 42), ("6m", 180), ("6M", 180), ("18m", 540),
                                      ("1y", 365), ("2 y", 730), ("0m", 0)]
        for (text, days) in cases {
            #expect(Figures.readDuration(text) == .success(days), "\(text)")
            #expect(Figures.readDuration(Figures.duration(days)) == .success(days), "\(days)d reads back")
        }
        #expect(Figures.readDuration("") == .failure(.required))
        for bad in ["6mo", "-1m", "m", "1.5m", "99999y"] {
            #expect(Figures.readDuration(bad) == .failure(.invalid("a duration is " + FieldFormat.days)), "\(bad)")
        }
        #expect(Figures.lag(5) == "+5d")
        #expect(Figures.lag(-14) == "-14d")
        #expect(Figures.lag(0) == "+0d")
    }

    @Test func theHintsWriteExamplesInTheConvention() {
        #expect(FieldFormat.numberExamples(Figures(.spaceComma)) == "12 500, 12,5 or 1,2M")
        #expect(FieldFormat.numberExamples(Figures(.commaPoint)) == "12,500, 12.5 or 1.2M")
        #expect(FieldFormat.groupCounts(Figures(.pointComma)) == "group: persons pairs separated by ';', like GRP-1: 12.000; GRP-2: 300")
        #expect(FieldFormat.yearValues(Figures(.spaceComma)) == "year: value pairs, like 2026: 10; 2027: 12,5")
    }

    @Test func readingErrorsNameTheConvention() {
        #expect(Figures(.commaPoint).readNumber("12,5")
                == .failure(.invalid("write decimals with a point (12.5); commas only separate thousands (numbers: 1,234.5)")))
        #expect(Figures(.spaceComma).readNumber("twelve")
                == .failure(.invalid("\"twelve\" is not a number (numbers are written 1 234,5)")))
    }
}
