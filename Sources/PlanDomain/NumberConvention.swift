/// How a plan writes numbers: the mark between groups of three digits and the decimal mark.
///
/// Screens, forms, text reports and messages all write numbers through one convention (see
/// ``NumberConvention/format(_:decimals:fixed:grouping:)``) and forms read them back with
/// ``NumberConvention/parse(_:suffixes:)``, so what is shown can always be typed back. The plan's own
/// `meta.numberFormat` chooses it; when unset, the user's locale does (``forLocale(_:)``). Formatting
/// never consults the C library, so a process locale cannot change a figure. JSON stays locale-neutral.
public struct NumberConvention: Choice, CustomStringConvertible {
    /// Between groups of three digits: ",", " ", "." or "'".
    public let group: Character
    /// Before the decimals: "." or ",".
    public let decimal: Character

    private init(group: Character, decimal: Character) {
        self.group = group
        self.decimal = decimal
    }

    /// 1,234.5: English, and the C locale.
    public static let commaPoint = NumberConvention(group: ",", decimal: ".")
    /// 1 234,5: French, Portuguese (Portugal, Africa), Russian, Swedish, Polish…
    public static let spaceComma = NumberConvention(group: " ", decimal: ",")
    /// 1.234,5: German, Spanish (Spain, most of South America), Portuguese (Brazil), Italian, Dutch…
    public static let pointComma = NumberConvention(group: ".", decimal: ",")
    /// 1 234.5: the SI / ISO 80000 style.
    public static let spacePoint = NumberConvention(group: " ", decimal: ".")
    /// 1'234.5: Swiss German and Italian.
    public static let apostrophePoint = NumberConvention(group: "'", decimal: ".")

    /// Every convention a plan may choose, as its sample.
    public static let all: [NumberConvention] = [.commaPoint, .spaceComma, .pointComma, .spacePoint, .apostrophePoint]

    /// The convention's name as the plan stores it and forms show it: "1,234.5", "1 234,5"…
    public var sample: String { "1\(group)234\(decimal)5" }
    public var description: String { sample }
    public var rawValue: String { sample }
    public static var allCases: [NumberConvention] { all }
    public init?(rawValue: String) { self.init(sample: rawValue) }

    /// The sample and who writes numbers so, for pickers.
    public var label: String {
        switch self {
        case .commaPoint: "1,234.5 (English)"
        case .spaceComma: "1 234,5 (French, Portuguese, Russian…)"
        case .pointComma: "1.234,5 (Spanish, German, Brazilian…)"
        case .spacePoint: "1 234.5 (ISO)"
        default: "1'234.5 (Swiss)"
        }
    }

    /// The convention a sample names ("1 234,5"; a no-break space counts as a space), or nil.
    public init?(sample: String) {
        let normal = String(String(sample.map { $0 == "\u{A0}" || $0 == "\u{202F}" ? " " : $0 }).trimmingSpaces)
        guard let match = Self.all.first(where: { $0.sample == normal }) else { return nil }
        self = match
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let convention = NumberConvention(sample: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription:
                "\"\(text)\" is not a number format; use one of " + Self.all.map { "\"\($0.sample)\"" }.joined(separator: ", "))
        }
        self = convention
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(sample)
    }
}

// MARK: - Writing

extension NumberConvention {
    /// `value` with at most `decimals` decimals (exactly `decimals` when `fixed`, else without trailing
    /// zeros), groups of three marked when `grouping`: 12345.6 → "12,345.6" or "12 345,6".
    /// Not finite: "n/a". Beyond what a Double holds exactly, Swift's own shortest form.
    public func format(_ value: Double, decimals: Int = 4, fixed: Bool = false, grouping: Bool = true) -> String {
        guard value.isFinite else { return "n/a" }
        var places = max(0, min(decimals, 9))
        var scale = Self.power(places)
        while places > 0, (abs(value) * Double(scale)).rounded() >= 9e15 {
            places -= 1
            scale /= 10
        }
        let scaled = (abs(value) * Double(scale)).rounded()
        guard scaled < 9e15 else { return String(value).replacing(".", with: String(decimal)) }
        let whole = UInt64(scaled) / scale
        var fraction = places == 0 ? "" : String(UInt64(scaled) % scale)
        fraction = String(repeating: "0", count: places - fraction.count) + fraction
        if !fixed { while fraction.hasSuffix("0") { fraction.removeLast() } }
        var text = grouping ? grouped(String(whole)) : String(whole)
        if !fraction.isEmpty { text += String(decimal) + fraction }
        return value < 0 && scaled > 0 ? "-" + text : text
    }

    /// A whole number, rounded, with groups: 1450000 → "1,450,000".
    public func whole(_ value: Double) -> String { format(value, decimals: 0) }

    /// A figure in few columns, for where the exact one does not fit: 1.15bn, 12.5M, 38k, 950. Typed
    /// back, the suffix multiplies as written.
    public func abbreviated(_ value: Double) -> String {
        let size = abs(value)
        if size >= 1e9 { return format(value / 1e9, decimals: 2) + "bn" }
        if size >= 1e6 { return format(value / 1e6, decimals: 1) + "M" }
        if size >= 1e4 { return format(value / 1e3, decimals: 0) + "k" }
        return format(value, decimals: 0)
    }

    /// Without group marks, up to four decimals: 2026.5 → "2026.5" / "2026,5".
    public func plain(_ value: Double) -> String { format(value, grouping: false) }

    /// A percentage figure with up to `decimals` decimals and a "%": 37.45 → "37.5%".
    public func percent(_ value: Double, decimals: Int = 1) -> String { format(value, decimals: decimals) + "%" }

    private func grouped(_ digits: String) -> String {
        guard digits.count > 3 else { return digits }
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out.append(group) }
            out.append(digit)
        }
        return out
    }

    private static func power(_ places: Int) -> UInt64 {
        var result: UInt64 = 1
        for _ in 0..<places { result *= 10 }
        return result
    }
}

// MARK: - Reading

extension NumberConvention {
    public enum Problem: Error, Equatable, Sendable {
        /// A decimal comma where the convention writes a decimal point ("12,5" in 1,234.5).
        case decimalComma
        case notANumber
    }

    /// Reads what ``format(_:decimals:fixed:grouping:)`` writes, and the locale-neutral forms where
    /// they cannot mean something else: in 1 234,5, "12.5" is 12.5 (a point is no group mark there);
    /// in 1.234,5, "1.234" is 1234 but "1.5" is 1.5. Spaces, no-break spaces and underscores between
    /// digits are ignored; `k`, `M` and `bn` multiply when `suffixes`.
    public func parse(_ text: String, suffixes: Bool = true) -> Result<Double, Problem> {
        if self == .commaPoint { return LocaleNeutralNumber.parse(text, suffixes: suffixes).mapError(Self.problem) }
        var body = text.filter { !" _\u{A0}\u{202F}\t".contains($0) }
        var factor = 1.0
        if suffixes, let (rest, multiplier) = LocaleNeutralNumber.suffix(of: body) {
            body = rest
            factor = multiplier
        }
        if let value = own(body) { return .success(value * factor) }
        switch LocaleNeutralNumber.parse(text, suffixes: suffixes) {
        case .success(let value): return .success(value)
        case .failure: return .failure(.notANumber)
        }
    }

    /// `body` read strictly in this convention, or nil.
    private func own(_ body: String) -> Double? {
        var digits = body
        if group != " " && digits.contains(group) {
            let integer = digits.split(separator: decimal, maxSplits: 1, omittingEmptySubsequences: false)[0]
            let parts = integer.split(separator: group, omittingEmptySubsequences: false)
            let lead = parts[0].hasPrefix("-") || parts[0].hasPrefix("+") ? parts[0].dropFirst() : parts[0]
            guard (1...3).contains(lead.count), parts.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            digits = digits.filter { $0 != group }
        }
        let other: Character = decimal == "," ? "." : ","
        guard !digits.contains(other) else { return nil }
        if decimal != "." { digits = digits.replacing(String(decimal), with: ".") }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let value = Double(digits), value.isFinite else { return nil }
        return value
    }

    private static func problem(_ problem: LocaleNeutralNumber.Problem) -> Problem {
        switch problem {
        case .decimalComma: .decimalComma
        case .notANumber: .notANumber
        }
    }
}

// MARK: - From the locale

extension NumberConvention {
    /// The convention of the locale the environment names: LC_ALL, else LC_NUMERIC, else LANG (the
    /// C library's order), read from the name alone so it needs no locale data installed.
    public static func fromEnvironment(_ environment: [String: String]) -> NumberConvention {
        for key in ["LC_ALL", "LC_NUMERIC", "LANG"] {
            if let name = environment[key], !name.isEmpty { return forLocale(name) }
        }
        return .commaPoint
    }

    /// The convention of a locale name such as "fr_FR.UTF-8", "pt_BR", "de_CH.ISO-8859-1@euro" or "C",
    /// after CLDR's common usage. Unknown languages, C and POSIX write 1,234.5.
    public static func forLocale(_ name: String) -> NumberConvention {
        let base = name.split(separator: ".", maxSplits: 1).first?.split(separator: "@", maxSplits: 1).first ?? ""
        let parts = base.split(whereSeparator: { $0 == "_" || $0 == "-" })
        guard let language = parts.first?.lowercased() else { return .commaPoint }
        let territory = parts.count > 1 ? parts[1].uppercased() : ""
        switch (language, territory) {
        case ("de", "CH"), ("de", "LI"), ("it", "CH"): return .apostrophePoint
        case ("fr", "CH"): return .spaceComma
        case ("es", "MX"), ("es", "US"), ("es", "PR"), ("es", "DO"), ("es", "GT"), ("es", "HN"), ("es", "NI"),
             ("es", "PA"), ("es", "SV"), ("es", "CU"), ("es", "PE"): return .commaPoint
        case ("pt", "BR"): return .pointComma
        case ("en", "ZA"): return .spaceComma
        default: break
        }
        if spaceCommaLanguages.contains(language) { return .spaceComma }
        if pointCommaLanguages.contains(language) { return .pointComma }
        return .commaPoint
    }

    private static let spaceCommaLanguages: Set<String> = [
        "fr", "pt", "ru", "uk", "be", "pl", "cs", "sk", "sv", "nb", "nn", "no", "fi", "et", "lv", "lt", "hu",
        "bg", "kk", "ky", "uz", "hy", "ka", "sq", "af", "mg", "wo", "ff", "ln", "kab", "br", "oc",
    ]
    private static let pointCommaLanguages: Set<String> = [
        "de", "es", "it", "nl", "da", "tr", "id", "ro", "el", "hr", "sl", "sr", "bs", "mk", "ca", "gl", "eu",
        "vi", "az", "is", "lb", "fo", "rw", "rn", "ast",
    ]
}
