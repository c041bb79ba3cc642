import Foundation
import Testing
@testable import PlanDomain

/// One convention writes and reads numbers: what is written reads back to the same value in every
/// convention, the locale's name picks the convention, and the locale-neutral forms still read.
struct NumberConventionTests {
    /// A fixed-seed generator (Knuth's MMIX LCG, high bits), so a failure can be replayed.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (state >> 32) | (state << 32)
        }
    }

    @Test(arguments: NumberConvention.all)
    func formatThenParseGivesTheSameValue(_ numbers: NumberConvention) throws {
        var random = Seeded(state: 20_260_131)
        for round in 0..<5_000 {
            let magnitude = Double.random(in: -3...12, using: &random)
            let sign: Double = Bool.random(using: &random) ? -1 : 1
            let decimals = Int.random(in: 0...4, using: &random)
            let scale = pow(10, Double(decimals))
            let value = sign * (pow(10, magnitude) * scale).rounded() / scale
            for grouping in [true, false] {
                let text = numbers.format(value, decimals: decimals, grouping: grouping)
                let back = try numbers.parse(text).get()
                #expect(abs(back - value) <= abs(value) * 1e-12, "round \(round): \(value) → \"\(text)\" → \(back)")
            }
            let fixed = numbers.format(value, decimals: decimals, fixed: true)
            #expect(try numbers.parse(fixed).get() == numbers.parse(numbers.format(value, decimals: decimals)).get())
        }
    }

    @Test func eachConventionWritesItsSample() {
        for numbers in NumberConvention.all {
            #expect(numbers.format(1234.5) == numbers.sample)
            #expect(NumberConvention(sample: numbers.sample) == numbers)
        }
        #expect(NumberConvention.spaceComma.format(11.5) == "11,5")
        #expect(NumberConvention.spaceComma.format(237_500) == "237 500")
        #expect(NumberConvention.pointComma.format(-1_450_000.25, decimals: 1, fixed: true) == "-1.450.000,3")
        #expect(NumberConvention.commaPoint.format(0.04, decimals: 1, fixed: true) == "0.0")
        #expect(NumberConvention.commaPoint.format(-0.04, decimals: 1) == "0", "no minus zero")
        #expect(NumberConvention.commaPoint.format(.nan) == "n/a")
        #expect(NumberConvention.commaPoint.abbreviated(1_450_000) == "1.5M")
        #expect(NumberConvention.spaceComma.abbreviated(2_043_000_000) == "2,04bn")
    }

    @Test func decimalCommasAndTheNeutralFormsRead() {
        let fr = NumberConvention.spaceComma, de = NumberConvention.pointComma, en = NumberConvention.commaPoint
        #expect(fr.parse("4,6") == .success(4.6))
        #expect(fr.parse("1 234,5") == .success(1234.5))
        #expect(fr.parse("1\u{202F}234,5") == .success(1234.5), "a narrow no-break space, as French keyboards type")
        #expect(fr.parse("12.5") == .success(12.5), "a point is no group mark in 1 234,5")
        #expect(fr.parse("12,5k") == .success(12_500))
        #expect(de.parse("1.234,5") == .success(1234.5))
        #expect(de.parse("1.234") == .success(1234), "a point groups in 1.234,5")
        #expect(de.parse("1.5") == .success(1.5), "but 1.5 cannot be a group, so it is a decimal")
        #expect(de.parse("1.2.3") == .failure(.notANumber))
        #expect(en.parse("4,6") == .failure(.decimalComma))
        #expect(en.parse("12,500") == .success(12_500))
        #expect(NumberConvention.apostrophePoint.parse("1'234.5") == .success(1234.5))
        #expect(fr.parse("abc") == .failure(.notANumber))
    }

    @Test func theLocaleNamePicksTheConvention() {
        let cases: [(String, NumberConvention)] = [
            ("C", .commaPoint), ("POSIX", .commaPoint), ("C.UTF-8", .commaPoint), ("en_US.UTF-8", .commaPoint),
            ("fr_FR.UTF-8", .spaceComma), ("fr_SN", .spaceComma), ("fr_FR.ISO-8859-1", .spaceComma),
            ("es_ES.UTF-8", .pointComma), ("es_MX.UTF-8", .commaPoint), ("pt_BR.UTF-8", .pointComma),
            ("pt_MZ.UTF-8", .spaceComma), ("de_DE@euro", .pointComma), ("de_CH.UTF-8", .apostrophePoint),
            ("sw_KE", .commaPoint), ("", .commaPoint),
        ]
        for (name, expected) in cases {
            #expect(NumberConvention.forLocale(name) == expected, "\(name)")
        }
        #expect(NumberConvention.fromEnvironment(["LANG": "en_GB.UTF-8", "LC_NUMERIC": "fr_FR.UTF-8"]) == .spaceComma)
        #expect(NumberConvention.fromEnvironment(["LC_ALL": "de_DE.UTF-8", "LC_NUMERIC": "fr_FR.UTF-8"]) == .pointComma)
        #expect(NumberConvention.fromEnvironment(["LANG": "pt_BR.UTF-8", "LC_ALL": ""]) == .pointComma)
        #expect(NumberConvention.fromEnvironment([:]) == .commaPoint)
    }

    @Test func thePlanStoresItsFormatAsASample() throws {
        var meta = PlanMeta(country: Country(name: "Sénégal", code: "SN"), title: "Plan", currency: "XOF",
                            baseYear: 2025, firstYear: 2026, lastYear: 2030)
        meta.numberFormat = .spaceComma
        let json = String(decoding: try JSONEncoder().encode(meta), as: UTF8.self)
        #expect(json.contains("\"numberFormat\":\"1 234,5\""))
        #expect(try JSONDecoder().decode(PlanMeta.self, from: Data(json.utf8)).numberFormat == .spaceComma)
        let bad = json.replacingOccurrences(of: "1 234,5", with: "1234")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(PlanMeta.self, from: Data(bad.utf8)) }
    }

    @Test func validationMessagesFollowTheConvention() throws {
        var plan = Plan.new(meta: PlanMeta(country: Country(name: "X", code: "XX"), title: "P", currency: "XKB",
                                           baseYear: 2025, firstYear: 2026, lastYear: 2030))
        var group = PopulationGroup(id: "GRP-1")
        group.growthPercent = -102.5
        plan.stocktake.groups = [group]
        #expect(plan.validate().contains { $0.message.contains("shrinks by 102.5%") })
        #expect(plan.validate(numbers: .spaceComma).contains { $0.message.contains("shrinks by 102,5%") })
        plan.meta.numberFormat = .pointComma
        #expect(plan.validate().contains { $0.message.contains("shrinks by 102,5%") }, "the plan's own format by default")
    }

    @Test func countsAgreeWithTheirNouns() {
        #expect(counted(1, "warning") == "1 warning")
        #expect(counted(0, "warning") == "0 warnings")
        #expect(counted(2, "activity", "activities") == "2 activities")
        #expect(counted(2, "activity") == "2 activities")
        #expect(counted(3, "day") == "3 days")
        #expect(counted(2, "process") == "2 processes")
        #expect(counted(2, "box") == "2 boxes")
        #expect(counted(2, "branch") == "2 branches")
    }

    /// A stored list of ids reads as the plural of what it lists ("activityIds" is "activities",
    /// not "activitys") wherever a diff or a merge names a field.
    @Test func storedIdListsReadAsPlurals() {
        #expect(DiffWords.words("activityIds") == "activities")
        #expect(DiffWords.words("gapIds") == "gaps")
        #expect(DiffWords.words("targetGroupId") == "target group")
        #expect(DiffWords.words("annualAmount") == "annual amount")
        #expect(DiffWords.words("priorityIds") == "priorities")
    }
}
