/// Where a binding applies: the main screen, or one kind of form, dialog or prompt. A key is looked
/// up in the contexts of what is on screen; inside one context (and across ``main`` and ``editing``,
/// which are searched together) a key does one thing.
public enum KeyContext: String, CaseIterable, Hashable, Sendable {
    case main, editing, global, form, text, textArea, picker, prompt, findings, help, confirm, discard, importReview, export, choice,
         following, slides

    /// The heading on the help screen and in docs/KEYS.md.
    public var title: String {
        switch self {
        case .global: "Anywhere"
        case .main: "Moving around"
        case .editing: "Changing the plan"
        case .form: "In a form"
        case .text: "Typing in a field, a filter or a prompt"
        case .textArea: "Typing a long text (a field of several lines)"
        case .picker: "In a picker (a field's list of choices)"
        case .prompt: "In the search and import prompts"
        case .findings: "In the findings list"
        case .help: "On this help screen"
        case .confirm: "Asked to delete, or to replace an export"
        case .discard: "Asked to discard a form's changes"
        case .importReview: "Reviewing an import"
        case .export: "Choosing an export"
        case .choice: "In a dialog with lettered answers (the letters are shown in it)"
        case .following: "Following another session (socle DIR --follow NAME, or F)"
        case .slides: "In a presentation (socle present DIR)"
        }
    }

    /// Its table in `config.toml`: `[keys]` for the main screen, `[keys.form]` and so on for the
    /// others; nil for ``global`` (Ctrl-C always quits, so a session can always be left).
    public var configTable: String? {
        switch self {
        case .global: nil
        case .main, .editing: "keys"
        case .importReview: "keys.import_review"
        case .textArea: "keys.text_area"
        default: "keys.\(rawValue)"
        }
    }

    /// The contexts whose keys must differ from this one's because they are looked up together.
    var lookedUpWith: [KeyContext] {
        switch self {
        case .main: [.main, .editing]
        case .editing: [.editing, .main]
        default: [self]
        }
    }

    /// Whether printable keys are typed here rather than run: they cannot be bound.
    var typesCharacters: Bool { self == .text || self == .textArea || self == .prompt }
}

/// One line of the keymap: the keys, the command they run in a context, and the words the help
/// screen shows. `defaultKeys` is set when `config.toml` rebound it.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    public let command: Command
    public let context: KeyContext
    public let help: String
    /// The keys before `config.toml` changed them; nil when they are the defaults.
    public var defaultKeys: [Key]?

    public init(keys: [Key], command: Command, context: KeyContext, help: String) {
        self.keys = keys
        self.command = command
        self.context = context
        self.help = help
    }

    public var isRebound: Bool { defaultKeys != nil }
}

/// The one table that drives key handling, the status-line hints, the help screen and the key
/// tables in README.md and docs/KEYS.md. ``standard`` is the default; `config.toml` may rebind
/// (see ``rebinding(_:)``).
public struct Keymap: Hashable, Sendable {
    public internal(set) var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// The command `key` runs in `contexts`, searched in order.
    public func command(for key: Key, in contexts: [KeyContext]) -> Command? {
        for context in contexts {
            if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
                return binding.command
            }
        }
        return nil
    }

    /// The binding of `command` in `context`, if it has one.
    public func binding(_ command: Command, in context: KeyContext) -> KeyBinding? {
        bindings.first { $0.context == context && $0.command == command }
    }

    /// The keys that run `command` in `context`, the one to show first.
    public func keys(_ command: Command, in context: KeyContext) -> [Key] {
        binding(command, in: context)?.keys ?? []
    }

    /// The key to show for `command` in a hint ("Enter", "Ctrl-S", "↑"); with `count`, up to that many
    /// joined by `separator` ("n or Esc"). Empty when the command has no key here.
    public func label(_ command: Command, in context: KeyContext, count: Int = 1, separator: String = " ") -> String {
        keys(command, in: context).prefix(count).map(Keymap.shortName).joined(separator: separator)
    }

    /// Keys of several commands read together: "< >", "↑↓" (two arrows read as one), "j k"; each
    /// command's key from the first of `contexts` that binds it. Empty if one has no key.
    public func label(_ commands: [Command], in contexts: [KeyContext]) -> String {
        let names = commands.map { command in
            contexts.first { binding(command, in: $0) != nil }.map { label(command, in: $0) } ?? ""
        }
        guard !names.contains(where: \.isEmpty) else { return "" }
        return names.allSatisfy(Keymap.arrows.values.contains) ? names.joined() : names.joined(separator: " ")
    }

    /// The status line's hints: each hint's keys, with its words; a hint whose command has no key is left out.
    public func hints(_ hints: [KeyHint], in contexts: [KeyContext]) -> [(String, String)] {
        hints.compactMap { hint in
            let keys = label(hint.commands, in: contexts)
            return keys.isEmpty ? nil : (keys, hint.words)
        }
    }

    /// A key's name in hints: arrows as arrows, the rest as the help screen writes them.
    public static func shortName(_ key: Key) -> String {
        arrows[key] ?? key.description
    }

    private static let arrows: [Key: String] = [.up: "↑", .down: "↓", .left: "←", .right: "→"]

    /// "Up k" style key list for help.
    public static func keyNames(_ keys: [Key]) -> String {
        keys.map(\.description).joined(separator: " ")
    }

    /// The keys that are bound twice in one context (or across contexts looked up together), with
    /// where: empty for a sound keymap.
    public var conflicts: [(key: Key, first: KeyBinding, second: KeyBinding)] {
        var found: [(Key, KeyBinding, KeyBinding)] = []
        for (index, binding) in bindings.enumerated() {
            for other in bindings[(index + 1)...] where binding.context.lookedUpWith.contains(other.context) {
                for key in binding.keys where other.keys.contains(key) { found.append((key, binding, other)) }
            }
            for key in Set(binding.keys) where binding.keys.filter({ $0 == key }).count > 1 {
                found.append((key, binding, binding))
            }
        }
        return found
    }
}

/// A hint on the status line or in a dialog: the commands whose keys it shows, and what they do
/// here ("< >" "group"). The keys come from the keymap, so a rebound key is shown as rebound.
public struct KeyHint: Hashable, Sendable {
    public var commands: [Command]
    public var words: String

    public init(_ commands: Command..., words: String) {
        self.commands = commands
        self.words = words
    }
}
