/// Where a byte offset falls in a text file, as a person counts it: lines and columns from 1,
/// columns counted in characters (Unicode scalars), not bytes.
struct TextPosition: Equatable {
    var line: Int
    var column: Int
    /// The text of that line, without its line break.
    var lineText: String

    init(offset: Int, in bytes: [UInt8]) {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<end where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        var column = 1
        for index in lineStart..<end where bytes[index] & 0xC0 != 0x80 {
            column += 1
        }
        var lineEnd = lineStart
        while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        self.line = line
        self.column = column
        self.lineText = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
    }

    /// The last line of the file that holds more than white space (line 1 of an empty file).
    static func lastLine(of bytes: [UInt8]) -> TextPosition {
        var end = bytes.count
        while end > 0, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[end - 1]) { end -= 1 }
        return TextPosition(offset: end, in: bytes)
    }

    /// The line as it can be shown safely in an error message: control characters escaped,
    /// leading white space kept (it lines up the caret), cut to a readable length.
    var shownLine: String {
        var shown = ""
        for scalar in lineText.unicodeScalars.prefix(120) {
            switch scalar.value {
            case 0x09: shown += " "
            case 0..<0x20, 0x7F, 0x80..<0xA0: shown += "\\u{\(String(scalar.value, radix: 16))}"
            default: shown.unicodeScalars.append(scalar)
            }
        }
        if lineText.unicodeScalars.count > 120 { shown += "..." }
        while shown.last == "\r" { shown.removeLast() }
        return shown
    }
}

/// The offset of the first byte that is not part of valid UTF-8, or nil when all of it is.
func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
    var iterator = bytes.makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    var offset = 0
    while true {
        switch parser.parseScalar(from: &iterator) {
        case .valid(let encoded): offset += encoded.count
        case .error: return offset
        case .emptyInput: return nil
        }
    }
}
