import PlanDomain

extension Keymap {
    /// Socle's keys as shipped. The first key of a binding is the one hints show.
    public static let standard = Keymap(bindings: standardBindings)

    private static var standardBindings: [KeyBinding] {
        var list: [KeyBinding] = []
        func bind(_ context: KeyContext, _ keys: [Key], _ command: Command, _ help: String) {
            list.append(KeyBinding(keys: keys, command: command, context: context, help: help))
        }
        /// Moving through a list or a scrolled text, in a dialog: j k first, as vi and less.
        func scrolling(_ context: KeyContext, by what: String) {
            bind(context, [.char("j"), .down], .down, "Next \(what)")
            bind(context, [.char("k"), .up], .up, "Previous \(what)")
            bind(context, [.pageDown, .char(" ")], .pageDown, "A page further")
            bind(context, [.pageUp], .pageUp, "A page back")
        }

        bind(.global, [.ctrl("c")], .quit, "Quit from anywhere (asks first if a change is not saved)")

        bind(.main, [.char("?"), .function(1)], .help, "This help")
        bind(.main, [.char("q")], .quit, "Quit (asks first if a save failed)")
        bind(.main, [.up, .char("k")], .up, "Move up")
        bind(.main, [.down, .char("j")], .down, "Move down")
        bind(.main, [.left, .char("h")], .left, "Previous tab (or to the stage rail)")
        bind(.main, [.right, .char("l")], .right, "Next tab")
        bind(.main, [.pageUp], .pageUp, "Page up")
        bind(.main, [.pageDown], .pageDown, "Page down")
        bind(.main, [.home, .char("g")], .top, "First row")
        bind(.main, [.end, .char("G")], .bottom, "Last row")
        bind(.main, [.tab], .nextPanel, "Next panel (stage rail / tabs)")
        bind(.main, [.backTab], .previousPanel, "Previous panel")
        for stage in Stage.allCases {
            bind(.main, [.char(Character(String(stage.rawValue)))], .stage(stage), "Go to stage \(stage.rawValue): \(stage.title)")
        }
        bind(.main, [.char("/")], .search, "Search the list")
        bind(.main, [.char("s")], .sort, "Sort by the next column (again: reverse)")
        bind(.main, [.char("f")], .findings, "Errors and warnings; Enter jumps to the place")
        bind(.main, [.char("<")], .scrollBack, "Timelines and charts: earlier")
        bind(.main, [.char(">")], .scrollForward, "Timelines and charts: later")
        bind(.main, [.char("z")], .zoom, "Timelines: zoom (weeks, months, quarters, years)")
        bind(.main, [.char("m")], .mode, "Panels with several views: the next view")
        bind(.main, [.char("x")], .export, "Action plan: export as CSV or iCalendar; Monitoring and Evaluation: the reporting calendar; Document tab: the strategy document")
        bind(.main, [.char("t")], .cycleTheme, "Next colour theme")
        bind(.main, [.ctrl("z")], .suspend, "Suspend to the shell (fg resumes)")
        bind(.main, [.char("F")], .follow, "Follow another session in this plan: its stage and tab, read-only, large (a projector)")

        bind(.editing, [.enter], .open, "Open or edit the selected item")
        bind(.editing, [.char("a")], .add, "Add an item to the list")
        bind(.editing, [.char("d"), .delete], .delete, "Delete the selected item (asks first)")
        bind(.editing, [.char("u")], .undo, "Undo the last change")
        bind(.editing, [.ctrl("r")], .redo, "Redo")
        bind(.editing, [.ctrl("s")], .retrySave, "Save again after a failed save")
        bind(.editing, [.char("T")], .takeOver, "Read-only: take the plan over from a stopped or idle session")
        bind(.editing, [.char("i")], .importCSV, "Groups and Schemes tabs: import a CSV file (shows the changes first)")

        bind(.form, [.tab, .down], .nextField, "Next field")
        bind(.form, [.backTab, .up], .previousField, "Previous field")
        bind(.form, [.ctrl("s"), .function(2)], .confirm, "Save the form")
        bind(.form, [.enter, .char(" ")], .toggle, "Pick from the list / next field / press a button (Space: not in a typed field)")
        bind(.form, [.escape], .cancel, "Close the form without saving (asks first if you changed something)")
        bind(.form, [.function(1)], .help, "This form's help: what each field is for, and these keys")

        bind(.text, [.left], .cursorLeft, "Cursor left")
        bind(.text, [.right], .cursorRight, "Cursor right")
        bind(.text, [.home, .ctrl("a")], .lineStart, "Cursor to the start")
        bind(.text, [.end, .ctrl("e")], .lineEnd, "Cursor to the end")
        bind(.text, [.backspace], .deleteBackward, "Delete the character before the cursor")
        bind(.text, [.delete], .deleteForward, "Delete the character under the cursor")
        bind(.text, [.ctrl("w")], .deleteWord, "Delete the word before the cursor")
        bind(.text, [.ctrl("u")], .deleteToStart, "Delete to the start")
        bind(.text, [.ctrl("k")], .deleteToEnd, "Delete to the end")
        bind(.textArea, [.enter], .newLine, "A new line in the text")
        bind(.textArea, [.up], .up, "The line above; from the first line, the field above")
        bind(.textArea, [.down], .down, "The line below; from the last line, the field below")

        bind(.picker, [.up, .ctrl("p")], .up, "Previous choice")
        bind(.picker, [.down, .ctrl("n")], .down, "Next choice")
        bind(.picker, [.pageUp], .pageUp, "A page back")
        bind(.picker, [.pageDown], .pageDown, "A page further")
        bind(.picker, [.home], .top, "First choice")
        bind(.picker, [.end], .bottom, "Last choice")
        bind(.picker, [.char(" ")], .toggle, "Tick or untick (multiple choice; else typed into the filter)")
        bind(.picker, [.enter], .confirm, "Choose (multiple choice: keep the ticks)")
        bind(.picker, [.escape], .cancel, "Close, keeping the field as it was")

        bind(.prompt, [.enter], .confirm, "Search: keep the filter. Import: read the file")
        bind(.prompt, [.escape], .cancel, "Search: clear the filter. Import: import nothing")

        bind(.findings, [.char("k"), .up], .up, "Previous finding")
        bind(.findings, [.char("j"), .down], .down, "Next finding")
        bind(.findings, [.pageUp], .pageUp, "A page back")
        bind(.findings, [.pageDown], .pageDown, "A page further")
        bind(.findings, [.char("g"), .home], .top, "The first finding")
        bind(.findings, [.char("G"), .end], .bottom, "The last finding")
        bind(.findings, [.enter], .open, "Go to the finding's place")
        bind(.findings, [.escape, .char("q"), .char("f")], .cancel, "Close")

        scrolling(.help, by: "line")
        bind(.help, [.char("g"), .home], .top, "The top")
        bind(.help, [.char("G"), .end], .bottom, "The end (any other key closes the help)")

        bind(.confirm, [.char("y"), .char("Y")], .confirm, "Yes: delete, or replace the file")
        bind(.confirm, [.char("n"), .escape, .char("N"), .char("q")], .cancel, "No: keep it")
        scrolling(.confirm, by: "line of what would break")

        bind(.discard, [.char("y"), .char("d"), .char("Y"), .char("D")], .confirm, "Discard the changes")
        bind(.discard, [.char("n"), .escape, .char("N"), .char("k"), .char("K"), .enter], .cancel, "Keep editing")

        bind(.importReview, [.char("y"), .char("Y")], .confirm, "Import it as one change (it can be undone)")
        bind(.importReview, [.char("s"), .char("S")], .importValidRows, "Import the valid rows only")
        bind(.importReview, [.escape, .char("n"), .char("N"), .char("q")], .cancel, "Import nothing")
        bind(.importReview, [.up, .char("k")], .up, "Scroll up")
        bind(.importReview, [.down, .char("j")], .down, "Scroll down")
        bind(.importReview, [.pageUp], .pageUp, "A page back")
        bind(.importReview, [.pageDown, .char(" ")], .pageDown, "A page further")

        bind(.export, [.char("k"), .up], .up, "Previous format")
        bind(.export, [.char("j"), .down], .down, "Next format")
        bind(.export, [.enter], .confirm, "Write the export")
        bind(.export, [.escape, .char("q"), .char("x")], .cancel, "Close")

        bind(.choice, [.escape], .cancel, "The answer marked \"or Esc\"")

        bind(.following, [.char("F"), .escape], .follow, "Stop following: back to your own screen")
        bind(.following, [.char("q")], .quit, "Quit")
        bind(.following, [.char("t")], .cycleTheme, "Next colour theme")

        bind(.slides, [.right, .char(" "), .pageDown, .down, .char("l"), .char("j")], .right, "Next slide")
        bind(.slides, [.left, .backspace, .pageUp, .up, .char("h"), .char("k")], .left, "Previous slide")
        bind(.slides, [.home, .char("g")], .top, "The first slide (the plan)")
        bind(.slides, [.end, .char("G")], .bottom, "The last slide")
        for stage in Stage.allCases {
            bind(.slides, [.char(Character(String(stage.rawValue)))], .stage(stage), "The slide of stage \(stage.rawValue): \(stage.title)")
        }
        bind(.slides, [.char("t")], .cycleTheme, "Next colour theme")
        bind(.slides, [.char("q"), .escape], .quit, "End the presentation")
        return list
    }
}
