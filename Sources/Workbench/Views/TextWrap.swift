/// Word wrapping by display width.
enum TextWrap {
    /// `text` broken into lines of at most `width` columns, at spaces where possible.
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                let candidate = line.isEmpty ? String(word) : line + " " + word
                if DisplayWidth.of(candidate) <= width {
                    line = candidate
                } else {
                    if !line.isEmpty { lines.append(line) }
                    var rest = String(word)
                    while DisplayWidth.of(rest) > width {
                        let head = DisplayWidth.truncate(rest, to: width, ellipsis: "")
                        lines.append(head)
                        rest = String(rest.dropFirst(head.count))
                    }
                    line = rest
                }
            }
            lines.append(line)
        }
        return lines
    }
}
