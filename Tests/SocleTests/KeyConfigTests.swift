import Testing
import TerminalDrawing
import Workbench
@testable import socle

/// `[keys]` in config.toml: rebinding works, and every mistake is named with its line.
struct KeyConfigTests {
    func error(_ text: String) -> ConfigError? {
        do {
            _ = try Config.parse(text, file: "/home/ana/.config/socle/config.toml")
            return nil
        } catch {
            return error
        }
    }

    @Test func rebindsKeysInEachTable() throws {
        let config = try Config.parse("""
            theme = "mono"
            [keys]
            quit = "Q"
            down = ["j", "Down", "Ctrl-N"]
            [keys.form]
            confirm = "F10"
            """, file: "config.toml")
        #expect(config.theme == "mono")
        let keys = config.keymap
        #expect(keys.command(for: .char("Q"), in: [.main]) == .quit)
        #expect(keys.command(for: .char("q"), in: [.main, .editing]) == nil)
        #expect(keys.keys(.down, in: .main) == [.char("j"), .down, .ctrl("n")])
        #expect(keys.command(for: .function(10), in: [.form]) == .confirm)
        #expect(keys.command(for: .ctrl("s"), in: [.form]) == nil)
        #expect(keys.binding(.quit, in: .main)?.defaultKeys == [.char("q")])
        #expect(keys.binding(.up, in: .main)?.isRebound == false)
        #expect(try Config.parse("", file: "config.toml").keymap == .standard)
    }

    @Test func anEmptyListUnbinds() throws {
        let keys = try Config.parse("[keys]\ntheme = []\n", file: "config.toml").keymap
        #expect(keys.command(for: .char("t"), in: [.main]) == nil)
        #expect(KeyReference.sections(keys).flatMap(\.rows).contains { $0.keys == "–" && $0.text.contains(" · unbound (default: t)") })
    }

    @Test func anUnknownCommandIsNamedWithItsLine() {
        let found = error("theme = \"mono\"\n[keys]\nquit = \"Q\"\nsav = \"F2\"\n")
        #expect(found?.line == 4)
        #expect(found?.key == "keys.sav")
        #expect(found?.description.hasPrefix("/home/ana/.config/socle/config.toml:4: keys.sav: unknown command here (known in [keys]: help, quit, up,") == true)
    }

    @Test func anUnknownKeyNameIsNamedWithItsLine() {
        let found = error("[keys]\nhelp = \"F1\"\n\n[keys.form]\nconfirm = [\"F2\", \"Ctrl-Shift-S\"]\n")
        #expect(found?.line == 5)
        #expect(found?.description == "/home/ana/.config/socle/config.toml:5: keys.form.confirm: \"Ctrl-Shift-S\" is not a key name (such as \"q\", \"Q\", \"Ctrl-R\", \"F2\", \"Enter\", \"Space\", \"PgDn\", \"Shift-Tab\")")
    }

    @Test func aKeyBoundTwiceInOneContextIsRefused() {
        // j already moves down on the main screen (and undo, in the same lookup, keeps u).
        let clash = error("[keys]\nquit = \"j\"\n")
        #expect(clash?.line == 2)
        #expect(clash?.description == "/home/ana/.config/socle/config.toml:2: keys.quit: j is bound twice in [keys]: already to down by default; rebind down too, or choose another key")
        let both = error("[keys]\nquit = \"Q\"\nundo = \"Q\"\n")
        #expect(both?.line == 3)
        #expect(both?.message == "Q is bound twice in [keys]: already to quit too")
        // Moving j away first makes it free.
        #expect(error("[keys]\ndown = \"Down\"\nquit = \"j\"\n") == nil)
        // The same key in two contexts is fine.
        #expect(error("[keys.form]\nconfirm = \"F5\"\n[keys.picker]\nconfirm = \"F5\"\n") == nil)
    }

    @Test func linesAreFoundInTheRightTable() {
        // The same command name in an earlier table, and a dotted key at the top, point at their own lines.
        let text = "[keys.form]\nconfirm = \"F10\"\n\n[keys.picker]\nconfirm = \"Ctrl-C\"\n"
        #expect(error(text)?.line == 5)
        #expect(error(text)?.key == "keys.picker.confirm")
        #expect(error("[keys.form]\nconfirm = \"F10\"\n[keys]\nconfirm = \"F9\"\n")?.line == 4)
        #expect(error("theme = \"mono\"\nkeys.quit = \"Ctrl-Q!\"\n")?.line == 2)
    }

    @Test func otherMistakesAreNamed() {
        #expect(error("[keys.forms]\nconfirm = \"F2\"\n")?.message.hasPrefix("unknown table (known: [keys], [keys.form],") == true)
        #expect(error("[keys.text]\ndelete_word = \"w\"\n")?.message == "\"w\" is typed as text here, so it cannot run a command")
        #expect(error("[keys]\nhelp = \"Ctrl-C\"\n")?.message == "Ctrl-C always quits, so it cannot be bound to anything else")
        #expect(error("[keys]\nhelp = 3\n")?.line == 2)
        #expect(error("[keys]\nhelp = 3\n")?.message.contains("not a integer") == true)
        #expect(error("keys = \"q\"\n")?.message.hasPrefix("should be a table") == true)
        #expect(error("[keys]\nhelp = [\"F1\", \"F1\"]\n")?.message == "F1 is listed twice")
    }
}
