import Testing
import PlanDomain
@testable import Workbench

/// The keymap as a table: sound (no key does two things where it is looked up), complete (every
/// command has a key that reaches it), and what the reducer, the hints and the help use.
struct KeymapTests {
    @Test func noContextBindsAKeyTwice() {
        let clashes = Keymap.standard.conflicts.map {
            "\($0.key) in \($0.first.context): \($0.first.command.name) and \($0.second.command.name)"
        }
        #expect(clashes.isEmpty, Comment(rawValue: clashes.joined(separator: "\n")))
    }

    @Test func everyCommandHasAKey() {
        let bound = Set(Keymap.standard.bindings.filter { !$0.keys.isEmpty }.map(\.command))
        let unbound = Command.allCases.filter { !bound.contains($0) }.map(\.name)
        #expect(unbound.isEmpty, "commands no key runs: \(unbound)")
    }

    @Test func everyKeyReachesItsCommand() {
        let keymap = Keymap.standard
        for binding in keymap.bindings {
            for key in binding.keys {
                if binding.context != .global {
                    #expect(keymap.command(for: key, in: [.global]) == nil, "\(key) in \(binding.context) is taken by Ctrl-C's quit")
                }
                #expect(keymap.command(for: key, in: binding.context.lookedUpWith) == binding.command,
                        "\(key) in \(binding.context) should run \(binding.command.name)")
                if binding.context.typesCharacters {
                    #expect(key.character == nil, "\(key) in \(binding.context) would be typed, not run")
                }
            }
        }
    }

    @Test func commandNamesAreUniqueAndReadBack() {
        let names = Command.allCases.map(\.name)
        #expect(Set(names).count == names.count)
        for command in Command.allCases { #expect(Command(name: command.name) == command) }
        #expect(Command(name: "stage_\(Stage.allCases.count)") == nil)
    }

    /// Every key of the main screen does something there rather than say it does nothing.
    @Test func everyMainKeyIsHandled() throws {
        let plan = try examplePlan()
        for binding in Keymap.standard.bindings where binding.context == .main || binding.context == .editing {
            for key in binding.keys {
                var driver = Driver(plan)
                driver.show(.table(.scheme))
                _ = Reducer.reduce(&driver.state, .key(key))
                #expect(driver.state.notice?.text.contains("does nothing here") != true, "\(key) (\(binding.command.name))")
            }
        }
    }

    /// Every key of the help and the findings list does something there, from a place in the middle.
    @Test(arguments: [(KeyContext.help, "? j j j"), (KeyContext.findings, "f j j")])
    func everyDialogKeyIsHandled(context: KeyContext, setup: String) throws {
        let plan = try examplePlan()
        for binding in Keymap.standard.bindings where binding.context == context {
            for key in binding.keys {
                var driver = Driver(plan)
                driver.press(setup)
                let before = "\(String(describing: driver.state.overlay))"
                let effects = Reducer.reduce(&driver.state, .key(key))
                #expect("\(String(describing: driver.state.overlay))" != before || !effects.isEmpty,
                        "\(key) (\(binding.command.name)) does nothing in \(context)")
            }
        }
    }

    @Test func hintsAndHelpComeFromTheKeymap() throws {
        var driver = Driver(try examplePlan())
        driver.show(.table(.scheme))
        #expect(StatusView.Model(driver.state).hints.map(\.0) == ["Enter", "a", "d", "/", "i", "f", "?", "q"])
        driver.state.keymap = try Keymap.standard.rebinding([
            KeyRebinding(table: "keys", command: "add", keys: ["n"]),
            KeyRebinding(table: "keys", command: "quit", keys: ["Q"]),
        ])
        #expect(StatusView.Model(driver.state).hints.map(\.0) == ["Enter", "n", "d", "/", "i", "f", "?", "Q"])
        let help = HelpView.lines(driver.state.keymap)
        #expect(help.contains { $0.key == "Q" && $0.text.hasPrefix("Quit") && $0.text.hasSuffix(" · rebound (default: q)") })
        #expect(help.contains { $0.key == "n" && $0.text.contains(" · rebound (default: a)") })
        #expect(help.contains { $0.text.contains("were changed by [keys] in config.toml") })
        #expect(!HelpView.lines(.standard).contains { $0.text.contains("rebound") })
    }

    @Test func reboundKeysRunTheirCommandAndOldOnesNothing() throws {
        var driver = Driver(try examplePlan())
        driver.state.keymap = try Keymap.standard.rebinding([KeyRebinding(table: "keys", command: "quit", keys: ["Q"])])
        driver.press("q")
        #expect(!driver.state.quitting)
        #expect(driver.state.notice?.text == "q does nothing here; ? shows the keys.")
        driver.press("Q")
        #expect(driver.state.quitting)
    }

    @Test func dialogKeysCanBeRebound() throws {
        var driver = Driver(try examplePlan())
        driver.state.keymap = try Keymap.standard.rebinding([
            KeyRebinding(table: "keys.confirm", command: "confirm", keys: ["o"]),
            KeyRebinding(table: "keys.form", command: "confirm", keys: ["F10"]),
        ])
        driver.show(.table(.scheme))
        let before = driver.state.plan.stocktake.schemes.count
        driver.press("d y")
        #expect(driver.state.overlay != nil, "y no longer confirms")
        #expect(driver.screen.contains("o deletes"))
        driver.press("o")
        #expect(driver.state.plan.stocktake.schemes.count == before - 1)
        driver.press("a \"Caisse\"")
        #expect(driver.screen.contains("F10 saves"))
        driver.press("F10")
        #expect(driver.state.overlay == nil)
        #expect(driver.state.plan.stocktake.schemes.count == before)
    }

    @Test func thePickerPagesByTheRowsItShows() throws {
        var driver = Driver(try examplePlan())
        // Measure form, its groups field: a picker of every population group.
        driver.show(.table(.measure))
        driver.press("Enter")
        let field = try #require(driver.form?.spec.fields.firstIndex { $0.label.lowercased().contains("group") })
        for _ in 0..<field { driver.press("Tab") }
        driver.press("Enter")
        let picker = try #require(driver.form?.picker)
        let rows = PickerView.listRows(options: picker.visible.count, layout: Reducer.layout(driver.state))
        #expect(rows > 1)
        driver.press("PgDn")
        #expect(driver.form?.picker?.list.selected == min(picker.list.selected + rows, picker.visible.count - 1))
    }

    @Test func findingsGoToTheFirstAndLast() throws {
        var driver = Driver(try examplePlan())
        let count = driver.state.findings.count
        #expect(count > 2)
        driver.press("f G")
        guard case .findings(let last) = driver.state.overlay else { Issue.record("no findings list"); return }
        #expect(last.selected == count - 1)
        #expect(driver.screen.contains(" \(count)/\(count) "))
        driver.press("Home")
        guard case .findings(let first) = driver.state.overlay else { Issue.record("no findings list"); return }
        #expect(first.selected == 0)
    }

    @Test func findingsPageByTheRowsTheyShow() throws {
        var driver = Driver(try examplePlan())
        driver.press("f PgDn")
        guard case .findings(let list) = driver.state.overlay else { Issue.record("no findings list"); return }
        let rows = FindingsView.listRows(Reducer.layout(driver.state))
        #expect(list.selected == min(rows, driver.state.findings.count - 1))
    }
}

/// The tests' key scripts: a word that names no key fails rather than sends its first letter.
struct KeyScriptTests {
    @Test func namesAndQuotedTextBecomeKeys() {
        #expect(keys("j Enter C-r \"ab\" Space F2") == [.char("j"), .enter, .ctrl("r"), .char("a"), .char("b"), .char(" "), .function(2)])
    }

    @Test func anUnknownKeyNameFails() {
        withKnownIssue {
            #expect(keys("jj Enter") == [.enter])
        } matching: { issue in
            issue.description.contains("\"jj\" is not a key name")
        }
        withKnownIssue {
            _ = keys("Entr")
        } matching: { issue in
            issue.description.contains("\"Entr\" is not a key name")
        }
    }
}
