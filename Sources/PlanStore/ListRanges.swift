/// Where the elements of some lists of a JSON document are, found in one pass over its bytes
/// (for `ChunkedPlanDecoder`). The lists are members `list` of objects that are members `part` of
/// the top-level object. Strict where a list is concerned, loose elsewhere: values it does not look
/// into are skipped by their brackets and quotes, and are checked by the decoder that reads them.
struct ListRanges {
    struct List {
        var part: String
        var list: String
        /// The bytes between the list's brackets.
        var inner: Range<Int>
        /// Each element's bytes.
        var elements: [Range<Int>]
    }

    /// Something the chunked decode leaves to the whole-document decode.
    struct Unusual: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private var at = 0

    static func find(in bytes: UnsafeBufferPointer<UInt8>,
                     lists: [(part: String, list: String)]) throws(Unusual) -> [List] {
        var scanner = ListRanges(bytes: bytes)
        var found: [List] = []
        let parts = Set(lists.map(\.part))
        try scanner.members { scanner, part throws(Unusual) in
            guard parts.contains(part), try scanner.peek() == UInt8(ascii: "{") else { return try scanner.skipValue() }
            let names = Set(lists.filter { $0.part == part }.map(\.list))
            try scanner.members { scanner, name throws(Unusual) in
                guard names.contains(name) else { return try scanner.skipValue() }
                let (inner, elements) = try scanner.array()
                if !elements.isEmpty { found.append(List(part: part, list: name, inner: inner, elements: elements)) }
            }
        }
        return found
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The members of the object at the cursor, each name once and without escapes; `value` reads
    /// or skips the member's value.
    private mutating func members(_ value: (inout ListRanges, String) throws(Unusual) -> Void) throws(Unusual) {
        try expect("{")
        var seen = Set<String>()
        if try peek() == UInt8(ascii: "}") { at += 1; return }
        while true {
            guard try peek() == UInt8(ascii: "\"") else { throw Unusual() }
            let start = at + 1
            try skipString()
            let raw = bytes[start..<(at - 1)]
            guard !raw.contains(UInt8(ascii: "\\")) else { throw Unusual() }
            let name = String(decoding: raw, as: UTF8.self)
            guard seen.insert(name).inserted else { throw Unusual() }
            try expect(":")
            try value(&self, name)
            let next = try peek()
            at += 1
            if next == UInt8(ascii: "}") { return }
            guard next == UInt8(ascii: ",") else { throw Unusual() }
        }
    }

    /// The list at the cursor: the bytes inside its brackets and each element's bytes.
    private mutating func array() throws(Unusual) -> (Range<Int>, [Range<Int>]) {
        try expect("[")
        let open = at
        var elements: [Range<Int>] = []
        if try peek() == UInt8(ascii: "]") { at += 1; return (open..<(at - 1), []) }
        while true {
            _ = try peek()
            let start = at
            try skipValue()
            elements.append(start..<at)
            let next = try peek()
            at += 1
            if next == UInt8(ascii: "]") { return (open..<(at - 1), elements) }
            guard next == UInt8(ascii: ",") else { throw Unusual() }
        }
    }

    /// Skips the value at the cursor: a string, an object or a list by its brackets (strings inside
    /// skipped whole), anything else up to the next comma, bracket or white space.
    private mutating func skipValue() throws(Unusual) {
        let first = try peek()
        if first == UInt8(ascii: "\"") { return try skipString() }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            var depth = 0
            while at < bytes.count {
                switch bytes[at] {
                case UInt8(ascii: "\""): try skipString(); continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { at += 1; return }
                default: break
                }
                at += 1
            }
            throw Unusual()
        }
        let start = at
        while at < bytes.count, !",}] \n\r\t".utf8.contains(bytes[at]) { at += 1 }
        guard at > start else { throw Unusual() }
    }

    /// Skips the string at the cursor, its quotes included.
    private mutating func skipString() throws(Unusual) {
        at += 1
        while at < bytes.count {
            switch bytes[at] {
            case UInt8(ascii: "\\"): at += 2
            case UInt8(ascii: "\""): at += 1; return
            default: at += 1
            }
        }
        throw Unusual()
    }

    /// Skips white space and reads `character`.
    private mutating func expect(_ character: Unicode.Scalar) throws(Unusual) {
        guard try peek() == UInt8(ascii: character) else { throw Unusual() }
        at += 1
    }

    /// The byte at the cursor after white space (the cursor moved past the white space).
    private mutating func peek() throws(Unusual) -> UInt8 {
        while at < bytes.count {
            switch bytes[at] {
            case 0x20, 0x0A, 0x0D, 0x09: at += 1
            default: return bytes[at]
            }
        }
        throw Unusual()
    }
}
