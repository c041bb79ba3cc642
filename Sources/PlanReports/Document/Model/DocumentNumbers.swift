import Foundation
import PlanDomain

/// How the document writes numbers, money, percentages, years and dates: the plan's number
/// convention (meta.numberFormat, else the user's locale), as the screens do.
public struct DocumentNumbers: Sendable {
    public let convention: NumberConvention
    public let words: DocumentWords
    public let currency: String

    public init(convention: NumberConvention, words: DocumentWords, currency: String) {
        self.convention = convention
        self.words = words
        self.currency = currency
    }

    /// 1 234 567
    public func whole(_ value: Double) -> String { convention.whole(value) }
    public func whole(_ value: Double?) -> String { value.map(whole) ?? "–" }
    /// Up to `decimals` decimals, grouped.
    public func number(_ value: Double, decimals: Int = 1) -> String { convention.format(value, decimals: decimals) }
    /// An amount in the plan's currency, whole units.
    public func money(_ value: Double) -> String { convention.whole(value) }
    public func money(_ value: Double?) -> String { value.map(money) ?? "–" }
    /// An amount in millions, one decimal: "1 234,5".
    public func millions(_ value: Double) -> String { convention.format(value / 1e6, decimals: 1, fixed: true) }
    /// 0.41 → "0.41%" (two decimals, kept).
    public func percent(_ value: Double?, decimals: Int = 2) -> String {
        value.map { convention.format($0, decimals: decimals, fixed: true) + "%" } ?? "–"
    }
    /// A share that needs fewer decimals: 37.5%.
    public func share(_ value: Double?) -> String { value.map { convention.percent($0) } ?? "–" }
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
