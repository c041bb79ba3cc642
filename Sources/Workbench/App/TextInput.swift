/// A line of text being typed, with a cursor: the editing model of form fields and search.
public struct TextInput: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// The cursor, as an index into `characters` (0 ... count).
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    /// `text` with the cursor at `cursor` (clamped).
    public init(_ text: String, cursor: Int) {
        characters = Array(text)
        self.cursor = min(max(0, cursor), characters.count)
    }

    public var text: String { String(characters) }

    /// Inserts at the cursor. Terminals send a cluster one code point at a time ("👩", a joiner,
    /// "🌾"; "e", a combining accent): a code point that joins the character before the cursor
    /// becomes part of it, so the cursor and Backspace move by whole clusters, as they are drawn.
    public mutating func insert(_ character: Character) {
        if cursor > 0 {
            let joined = String(characters[cursor - 1]) + String(character)
            if joined.count == 1 {
                characters[cursor - 1] = Character(joined)
                return
            }
        }
        characters.insert(character, at: cursor)
        cursor += 1
    }

    public mutating func insert(_ text: String) { for character in text { insert(character) } }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        cursor -= 1
        characters.remove(at: cursor)
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    public mutating func left() { cursor = max(0, cursor - 1) }
    public mutating func right() { cursor = min(characters.count, cursor + 1) }
    public mutating func home() { cursor = 0 }
    public mutating func end() { cursor = characters.count }

    /// Moves to the start of the previous word.
    public mutating func wordLeft() {
        while cursor > 0 && characters[cursor - 1].isWhitespace { cursor -= 1 }
        while cursor > 0 && !characters[cursor - 1].isWhitespace { cursor -= 1 }
    }

    /// Deletes the word before the cursor (Ctrl-W).
    public mutating func deleteWordBackward() {
        let end = cursor
        wordLeft()
        characters.removeSubrange(cursor..<end)
    }

    /// Deletes from the start of the line to the cursor (Ctrl-U).
    public mutating func deleteToStart() {
        characters.removeSubrange(0..<cursor)
        cursor = 0
    }

    /// Deletes from the cursor to the end of the line (Ctrl-K).
    public mutating func deleteToEnd() {
        characters.removeSubrange(cursor..<characters.count)
    }
}
