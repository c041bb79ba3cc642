import PlanDomain

/// The unit a cost table shows its amounts in, chosen once per table so columns compare.
public enum CostUnit: Sendable, Equatable {
    case one, thousand, million, billion

    public var divisor: Double {
        switch self {
        case .one: 1
        case .thousand: 1e3
        case .million: 1e6
        case .billion: 1e9
        }
    }

    /// "XKB million", "XKB" for units.
    public func label(currency: String) -> String {
        switch self {
        case .one: currency
        case .thousand: "\(currency) thousand"
        case .million: "\(currency) million"
        case .billion: "\(currency) billion"
        }
    }

    /// The largest unit in which `maximum` still reads as a number of at least 10 (millions for
    /// 18 billion: 18,000), going no further than `largest`.
    public static func fitting(_ maximum: Double, largest: CostUnit = .million) -> CostUnit {
        let order: [CostUnit] = [.billion, .million, .thousand]
        for unit in order where unit.divisor <= largest.divisor && abs(maximum) >= 10 * unit.divisor {
            return unit
        }
        return .one
    }
}

/// Numbers for cost tables, in the plan's ``NumberConvention``: groups of three marked, a fixed
/// number of decimals so columns line up.
public struct CostFormat: Sendable {
    public let numbers: NumberConvention

    public init(_ numbers: NumberConvention) { self.numbers = numbers }

    /// `value` rounded to `decimals` places with thousands separators: 12345.67 -> "12,345.7".
    public func grouped(_ value: Double, decimals: Int = 0) -> String {
        numbers.format(value, decimals: decimals, fixed: true)
    }

    /// An amount in `unit`: 18_000_700_000 in millions with one decimal -> "18,000.7".
    public func amount(_ value: Double, unit: CostUnit, decimals: Int = 1) -> String {
        grouped(value / unit.divisor, decimals: unit == .one ? 0 : decimals)
    }

    /// A percentage with two decimals, "n/a" when there is none: 0.526 -> "0.53".
    public func percent(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "n/a" }
        return grouped(value, decimals: 2)
    }

    /// `part` as a share of `whole` with one decimal and "%", "-" when there is no whole: "5.9%".
    public func share(_ part: Double, of whole: Double) -> String {
        whole > 0 ? grouped(part / whole * 100, decimals: 1) + "%" : "-"
    }
}
