/// Word wrapping by display width.
public enum TextWrap {
    /// `text` broken into lines of at most `width` columns, at spaces where possible.
    /// Linear in the length of `text`: each word is measured once, and a word longer than a line
    /// is cut in one pass (a 750,000-character name once took minutes here).
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", used = 0
            for word in paragraph.split(separator: " ") {
                let wordWidth = DisplayWidth.of(word)
                if line.isEmpty && wordWidth <= width {
                    line = String(word)
                    used = wordWidth
                } else if !line.isEmpty && used + 1 + wordWidth <= width {
                    line += " " + word
                    used += 1 + wordWidth
                } else {
                    if !line.isEmpty { lines.append(line) }
                    line = ""
                    used = 0
                    // A word wider than a line goes on lines of its own, cut at the width (a
                    // character wider than the whole line still gets a line).
                    for character in word {
                        let characterWidth = DisplayWidth.of(character)
                        if used + characterWidth > width && !line.isEmpty {
                            lines.append(line)
                            line = ""
                            used = 0
                        }
                        line.append(character)
                        used += characterWidth
                    }
                }
            }
            lines.append(line)
        }
        return lines
    }
}
