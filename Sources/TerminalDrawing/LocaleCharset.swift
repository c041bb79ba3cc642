/// What the locale says about the characters a terminal can show, decided from the C library's
/// codeset and the locale's name alone (so it is testable without any locale installed).
public enum LocaleCharset {
    public enum Decision: Equatable, Sendable {
        /// The locale is UTF-8: draw anything.
        case unicode
        /// No character set chosen (C, POSIX, or a locale that is not installed): switch the C
        /// library to a UTF-8 locale, as nearly every terminal today is UTF-8.
        case switchToUTF8
        /// A genuine 8-bit locale (ISO-8859-1, CP1252, KOI8-R…): the terminal expects those bytes, so
        /// UTF-8 would show as garbage. Draw in ASCII, names transliterated; the note says why.
        case ascii(note: String)
    }

    /// The locale name that governs characters: LC_ALL, else LC_CTYPE, else LANG.
    public static func name(in environment: [String: String]) -> String {
        for key in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = environment[key], !value.isEmpty { return value }
        }
        return ""
    }

    /// `codeset` is what `nl_langinfo(CODESET)` says after `setlocale(LC_ALL, "")`; `name` the
    /// locale's name ("fr_FR.ISO-8859-1", "de_DE@euro", "C.UTF-8").
    public static func decide(codeset: String, name: String) -> Decision {
        if isUTF8(codeset) { return .unicode }
        let named = Self.codeset(of: name)
        if let named, !isUTF8(named) {
            return .ascii(note: "ASCII: the locale \(name) is not UTF-8.")
        }
        if named == nil, !isASCII(codeset) {
            return .ascii(note: "ASCII: the locale \(name) is \(codeset), not UTF-8.")
        }
        return .switchToUTF8
    }

    /// The character set a locale name states: "ISO-8859-1" in "fr_FR.ISO-8859-1", "ISO-8859-15" for
    /// "@euro" without one; nil when it states none ("fr_FR", "C", "POSIX").
    static func codeset(of name: String) -> String? {
        let (base, modifier) = split(name, at: "@")
        if let dot = base.firstIndex(of: ".") { return String(base[base.index(after: dot)...]) }
        return modifier == "euro" ? "ISO-8859-15" : nil
    }

    private static func split(_ text: String, at mark: Character) -> (Substring, Substring?) {
        guard let index = text.firstIndex(of: mark) else { return (Substring(text), nil) }
        return (text[..<index], text[text.index(after: index)...])
    }

    static func isUTF8(_ codeset: String) -> Bool {
        ["UTF-8", "UTF8"].contains(codeset.uppercased())
    }

    static func isASCII(_ codeset: String) -> Bool {
        ["ANSI_X3.4-1968", "ASCII", "US-ASCII", "646", ""].contains(codeset.uppercased())
    }
}
