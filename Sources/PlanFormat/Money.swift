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

/// Figures of cost tables: a fixed number of decimals so columns line up.
extension Figures {
    /// An amount in `unit`: 18_000_700_000 in millions with one decimal -> "18,000.7"; whole in units.
    public func amount(_ value: Double, unit: CostUnit, decimals: Int = 1) -> String {
        fixed(value / unit.divisor, decimals: unit == .one ? 0 : decimals)
    }

    /// A percentage's figure in a cost table, two decimals and no "%" (the column says it), "n/a"
    /// when there is none: 0.526 -> "0.53".
    public func percentFigure(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "n/a" }
        return fixed(value, decimals: 2)
    }

    /// `part` as a share of `whole` with one decimal and "%", "-" when there is no whole: "5.9%".
    public func share(_ part: Double, of whole: Double) -> String {
        whole > 0 ? fixed(part / whole * 100, decimals: 1) + "%" : "-"
    }
}
