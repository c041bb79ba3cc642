import ArgumentParser

/// A code given on the command line that a standard spells in capital letters: an ISO 4217
/// currency (three letters) or an ISO 3166 country (two or three). Lower case is taken with a note;
/// anything else is a usage error naming the option and what it needs.
struct ISOCode {
    let option: String
    let standard: String
    let lengths: ClosedRange<Int>
    let examples: String

    static let currency = ISOCode(option: "--currency", standard: "ISO 4217", lengths: 3...3,
                                  examples: "EUR, USD, XOF")
    static let country = ISOCode(option: "--code", standard: "ISO 3166", lengths: 2...3, examples: "SN, KEN, BR")

    /// `value` in capitals, and a note when it had to be changed; throws when it is not letters of
    /// the right count.
    func normalize(_ value: String) throws -> (code: String, note: String?) {
        guard lengths.contains(value.count), value.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            let words = [2: "two", 3: "three"]
            let count = [lengths.lowerBound, lengths.upperBound].map { words[$0] ?? "\($0)" }
                .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.joined(separator: " or ")
            throw ValidationError("\(option) \"\(value)\" is not an \(standard) code: \(count) letters, such as \(examples).")
        }
        let code = value.uppercased()
        guard code != value else { return (code, nil) }
        return (code, "\(option) \"\(value)\" is taken as \(code): \(standard) codes are written in capital letters.")
    }
}
