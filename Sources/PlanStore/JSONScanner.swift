/// A strict JSON reader (RFC 8259) that builds nothing: it finds where a document stops being
/// valid JSON, and where the value at a given path starts. Foundation's parsers say neither
/// reliably, so the codec asks this one after they fail. It is only used on error paths.
struct JSONScanner {
    /// One step of a path into a document.
    enum Step: Equatable {
        case key(String)
        case index(Int)
    }

    struct SyntaxError: Error, Equatable {
        var offset: Int
        var message: String
        /// True when the document stops in the middle (a truncated file).
        var endOfInput: Bool
    }

    private let bytes: [UInt8]
    private var position = 0
    private var path: [Step] = []
    private let target: [Step]?
    private var found: Int?
    /// Set to look for a field name that appears twice in one object.
    private var findDuplicates = false
    private var duplicate: Duplicate?
    private static let maxDepth = 512

    private init(_ bytes: [UInt8], target: [Step]?) {
        self.bytes = bytes
        self.target = target
    }

    /// The first syntax error of `bytes`, or nil when they are one valid JSON value.
    static func firstError(in bytes: [UInt8]) -> SyntaxError? {
        var scanner = JSONScanner(bytes, target: nil)
        do {
            try scanner.document()
            return nil
        } catch {
            return error
        }
    }

    /// A field name given twice in one object: the path of the field, and where each one starts.
    struct Duplicate: Equatable {
        var path: [Step]
        var firstOffset: Int
        var offset: Int
    }

    /// The first field name that appears twice in the same object (as far as the document is valid).
    static func firstDuplicateKey(in bytes: [UInt8]) -> Duplicate? {
        var scanner = JSONScanner(bytes, target: nil)
        scanner.findDuplicates = true
        try? scanner.document()
        return scanner.duplicate
    }

    /// The offset where the value at `path` starts (as far as the document is valid).
    static func offset(of path: [Step], in bytes: [UInt8]) -> Int? {
        var scanner = JSONScanner(bytes, target: path)
        try? scanner.document()
        return scanner.found
    }

    private mutating func document() throws(SyntaxError) {
        skipSpace()
        try value(depth: 0)
        skipSpace()
        if position < bytes.count {
            throw fail("there is more text after the end of the JSON document, starting with \(describe())")
        }
    }

    private mutating func value(depth: Int) throws(SyntaxError) {
        if found == nil, let target, path == target { found = position }
        guard depth < JSONScanner.maxDepth else { throw fail("the document is nested too deeply") }
        guard position < bytes.count else { throw endOfInput() }
        switch bytes[position] {
        case UInt8(ascii: "{"): try object(depth: depth)
        case UInt8(ascii: "["): try array(depth: depth)
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        default: throw fail("expected a value, found \(describe())")
        }
    }

    private mutating func object(depth: Int) throws(SyntaxError) {
        guard try !opensEmpty(closing: UInt8(ascii: "}")) else { return }
        var keys: [String: Int] = [:]
        while true {
            guard try peek() == UInt8(ascii: "\"") else {
                throw fail("expected a field name in double quotes, found \(describe())")
            }
            let keyOffset = position
            let key = try string()
            if findDuplicates {
                if let first = keys[key] {
                    duplicate = Duplicate(path: path + [.key(key)], firstOffset: first, offset: keyOffset)
                    throw fail("duplicate field")
                }
                keys[key] = keyOffset
            }
            skipSpace()
            guard try peek() == UInt8(ascii: ":") else {
                throw fail("expected ':' after the field name \"\(key)\", found \(describe())")
            }
            position += 1
            skipSpace()
            guard try member(.key(key), depth: depth, closing: UInt8(ascii: "}"), after: "the value of \"\(key)\"") else {
                return
            }
        }
    }

    private mutating func array(depth: Int) throws(SyntaxError) {
        guard try !opensEmpty(closing: UInt8(ascii: "]")) else { return }
        var index = 0
        while try member(.index(index), depth: depth, closing: UInt8(ascii: "]"), after: "item \(index + 1) of a list") {
            index += 1
        }
    }

    /// Steps past an object's or list's opening bracket; true, past `close` too, when it is empty.
    private mutating func opensEmpty(closing close: UInt8) throws(SyntaxError) -> Bool {
        position += 1
        skipSpace()
        guard try peek() == close else { return false }
        position += 1
        return true
    }

    /// One member of an object or list: its value at `step` of the path, then a `,` (true: another
    /// follows) or `close` (false: the container ends, `close` read). `what` names the member in errors.
    private mutating func member(_ step: Step, depth: Int, closing close: UInt8,
                                 after what: @autoclosure () -> String) throws(SyntaxError) -> Bool {
        path.append(step)
        try value(depth: depth + 1)
        path.removeLast()
        skipSpace()
        switch try peek() {
        case UInt8(ascii: ","):
            position += 1
            skipSpace()
            return true
        case close:
            position += 1
            return false
        default:
            throw fail("expected ',' or '\(Character(Unicode.Scalar(close)))' after \(what()), found \(describe())")
        }
    }

    /// Reads a string starting at its opening quote and returns its text.
    private mutating func string() throws(SyntaxError) -> String {
        position += 1
        var scalars = String.UnicodeScalarView()
        var raw: [UInt8] = []
        func flush() {
            scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
            raw.removeAll()
        }
        while true {
            guard position < bytes.count else { throw endOfInput() }
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                flush()
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush()
                scalars.append(try escape())
            case 0..<0x20:
                throw fail("a line break or control character inside text; write it as \\n or \\u00XX"
                    + " (or is a closing '\"' missing?)")
            default:
                raw.append(byte)
                position += 1
            }
        }
    }

    private mutating func escape() throws(SyntaxError) -> Unicode.Scalar {
        position += 1
        guard position < bytes.count else { throw endOfInput() }
        let letter = bytes[position]
        position += 1
        switch letter {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{8}"
        case UInt8(ascii: "f"): return "\u{C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try hex4()
            if (0xD800..<0xDC00).contains(high), bytes[position...].starts(with: Array("\\u".utf8)) {
                position += 2
                let low = try hex4()
                if (0xDC00..<0xE000).contains(low) {
                    return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
                }
            }
            return Unicode.Scalar(high) ?? "\u{FFFD}"
        default:
            position -= 2
            throw fail("'\\\(Character(Unicode.Scalar(letter)))' is not a valid escape in text")
        }
    }

    private mutating func hex4() throws(SyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard position < bytes.count else { throw endOfInput() }
            guard let digit = UInt32(String(Unicode.Scalar(bytes[position])), radix: 16) else {
                throw fail("expected four hex digits after \\u, found \(describe())")
            }
            value = value * 16 + digit
            position += 1
        }
        return value
    }

    private mutating func literal(_ word: String) throws(SyntaxError) {
        for expected in word.utf8 {
            guard position < bytes.count else { throw endOfInput() }
            guard bytes[position] == expected else {
                throw fail("expected \(word), found \(describe()) (text needs double quotes)")
            }
            position += 1
        }
    }

    private mutating func number() throws(SyntaxError) {
        let start = position
        func digits() -> Int {
            let from = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                position += 1
            }
            return position - from
        }
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count else { throw endOfInput() }
        let leadingZero = bytes[position] == UInt8(ascii: "0")
        let whole = digits()
        guard whole > 0, !(leadingZero && whole > 1) else { throw badNumber(start) }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard position < bytes.count else { throw endOfInput() }
            guard digits() > 0 else { throw badNumber(start) }
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < bytes.count, [UInt8(ascii: "+"), UInt8(ascii: "-")].contains(bytes[position]) {
                position += 1
            }
            guard position < bytes.count else { throw endOfInput() }
            guard digits() > 0 else { throw badNumber(start) }
        }
    }

    private func badNumber(_ start: Int) -> SyntaxError {
        var end = position
        while end < bytes.count, !" \t\r\n,]}".utf8.contains(bytes[end]) { end += 1 }
        let text = String(decoding: bytes[start..<min(end, start + 30)], as: UTF8.self)
        return SyntaxError(offset: start, message: "'\(text)' is not a valid number", endOfInput: false)
    }

    private mutating func peek() throws(SyntaxError) -> UInt8 {
        guard position < bytes.count else { throw endOfInput() }
        return bytes[position]
    }

    private mutating func skipSpace() {
        while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
    }

    private func fail(_ message: String) -> SyntaxError {
        SyntaxError(offset: position, message: message, endOfInput: false)
    }

    private func endOfInput() -> SyntaxError {
        SyntaxError(offset: bytes.count, message: "the file ends early (truncated?)", endOfInput: true)
    }

    /// The character at the current position, in words.
    private func describe() -> String {
        guard position < bytes.count else { return "the end of the file" }
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return "a line break"
        case 0x21...0x7E: return "'\(Character(Unicode.Scalar(byte)))'"
        case 0x80...:
            let tail = bytes[position...].prefix(4)
            let text = String(decoding: tail, as: UTF8.self).unicodeScalars.first.map { String($0) } ?? "?"
            return "'\(text)'"
        default: return "the control character 0x\(String(byte, radix: 16))"
        }
    }
}
