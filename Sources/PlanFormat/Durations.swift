import Foundation

/// Durations: plans count in days, and people type days, weeks, months (30 days) or years (365 days).
extension Figures {
    /// Days in a month and in a year when a duration is typed in months or years: 6m is 180 days.
    public static let daysPerMonth = 30, daysPerYear = 365

    /// A duration as a form shows it: "45d". Typed back as it stands.
    public static func duration(_ days: Int) -> String { "\(days)d" }

    /// A signed lag between activities: "+5d", "-14d".
    public static func lag(_ days: Int) -> String { days < 0 ? "\(days)d" : "+\(days)d" }

    /// A whole number of days, weeks (w), months (m, 30 days) or years (y, 365 days); days (d) if no
    /// unit: "6m" is 180, "1y" 365, "2 w" 14.
    public static func readDuration(_ text: String) -> Result<Int, FieldError> {
        guard !text.isEmpty else { return .failure(.required) }
        var body = text.lowercased()
        var factor = 1
        for (unit, days) in [("d", 1), ("w", 7), ("m", daysPerMonth), ("y", daysPerYear)] where body.hasSuffix(unit) {
            factor = days
            body.removeLast()
            break
        }
        guard let count = Int(body.trimmingCharacters(in: .whitespaces)), count >= 0, count <= 100_000 / factor else {
            return .failure(.invalid("a duration is " + FieldFormat.days))
        }
        return .success(count * factor)
    }
}
