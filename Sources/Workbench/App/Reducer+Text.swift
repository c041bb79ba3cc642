import PlanDomain

extension Reducer {
    /// Text editing keys shared by form fields, pickers and prompts: the keymap's text context;
    /// any other printable key is typed.
    static func editText(_ input: inout TextInput, _ key: Key, _ keymap: Keymap) {
        switch keymap.command(for: key, in: [.text]) {
        case .deleteBackward: input.backspace()
        case .deleteForward: input.deleteForward()
        case .cursorLeft: input.left()
        case .cursorRight: input.right()
        case .lineStart: input.home()
        case .lineEnd: input.end()
        case .deleteWord: input.deleteWordBackward()
        case .deleteToStart: input.deleteToStart()
        case .deleteToEnd: input.deleteToEnd()
        case nil: if let character = key.character { input.insert(character) }
        default: break
        }
    }

    /// Whether a text command only moves the cursor (allowed in a read-only form).
    static func movesCursor(_ command: Command) -> Bool {
        [.cursorLeft, .cursorRight, .lineStart, .lineEnd].contains(command)
    }
}
