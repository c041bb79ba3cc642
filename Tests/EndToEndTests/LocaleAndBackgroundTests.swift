import Testing

/// The real binary under the locales and terminals officials use: numbers in the locale's
/// convention that a form takes back, an 8-bit locale drawn in ASCII, the theme chosen for the
/// terminal's background, and emoji that do not push a row out of line.
@Suite("locales, backgrounds and emoji", .enabled(if: tmuxAvailable, "tmux is not installed"))
struct LocaleAndBackgroundTests {
    @Test("LANG=fr_FR.UTF-8: Indicators write 11,5 and 237 500; a form saves its own 9,8")
    func frenchNumbers() async throws {
        let sandbox = try Sandbox()
        let tmux = try await Tmux.workbench(sandbox: sandbox, environment: ["LANG": "fr_FR.UTF-8", "LC_ALL": nil])
        try tmux.send("1")
        try await tmux.waitFor("1  STOCKTAKE")
        try tmux.send("l")
        let screen = try await tmux.waitFor("GDP per capita")
        #expect(screen.contains("11,5") && screen.contains("237 500"), "\(screen)")
        #expect(!screen.contains("1,1,5"))
        try tmux.send("l", "Enter")
        try await tmux.waitFor("Economic inputs")
        try tmux.send("C-s")
        try await tmux.waitUntil("the form to save its own values") { !$0.contains("Economic inputs") }
        let saved = try tmux.screen()
        #expect(!statusLine(saved).contains("decimals"))
        try tmux.send("q")
        try await tmux.waitForQuit(sandbox)
    }

    @Test("socle cost and check write the locale's numbers as text, and JSON stays locale-neutral")
    func commandLineReports() throws {
        let sandbox = try Sandbox()
        let french = ["LANG": "fr_FR.UTF-8"]
        let text = try runSocle(["cost", sandbox.plan.path], in: sandbox, environment: french)
        #expect(text.status == 0)
        #expect(text.out.contains("  2035        48 099,4   31 510,3   28 317,2  26 243,2  134 170,1   1,85         9,64"), "\(text.out)")
        let json = try runSocle(["cost", sandbox.plan.path, "--json"], in: sandbox, environment: french)
        #expect(json.out.contains("\"total\" : 10721227526.715") && !json.out.contains("134 170"), "JSON numbers as JSON writes them")
        let check = try runSocle(["check", sandbox.plan.path], in: sandbox, environment: ["LANG": "de_DE.UTF-8"])
        #expect(check.out.contains("23 warnings, 44 hints"))
    }

    @Test("LANG=fr_FR.ISO-8859-1: an 8-bit locale draws in ASCII, names transliterated")
    func eightBitLocale() async throws {
        let sandbox = try Sandbox()
        let tmux = try await Tmux.workbench(sandbox: sandbox, environment: ["LANG": "fr_FR.ISO-8859-1", "LC_ALL": nil])
        let screen = try tmux.screen()
        let asciiOnly = screen.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(asciiOnly, "only ASCII reaches an 8-bit terminal:\n\(screen)")
        #expect(screen.contains("Republic of Kibara . National"), "the title's · becomes .")
        #expect(screen.contains("ASCII: the locale fr_FR.ISO-8859-1 is"), "the notice says why:\n\(screen)")
        try tmux.send("q")
        try await tmux.waitForQuit(sandbox)
    }

    @Test("No theme set: COLORFGBG says light, so the light theme is used")
    func lightBackground() async throws {
        for (value, light) in [("0;15", true), ("15;0", false)] {
            let sandbox = try Sandbox()
            let tmux = try await Tmux.workbench(sandbox: sandbox, environment: ["COLORFGBG": value])
            // The light theme's status line is white on dark blue (palette 18); default's is reversed.
            let styled = try tmux.styledScreen()
            #expect(styled.contains("48;5;18") == light, "COLORFGBG=\(value)")
            try tmux.send("q")
            try await tmux.waitForQuit(sandbox)
        }
    }

    @Test("A joined emoji (👩‍🌾) keeps the rest of its row in its columns")
    func joinedEmoji() async throws {
        let sandbox = try Sandbox()
        let tmux = try await Tmux.workbench(sandbox: sandbox)
        try tmux.send("1")
        try await tmux.waitFor("1  STOCKTAKE")
        try tmux.send("l", "l", "l")
        let before = try await tmux.waitFor("GRP-1 ")
        let row = { (screen: String) in screen.split(separator: "\n").first { $0.contains("GRP-1 ") }.map(String.init) ?? "" }
        try tmux.send("Enter")
        try await tmux.waitFor("Population group GRP-1")
        try tmux.send("C-u")
        try tmux.type("Farmers 👩‍🌾 rural")
        try tmux.send("C-s")
        let after = try await tmux.waitUntil("the group to be saved") {
            !$0.contains("Population group GRP-1") && $0.contains("Farmers")
        }
        // ncurses was once sent "👩" and a joiner without what it joins: the joiner then stuck to
        // another cell (tmux showed it on the next row), shifting what followed it.
        #expect(!after.unicodeScalars.contains("\u{200D}"), "a stray joiner reached the terminal:\n\(after)")
        let edited = row(after), original = row(before)
        // Everything right of the name column sits where it sat before the edit.
        let tail = { (line: String) in String(line.suffix(30)) }
        #expect(tail(edited) == tail(original), "before: \(original)\nafter:  \(edited)")
        try tmux.send("q")
        try await tmux.waitForQuit(sandbox)
    }
}
