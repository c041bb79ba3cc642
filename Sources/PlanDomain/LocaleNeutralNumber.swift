/// Numbers as people type them, whatever their locale: a point for decimals; commas, spaces,
/// no-break spaces or underscores between groups of three digits ("12,500", "12 500", "1_200.5");
/// optionally a `k`, `M` or `bn` suffix. Used by forms and by spreadsheet imports alike.
public enum LocaleNeutralNumber {
    public enum Problem: Error, Equatable, Sendable {
        /// A comma that does not separate thousands, as in the decimal comma "12,5".
        case decimalComma
        case notANumber
    }

    /// The number without its `k`, `M` or `bn` suffix, and what the suffix multiplies by.
    static func suffix(of body: String) -> (String, Double)? {
        for (suffix, multiplier) in [("bn", 1e9), ("k", 1e3), ("K", 1e3), ("M", 1e6)] where body.hasSuffix(suffix) {
            return (String(body.dropLast(suffix.count)), multiplier)
        }
        return nil
    }

    public static func parse(_ text: String, suffixes: Bool = true) -> Result<Double, Problem> {
        var body = text.filter { !" _\u{A0}\u{202F}\t".contains($0) }
        var factor = 1.0
        if suffixes, let (rest, multiplier) = suffix(of: body) {
            body = rest
            factor = multiplier
        }
        if body.contains(",") {
            let parts = body.split(separator: ",", omittingEmptySubsequences: false)
            let lead = parts[0].hasPrefix("-") || parts[0].hasPrefix("+") ? parts[0].dropFirst() : parts[0]
            let last = parts[parts.count - 1].split(separator: ".", omittingEmptySubsequences: false)[0]
            let grouped = (1...3).contains(lead.count)
                && parts.dropFirst().dropLast().allSatisfy { $0.count == 3 }
                && last.count == 3
            guard grouped else { return .failure(.decimalComma) }
            body = body.filter { $0 != "," }
        }
        guard !body.isEmpty, body.allSatisfy(\.isASCII), let value = Double(body), value.isFinite else {
            return .failure(.notANumber)
        }
        return .success(value * factor)
    }
}
