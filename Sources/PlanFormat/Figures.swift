import PlanDomain

/// Every figure Socle writes for people (on screens, in the CLI's reports and in the exported
/// document) in one plan's ``NumberConvention``.
///
/// The convention (in PlanDomain, so the plan can store it) writes digits, group marks and the decimal
/// mark; `Figures` decides how each kind of figure is written: how many decimals money, percentages,
/// counts and coverage rates get, and what stands around them. A figure therefore reads the same on the
/// workbench, in `socle cost` and in the document. What a form shows can be typed back: see
/// `Figures+Reading.swift`.
public struct Figures: Sendable, Equatable {
    public let numbers: NumberConvention

    public init(_ numbers: NumberConvention) { self.numbers = numbers }

    // MARK: Numbers

    /// A value with up to `decimals` decimals (no trailing zeros), groups marked: 12345.6 → "12,345.6".
    /// This is how a form shows a number, so what it shows can be typed back.
    public func number(_ value: Double, decimals: Int = 4) -> String { numbers.format(value, decimals: decimals) }

    /// Exactly `decimals` decimals, groups marked, so a column lines up: 12345.67 → "12,345.7".
    public func fixed(_ value: Double, decimals: Int) -> String { numbers.format(value, decimals: decimals, fixed: true) }

    /// Without group marks, up to four decimals: 2026.5 → "2026.5" / "2026,5".
    public func plain(_ value: Double) -> String { numbers.plain(value) }

    /// A figure in few columns, for where the exact one does not fit: 1.15bn, 12.5M, 38k, 950.
    public func abbreviated(_ value: Double) -> String { numbers.abbreviated(value) }

    // MARK: Counts and money

    /// Persons, members, whole amounts of money: rounded, groups marked: 1450000 → "1,450,000".
    public func count(_ value: Double) -> String { numbers.whole(value) }

    /// A whole count: 12000 → "12,000".
    public func count(_ value: Int) -> String { numbers.whole(Double(value)) }

    // MARK: Percentages

    /// A percentage with at most `decimals` decimals and "%": 37.45 → "37.5%", 50 → "50%".
    public func percent(_ value: Double, decimals: Int = 1) -> String { numbers.percent(value, decimals: decimals) }

    /// A percentage as a form shows it for editing: up to four decimals, no group marks, "%": "12.5%".
    public func editablePercent(_ value: Double) -> String { numbers.plain(value) + "%" }
}
