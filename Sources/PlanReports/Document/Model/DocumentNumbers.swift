import Foundation
import PlanDomain
import PlanFormat

/// How the document writes numbers, money, percentages, years and dates: PlanFormat's `Figures` in
/// the plan's number convention (meta.numberFormat, else the user's locale), as the screens do.
public struct DocumentNumbers: Sendable {
    public let figures: Figures
    public let words: DocumentWords
    public let currency: String

    public init(convention: NumberConvention, words: DocumentWords, currency: String) {
        figures = Figures(convention)
        self.words = words
        self.currency = currency
    }

    public var convention: NumberConvention { figures.numbers }

    /// 1 234 567
    public func whole(_ value: Double) -> String { figures.count(value) }
    public func whole(_ value: Double?) -> String { value.map(whole) ?? "–" }
    /// Up to `decimals` decimals, grouped.
    public func number(_ value: Double, decimals: Int = 1) -> String { figures.number(value, decimals: decimals) }
    /// An amount in the plan's currency, whole units.
    public func money(_ value: Double) -> String { figures.amount(value, unit: .one) }
    public func money(_ value: Double?) -> String { value.map(money) ?? "–" }
    /// An amount in millions, one decimal: "1 234,5".
    public func millions(_ value: Double) -> String { figures.amount(value, unit: .million) }
    /// A share of GDP or of spending, two decimals kept: 0.41 → "0.41%".
    public func percent(_ value: Double?, decimals: Int = 2) -> String {
        guard let value, value.isFinite else { return "–" }
        return figures.fixed(value, decimals: decimals) + "%"
    }
    /// A share that needs fewer decimals: 37.5%.
    public func share(_ value: Double?) -> String { value.map { figures.percent($0) } ?? "–" }
    /// A span of years: 2026–2035.
    public func years(_ first: Int, _ last: Int) -> String { Figures.yearRange(first, last) }
    /// A year, never grouped.
    public func year(_ value: Int?) -> String { value.map { String($0) } ?? "–" }
    /// A day as the document writes it: "18 June 2026".
    public func day(_ value: Day?) -> String {
        guard let value else { return "–" }
        return "\(value.day) \(words(DocumentNumbers.months[value.month - 1])) \(value.year)"
    }

    /// A short day for tables: "18 Jun 2026".
    public func shortDay(_ value: Day?) -> String {
        guard let value else { return "–" }
        return "\(value.day) \(words(String(DocumentNumbers.months[value.month - 1].prefix(3)))) \(value.year)"
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]
}
