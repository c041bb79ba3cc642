import CNcurses
import Glibc
import TerminalDrawing

/// Sets the locale ncurses reads text in, before it starts.
enum CursesLocale {
    /// What came of it: whether the locale is UTF-8 and, if it had to be changed, a note saying how.
    struct Outcome {
        let unicode: Bool
        let note: String?
    }

    /// `setlocale(LC_ALL, "")`, with LC_NUMERIC kept at "C" (Socle writes numbers itself, in the
    /// plan's convention; a C library that wrote "4,6" would break them). Then, as
    /// ``LocaleCharset/decide(codeset:name:)`` says: UTF-8 as is; a genuine 8-bit locale in ASCII;
    /// no character set at all (C, POSIX) switches LC_CTYPE to C.UTF-8 (under which ncurses handles
    /// any character); if no UTF-8 locale exists, ASCII it is.
    static func setUp(environment: [String: String]) -> Outcome {
        setlocale(LC_ALL, "")
        setlocale(LC_NUMERIC, "C")
        switch LocaleCharset.decide(codeset: codeset, name: LocaleCharset.name(in: environment)) {
        case .unicode: return Outcome(unicode: true, note: nil)
        case .ascii(let note): return Outcome(unicode: false, note: note)
        case .switchToUTF8: break
        }
        let before = codeset
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            if isUTF8 { return Outcome(unicode: true, note: "The locale's character set was \(before); using \(name) to show names in full.") }
        }
        setlocale(LC_CTYPE, "")
        return Outcome(unicode: false, note: "No UTF-8 locale here (character set \(before)): drawing in ASCII.")
    }

    static var codeset: String {
        guard let name = socle_codeset() else { return "unknown" }
        return String(cString: name)
    }

    static var isUTF8: Bool {
        let name = codeset.uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
