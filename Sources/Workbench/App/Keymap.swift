/// What a key does.
public enum Command: Equatable, Sendable {
    case up, down, left, right, pageUp, pageDown, top, bottom
    case nextPanel, previousPanel
    case stage(Int)
    case open, add, delete, undo, redo, search, help, findings, sort, cycleTheme, quit, cancel, retrySave
    case suspend
    // Panels with a timeline or several views
    case scrollBack, scrollForward, zoom, mode
    // Imports
    case importCSV
    case export
    // A read-only session whose lock holder is stopped or idle
    case takeOver
    // Forms
    case nextField, previousField, confirm, toggle
}

/// Where a binding applies.
public enum KeyContext: String, CaseIterable, Sendable {
    case main = "Moving around"
    case editing = "Changing the plan"
    case form = "In a form"
    case list = "In a list, picker or search"
}

/// One line of the keymap: keys, the command, and the words the help screen shows.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let command: Command
    public let context: KeyContext
    public let help: String
}

/// The one table that drives both key handling and the help screen.
public enum Keymap {
    public static let bindings: [KeyBinding] = {
        func bind(_ keys: [Key], _ command: Command, _ context: KeyContext, _ help: String) -> KeyBinding {
            KeyBinding(keys: keys, command: command, context: context, help: help)
        }
        var list: [KeyBinding] = [
            bind([.char("?"), .function(1)], .help, .main, "This help"),
            bind([.char("q"), .ctrl("c")], .quit, .main, "Quit (asks first if a save failed)"),
            bind([.up, .char("k")], .up, .main, "Move up"),
            bind([.down, .char("j")], .down, .main, "Move down"),
            bind([.left, .char("h")], .left, .main, "Previous tab (or to the stage rail)"),
            bind([.right, .char("l")], .right, .main, "Next tab"),
            bind([.pageUp], .pageUp, .main, "Page up"),
            bind([.pageDown], .pageDown, .main, "Page down"),
            bind([.home, .char("g")], .top, .main, "First row"),
            bind([.end, .char("G")], .bottom, .main, "Last row"),
            bind([.tab], .nextPanel, .main, "Next panel (stage rail / tabs)"),
            bind([.backTab], .previousPanel, .main, "Previous panel"),
        ]
        for stage in 0...6 {
            list.append(bind([.char(Character(String(stage)))], .stage(stage), .main, "Go to stage \(stage)"))
        }
        list += [
            bind([.char("/")], .search, .main, "Search the list"),
            bind([.char("s")], .sort, .main, "Sort by the next column (again: reverse)"),
            bind([.char("f")], .findings, .main, "Errors and warnings; Enter jumps to the place"),
            bind([.char("<")], .scrollBack, .main, "Timelines and charts: earlier"),
            bind([.char(">")], .scrollForward, .main, "Timelines and charts: later"),
            bind([.char("z")], .zoom, .main, "Timelines: zoom (weeks, months, quarters, years)"),
            bind([.char("m")], .mode, .main, "Panels with several views: the next view"),
            bind([.char("x")], .export, .main, "Action plan: export as CSV or iCalendar (to exports/)"),
            bind([.char("t")], .cycleTheme, .main, "Next colour theme"),
            bind([.ctrl("z")], .suspend, .main, "Suspend to the shell (fg resumes)"),
            bind([.enter], .open, .editing, "Open or edit the selected item"),
            bind([.char("a")], .add, .editing, "Add an item to the list"),
            bind([.char("d"), .delete], .delete, .editing, "Delete the selected item (asks first)"),
            bind([.char("u")], .undo, .editing, "Undo the last change"),
            bind([.ctrl("r")], .redo, .editing, "Redo"),
            bind([.ctrl("s")], .retrySave, .editing, "Save again after a failed save"),
            bind([.char("T")], .takeOver, .editing, "Read-only: take the plan over from a stopped or idle session"),
            bind([.char("i")], .importCSV, .editing, "Groups and Schemes tabs: import a CSV file (shows the changes first)"),
            bind([.tab, .down], .nextField, .form, "Next field"),
            bind([.backTab, .up], .previousField, .form, "Previous field"),
            bind([.ctrl("s"), .function(2)], .confirm, .form, "Save the form"),
            bind([.enter], .toggle, .form, "Pick from the list / next field / press a button"),
            bind([.escape], .cancel, .form, "Close the form without saving (asks first if you changed something)"),
            bind([.function(1)], .help, .form, "This form's help: what each field is for, and these keys"),
            bind([.char(" ")], .toggle, .list, "Tick or untick (multiple choice)"),
            bind([.enter], .confirm, .list, "Choose"),
            bind([.escape], .cancel, .list, "Close"),
        ]
        return list
    }()

    /// The command `key` runs in `contexts`, searched in order.
    public static func command(for key: Key, in contexts: [KeyContext]) -> Command? {
        for context in contexts {
            if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
                return binding.command
            }
        }
        return nil
    }

    /// "↑ k" style key list for help.
    public static func keyNames(_ binding: KeyBinding) -> String {
        binding.keys.map(\.description).joined(separator: " ")
    }

    /// Text-editing keys, listed on the help screen (handled by the text input).
    public static let textEditingHelp: [(String, String)] = [
        ("Left Right Home End", "Move the cursor (also Ctrl-A, Ctrl-E)"),
        ("Backspace Delete", "Delete a character"),
        ("Ctrl-W", "Delete the word before the cursor"),
        ("Ctrl-U Ctrl-K", "Delete to the start / to the end"),
    ]
}
