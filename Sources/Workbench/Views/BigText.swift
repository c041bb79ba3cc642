import Foundation

/// Letters three rows high, for a room to read from the back: a 3x5 pixel font drawn with half
/// blocks (two pixel rows per text row), four columns a letter. Letters are shown in capitals,
/// accents dropped (São Tomé reads SAO TOME); a character the font lacks is drawn as a space.
/// Without Unicode the pixels are `#`, `"` and `_`.
enum BigText {
    static let height = 3
    static let advance = 4

    /// The width `text` takes.
    static func width(_ text: String) -> Int {
        max(0, folded(text).count * advance - 1)
    }

    /// Whether `text` fits in `columns`.
    static func fits(_ text: String, in columns: Int) -> Bool { width(text) <= columns }

    /// Draws `text` with its top left at x, y; returns the width drawn.
    @discardableResult
    static func draw(_ canvas: inout Canvas, _ text: String, x: Int, y: Int, role: Role) -> Int {
        let unicode = canvas.glyphs.isUnicode
        var column = x
        for character in folded(text) {
            let rows = glyph(character)
            for line in 0..<height {
                let top = line * 2
                var cells = ""
                for bit in 0..<3 {
                    let upper = rows[top] & (4 >> bit) != 0
                    let lower = top + 1 < rows.count && rows[top + 1] & (4 >> bit) != 0
                    cells.append(cell(upper: upper, lower: lower, unicode: unicode))
                }
                canvas.put(cells, x: column, y: y + line, role: role)
            }
            column += advance
        }
        return max(0, column - x - 1)
    }

    private static func cell(upper: Bool, lower: Bool, unicode: Bool) -> Character {
        switch (upper, lower) {
        case (true, true): unicode ? "█" : "#"
        case (true, false): unicode ? "▀" : "\""
        case (false, true): unicode ? "▄" : "_"
        case (false, false): " "
        }
    }

    /// Capitals without accents, as the font has them.
    static func folded(_ text: String) -> [Character] {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).uppercased().map { $0 }
    }

    /// Five rows of three bits, the leftmost pixel the highest bit.
    private static func glyph(_ character: Character) -> [UInt8] {
        font[character] ?? [0, 0, 0, 0, 0]
    }

    private static let font: [Character: [UInt8]] = [
        "A": [2, 5, 7, 5, 5], "B": [6, 5, 6, 5, 6], "C": [3, 4, 4, 4, 3], "D": [6, 5, 5, 5, 6],
        "E": [7, 4, 6, 4, 7], "F": [7, 4, 6, 4, 4], "G": [3, 4, 5, 5, 3], "H": [5, 5, 7, 5, 5],
        "I": [7, 2, 2, 2, 7], "J": [1, 1, 1, 5, 2], "K": [5, 5, 6, 5, 5], "L": [4, 4, 4, 4, 7],
        "M": [5, 7, 7, 5, 5], "N": [6, 5, 5, 5, 5], "O": [2, 5, 5, 5, 2], "P": [6, 5, 6, 4, 4],
        "Q": [2, 5, 5, 6, 3], "R": [6, 5, 6, 5, 5], "S": [3, 4, 2, 1, 6], "T": [7, 2, 2, 2, 2],
        "U": [5, 5, 5, 5, 7], "V": [5, 5, 5, 5, 2], "W": [5, 5, 7, 7, 5], "X": [5, 5, 2, 5, 5],
        "Y": [5, 5, 2, 2, 2], "Z": [7, 1, 2, 4, 7],
        "0": [7, 5, 5, 5, 7], "1": [2, 6, 2, 2, 7], "2": [6, 1, 2, 4, 7], "3": [6, 1, 2, 1, 6],
        "4": [5, 5, 7, 1, 1], "5": [7, 4, 6, 1, 6], "6": [3, 4, 6, 5, 2], "7": [7, 1, 2, 2, 2],
        "8": [2, 5, 2, 5, 2], "9": [2, 5, 3, 1, 6],
        ".": [0, 0, 0, 0, 2], ",": [0, 0, 0, 2, 4], "-": [0, 0, 7, 0, 0], ":": [0, 2, 0, 2, 0],
        "%": [5, 1, 2, 4, 5], "/": [1, 1, 2, 4, 4], "(": [2, 4, 4, 4, 2], ")": [2, 1, 1, 1, 2],
        "&": [2, 5, 2, 5, 3], "'": [2, 2, 0, 0, 0], "+": [0, 2, 7, 2, 0], "?": [6, 1, 2, 0, 2],
        "!": [2, 2, 2, 0, 2], "·": [0, 0, 2, 0, 0], "’": [2, 2, 0, 0, 0],
    ]
}
