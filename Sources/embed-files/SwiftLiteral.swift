/// Swift string literals that hold any text exactly.
enum SwiftLiteral {
    /// A literal for `text`: a raw multi-line literal (fast to compile, readable) when the text
    /// has no characters that such a literal would change or refuse, else an escaped one.
    static func text(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { $0 == "\n" || $0 == "\t" || ($0.value >= 0x20 && $0.value != 0x7F) }
        guard plain else { return quoted(text) }
        // More #s than the longest run of # in the text, so nothing in it can end the literal or
        // start an interpolation.
        var longest = 0, run = 0
        for character in text.unicodeScalars {
            run = character == "#" ? run + 1 : 0
            longest = max(longest, run)
        }
        let hashes = String(repeating: "#", count: longest + 1)
        // The line breaks after the opening and before the closing delimiter are not part of the
        // value, and a closing delimiter in column 0 strips no indentation.
        return hashes + "\"\"\"\n" + text + "\n\"\"\"" + hashes
    }

    /// An escaped single-line literal: `"a\"b\n"`.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += "\\u{" + String(scalar.value, radix: 16) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
