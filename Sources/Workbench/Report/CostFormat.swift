import Foundation

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

/// Numbers for cost tables: a comma between thousands, a point for decimals, whatever the locale.
public enum CostFormat {
    /// `value` rounded to `decimals` places with thousands separators: 12345.67 -> "12,345.7".
    public static func grouped(_ value: Double, decimals: Int = 0) -> String {
        guard value.isFinite else { return "n/a" }
        let scale = pow(10, Double(decimals))
        let rounded = (abs(value) * scale).rounded() / scale
        let negative = value < 0 && rounded > 0
        let whole = rounded.rounded(.down)
        var digits = String(format: "%.0f", whole)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(digits.suffix(3), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        var text = groups.joined(separator: ",")
        if decimals > 0 {
            let fraction = String(format: "%.\(decimals)f", rounded - whole)  // "0.70"
            text += fraction.dropFirst()
        }
        return negative ? "-" + text : text
    }

    /// An amount in `unit`: 18_000_700_000 in millions with one decimal -> "18,000.7".
    public static func amount(_ value: Double, unit: CostUnit, decimals: Int = 1) -> String {
        grouped(value / unit.divisor, decimals: unit == .one ? 0 : decimals)
    }

    /// A percentage with two decimals, "n/a" when there is none: 0.526 -> "0.53".
    public static func percent(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "n/a" }
        return String(format: "%.2f", value)
    }
}
