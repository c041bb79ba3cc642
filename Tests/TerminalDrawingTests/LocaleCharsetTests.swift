import Testing
@testable import TerminalDrawing

/// A genuine 8-bit locale draws in ASCII instead of sending UTF-8 the terminal would garble; a
/// locale with no character set (C, POSIX, or one not installed) still switches to UTF-8.
struct LocaleCharsetTests {
    @Test func theDecision() {
        #expect(LocaleCharset.decide(codeset: "UTF-8", name: "fr_FR.UTF-8") == .unicode)
        #expect(LocaleCharset.decide(codeset: "ANSI_X3.4-1968", name: "C") == .switchToUTF8)
        #expect(LocaleCharset.decide(codeset: "ANSI_X3.4-1968", name: "") == .switchToUTF8)
        #expect(LocaleCharset.decide(codeset: "ANSI_X3.4-1968", name: "fr_FR.UTF-8") == .switchToUTF8,
                "a UTF-8 locale that is not installed")
        for (codeset, name) in [("ISO-8859-1", "fr_FR.ISO-8859-1"), ("ANSI_X3.4-1968", "fr_FR.ISO-8859-1"),
                                ("ISO-8859-15", "de_DE@euro"), ("ISO-8859-1", "fr_FR"), ("KOI8-R", "ru_RU.KOI8-R"),
                                ("ANSI_X3.4-1968", "pt_BR.ISO8859-1")] {
            guard case .ascii(let note) = LocaleCharset.decide(codeset: codeset, name: name) else {
                Issue.record("\(name) (\(codeset)) should draw in ASCII")
                continue
            }
            #expect(note.contains(name) && note.contains("ASCII"))
        }
    }

    @Test func theNameComesFromLCAllThenLCCtypeThenLang() {
        #expect(LocaleCharset.name(in: ["LANG": "fr_FR.ISO-8859-1"]) == "fr_FR.ISO-8859-1")
        #expect(LocaleCharset.name(in: ["LANG": "fr_FR.ISO-8859-1", "LC_CTYPE": "C.UTF-8"]) == "C.UTF-8")
        #expect(LocaleCharset.name(in: ["LC_ALL": "de_DE@euro", "LC_CTYPE": "C.UTF-8"]) == "de_DE@euro")
    }
}
