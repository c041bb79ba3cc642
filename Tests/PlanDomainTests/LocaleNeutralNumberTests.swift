import Testing
@testable import PlanDomain

struct LocaleNeutralNumberTests {
    @Test(arguments: [("12,500", 12_500.0), ("12 500", 12_500), ("1_200.5", 1_200.5), ("-1,234,567.25", -1_234_567.25),
                      ("1.5M", 1_500_000), ("2bn", 2e9), ("12k", 12_000), ("0.05", 0.05)])
    func reads(_ text: String, _ expected: Double) throws {
        #expect(try LocaleNeutralNumber.parse(text).get() == expected)
    }

    @Test(arguments: ["12,5", "12,", ",500", "1234,567", "12,50,000", "1,2345"])
    func refusesCommasThatDoNotGroupThousands(_ text: String) {
        #expect(LocaleNeutralNumber.parse(text) == .failure(.decimalComma))
    }

    @Test(arguments: ["", "abc", "١٢", "12..5", "inf", "1e400"])
    func refusesWhatIsNotANumber(_ text: String) {
        #expect(LocaleNeutralNumber.parse(text) == .failure(.notANumber))
    }

    @Test func suffixesCanBeTurnedOff() {
        #expect(LocaleNeutralNumber.parse("12k", suffixes: false) == .failure(.notANumber))
    }
}
