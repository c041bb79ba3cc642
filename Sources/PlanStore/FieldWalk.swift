/// One pass over a plan file's bytes that compares its field names with a `KeyShape` of the
/// decoded plan: which non-null fields the shape lacks, and whether any object names a field
/// twice. It trusts the bytes to be valid JSON (the decoder has read them) and builds nothing but
/// the paths of what it finds.
struct FieldWalk {
    /// Paths of fields with a value that the shape does not have.
    private(set) var unknown: [[JSONScanner.Step]] = []
    /// True when an object names one of the shape's fields twice.
    private(set) var duplicate = false
    /// True when any field (a null one too) is not in the shape.
    private(set) var sawUnknownName = false

    /// Nothing to report: every field is known and named once per object.
    var clean: Bool { !duplicate && !sawUnknownName }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var serial = 0
    private var path: [JSONScanner.Step] = []
    private static let unknownLimit = 10_000

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    static func run(_ raw: UnsafeRawBufferPointer, shape: KeyShape) -> FieldWalk {
        var walk = FieldWalk(raw.bindMemory(to: UInt8.self))
        if walk.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { walk.position = 3 }
        walk.skipSpace()
        walk.value(shape)
        return walk
    }

    private mutating func value(_ shape: KeyShape?) {
        guard position < bytes.count else { return }
        switch bytes[position] {
        case UInt8(ascii: "{"): object(shape)
        case UInt8(ascii: "["): array(shape)
        case UInt8(ascii: "\""): skipString()
        default: skipScalar()
        }
    }

    private mutating func object(_ shape: KeyShape?) {
        position += 1
        serial += 1
        let mine = serial
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return
        }
        while position < bytes.count {
            let name = key()
            skipSpace()
            position += 1  // ':'
            skipSpace()
            if let shape {
                if let index = shape.names[name] {
                    if shape.seen[index] == mine { duplicate = true }
                    shape.seen[index] = mine
                    path.append(.key(name))
                    value(shape.children[index])
                    path.removeLast()
                } else {
                    sawUnknownName = true
                    let isNull = bytes[position] == UInt8(ascii: "n")
                    if !isNull, unknown.count < Self.unknownLimit { unknown.append(path + [.key(name)]) }
                    value(nil)
                }
            } else {
                value(nil)
            }
            skipSpace()
            guard position < bytes.count else { return }
            let separator = bytes[position]
            position += 1
            if separator == UInt8(ascii: "}") { return }
            skipSpace()
        }
    }

    private mutating func array(_ shape: KeyShape?) {
        position += 1
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return
        }
        let items = shape?.items
        var index = 0
        while position < bytes.count {
            if items != nil { path.append(.index(index)) }
            value(items)
            if items != nil { path.removeLast() }
            skipSpace()
            guard position < bytes.count else { return }
            let separator = bytes[position]
            position += 1
            if separator == UInt8(ascii: "]") { return }
            skipSpace()
            index += 1
        }
    }

    /// A field name: its text, unescaped.
    private mutating func key() -> String {
        let start = position + 1
        var escaped = false
        position = start
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                position += 1
            }
            position += 1
        }
        let end = min(position, bytes.count)
        position += 1
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
        guard escaped else { return String(decoding: raw, as: UTF8.self) }
        return JSONText.unescape(raw)
    }

    private mutating func skipString() {
        position += 1
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") { position += 1 }
            position += 1
        }
        position += 1
    }

    /// A number, true, false or null.
    private mutating func skipScalar() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09: return
            default: position += 1
            }
        }
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }
}

/// JSON string escapes.
enum JSONText {
    /// The text of a JSON string's content (without its quotes), escapes resolved.
    static func unescape(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        var index = 0
        var plain: [UInt8] = []
        func flush() {
            scalars.append(contentsOf: String(decoding: plain, as: UTF8.self).unicodeScalars)
            plain.removeAll()
        }
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= raw.count else { return nil }
            return UInt32(String(decoding: UnsafeBufferPointer(rebasing: raw[at..<at + 4]), as: UTF8.self), radix: 16)
        }
        while index < raw.count {
            let byte = raw[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < raw.count else {
                plain.append(byte)
                index += 1
                continue
            }
            flush()
            let letter = raw[index + 1]
            index += 2
            switch letter {
            case UInt8(ascii: "b"): scalars.append("\u{8}")
            case UInt8(ascii: "f"): scalars.append("\u{C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"):
                guard let high = hex4(index) else { continue }
                index += 4
                if (0xD800..<0xDC00).contains(high), index + 6 <= raw.count, raw[index] == UInt8(ascii: "\\"),
                   raw[index + 1] == UInt8(ascii: "u"), let low = hex4(index + 2), (0xDC00..<0xE000).contains(low) {
                    index += 6
                    scalars.append(Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}")
                } else {
                    scalars.append(Unicode.Scalar(high) ?? "\u{FFFD}")
                }
            default: scalars.append(Unicode.Scalar(letter))
            }
        }
        flush()
        return String(scalars)
    }
}
