import CNcurses
import Glibc

/// Sets the locale ncurses reads text in, before it starts.
enum CursesLocale {
    /// What came of it: whether the locale is UTF-8 and, if it had to be changed, a note saying how.
    struct Outcome {
        let unicode: Bool
        let note: String?
    }

    /// `setlocale(LC_ALL, "")`; if that is not UTF-8, LC_CTYPE is switched to C.UTF-8 (under
    /// which ncurses handles any character); if no UTF-8 locale exists, ASCII it is.
    static func setUp() -> Outcome {
        setlocale(LC_ALL, "")
        if isUTF8 { return Outcome(unicode: true, note: nil) }
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
