/// The years a plan may name, 1900 to 2200, and arithmetic on years that cannot overflow.
///
/// Every year field of a plan (the horizon, the base year, start years, projections, targets,
/// dates) is checked against this range (`year.range` errors), and every computation that walks
/// over years only does so within it: a plan file holding year 99,999,999 or Int.min gives
/// findings, not a crash or a loop that runs once per year of distance.
public enum PlanYears {
    public static let valid: ClosedRange<Int> = 1900...2200

    public static func isValid(_ year: Int) -> Bool { valid.contains(year) }

    /// "1900-2200", for messages.
    public static var rangeText: String { "\(valid.lowerBound)-\(valid.upperBound)" }

    /// `later - earlier` in years, or nil when it would overflow.
    public static func distance(from earlier: Int, to later: Int) -> Int? {
        let (difference, overflow) = later.subtractingReportingOverflow(earlier)
        return overflow ? nil : difference
    }

    /// `base` multiplied by `step` `count` times (divided for a negative count). Loops, so that
    /// the figures are exactly those of year-by-year growth, for the distances a valid plan can
    /// have; a closed form beyond them, so that no distance makes it run long.
    public static func compound(_ base: Double, step: Double, count: Int) -> Double {
        if count.magnitude <= UInt(valid.count) {
            var factor = 1.0
            if count >= 0 {
                for _ in 0..<count { factor *= step }
            } else if step != 0 {
                for _ in 0..<(-count) { factor /= step }
            }
            return base * factor
        }
        if count < 0 && step == 0 { return base }
        // Exponentiation by squaring: at most 64 rounds whatever the count.
        var result = 1.0, power = step, exponent = count.magnitude
        while exponent > 0 {
            if exponent & 1 == 1 { result *= power }
            power *= power
            exponent >>= 1
        }
        return count >= 0 ? base * result : base / result
    }
}
