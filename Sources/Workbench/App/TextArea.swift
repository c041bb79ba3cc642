import TerminalDrawing

/// A multi-line text field's layout: its text wrapped at word boundaries into rows of a given
/// width (a line break always starts a new row), so the form can draw it and ↑ ↓ can move the
/// cursor from row to row.
public enum TextArea {
    /// The most rows a form gives the text being edited, before it scrolls within them.
    public static let maxRows = 10

    /// The character ranges of each row of `characters` wrapped at `width` columns. A row holds
    /// the spaces that end it; the line break itself belongs to no row.
    public static func rows(_ characters: [Character], width: Int) -> [Range<Int>] {
        let width = max(4, width)
        var rows: [Range<Int>] = []
        var start = 0
        while true {
            var end = start, columns = 0, lastBreak: Int?
            while end < characters.count, characters[end] != "\n" {
                let next = DisplayWidth.of(characters[end])
                if columns + next > width { break }
                columns += next
                end += 1
                if characters[end - 1] == " " { lastBreak = end }
            }
            if end < characters.count, characters[end] != "\n", let lastBreak, lastBreak > start { end = lastBreak }
            if end == start, end < characters.count, characters[end] != "\n" { end += 1 }
            rows.append(start..<end)
            if end < characters.count, characters[end] == "\n" {
                start = end + 1
                if start == characters.count { rows.append(start..<start); break }
            } else if end >= characters.count {
                break
            } else {
                start = end
            }
        }
        return rows
    }

    /// The row the cursor is on, and its column in that row.
    public static func position(of cursor: Int, in characters: [Character], rows: [Range<Int>]) -> (row: Int, column: Int) {
        // The cursor at the end of a wrapped row shows at the start of the next one.
        let row = rows.lastIndex { $0.lowerBound <= cursor } ?? 0
        let range = rows[row]
        let column = characters[range.lowerBound..<min(cursor, range.upperBound)].reduce(0) { $0 + DisplayWidth.of($1) }
        return (row, column)
    }

    /// The cursor moved `by` rows (−1 up, +1 down) at about the same column; nil past the first
    /// or the last row, where the form moves to the previous or next field instead.
    public static func moved(_ input: TextInput, by step: Int, width: Int) -> Int? {
        let characters = input.characters
        let rows = rows(characters, width: width)
        let (row, column) = position(of: input.cursor, in: characters, rows: rows)
        let target = row + step
        guard rows.indices.contains(target) else { return nil }
        var index = rows[target].lowerBound, columns = 0
        while index < rows[target].upperBound {
            let next = DisplayWidth.of(characters[index])
            if columns + next > column { break }
            columns += next
            index += 1
        }
        // Not after a row's closing space, which would show on the next row.
        if index == rows[target].upperBound, target + 1 < rows.count, rows[target + 1].lowerBound == index, index > rows[target].lowerBound {
            index -= 1
        }
        return index
    }
}

extension TextInput {
    /// Puts the cursor at `index` (clamped to the text).
    public mutating func moveCursor(to index: Int) { self = TextInput(text, cursor: index) }
}

extension FieldKind {
    /// A text field that holds paragraphs: Enter starts a new line in it.
    public var isMultilineText: Bool { if case .text(multiline: true) = self { true } else { false } }
}
