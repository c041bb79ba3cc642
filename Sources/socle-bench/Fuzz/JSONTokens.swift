/// The tokens of a JSON text, found without parsing it (damaged text still has tokens): the byte
/// spans of its strings, numbers and literals, and of its objects and arrays where the brackets
/// match, for mutations that replace whole values.
struct JSONTokens {
    enum Kind { case string, number, literal, container }

    struct Token {
        var kind: Kind
        var span: Range<Int>
        /// For a string followed by a colon: the span of the value after it (a member's key).
        var memberValue: Range<Int>?
    }

    private(set) var tokens: [Token] = []

    init(_ bytes: [UInt8]) {
        var i = 0, open: [Int] = []
        var pendingKey: Int?  // index in `tokens` of a string followed by ':'
        func valueStarts(at index: Int) {
            if let key = pendingKey { tokens[key].memberValue = index..<index }
        }
        func valueEnds(_ span: Range<Int>) {
            if let key = pendingKey, tokens[key].memberValue?.lowerBound == span.lowerBound {
                tokens[key].memberValue = span
                pendingKey = nil
            }
        }
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\""):
                var j = i + 1
                while j < bytes.count && bytes[j] != UInt8(ascii: "\"") { j += bytes[j] == UInt8(ascii: "\\") ? 2 : 1 }
                let end = min(j + 1, bytes.count)
                valueStarts(at: i)
                tokens.append(Token(kind: .string, span: i..<end))
                valueEnds(i..<end)
                var k = end
                while k < bytes.count && (bytes[k] == 0x20 || bytes[k] == 0x0A || bytes[k] == 0x0D || bytes[k] == 0x09) { k += 1 }
                if k < bytes.count && bytes[k] == UInt8(ascii: ":") { pendingKey = tokens.count - 1 }
                i = end
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                var j = i + 1
                while j < bytes.count, "0123456789+-.eE".utf8.contains(bytes[j]) { j += 1 }
                valueStarts(at: i)
                tokens.append(Token(kind: .number, span: i..<j))
                valueEnds(i..<j)
                i = j
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                var j = i + 1
                while j < bytes.count, bytes[j] >= UInt8(ascii: "a"), bytes[j] <= UInt8(ascii: "z") { j += 1 }
                valueStarts(at: i)
                tokens.append(Token(kind: .literal, span: i..<j))
                valueEnds(i..<j)
                i = j
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                valueStarts(at: i)
                open.append(i)
                pendingKey = nil
                i += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if let start = open.popLast() {
                    tokens.append(Token(kind: .container, span: start..<(i + 1)))
                }
                i += 1
            default:
                i += 1
            }
        }
    }

    func spans(_ kind: Kind) -> [Range<Int>] { tokens.filter { $0.kind == kind }.map(\.span) }

    func random(_ kind: Kind, _ random: inout SplitMix) -> Range<Int>? {
        let matching = spans(kind)
        return matching.isEmpty ? nil : matching[random.int(matching.count)]
    }

    /// Any value: a scalar or a whole object or array.
    func randomValue(_ random: inout SplitMix) -> Range<Int>? {
        let values = tokens.filter { $0.memberValue == nil }
        return values.isEmpty ? nil : values[random.int(values.count)].span
    }

    /// The members whose value is a `kind` token: their keys' and values' spans.
    func members(_ kind: Kind) -> [(key: Range<Int>, value: Range<Int>)] {
        let starts = Dictionary(tokens.filter { $0.kind == kind }.map { ($0.span.lowerBound, $0.span) },
                                uniquingKeysWith: { first, _ in first })
        return tokens.compactMap { token in
            token.memberValue.flatMap { value in starts[value.lowerBound].map { (key: token.span, value: $0) } }
        }
    }

    /// A member of an object: its key's span and its value's span.
    func randomMember(_ random: inout SplitMix) -> (key: Range<Int>, value: Range<Int>)? {
        let members = tokens.compactMap { token in
            token.memberValue.flatMap { $0.isEmpty ? nil : (key: token.span, value: $0) }
        }
        return members.isEmpty ? nil : members[random.int(members.count)]
    }
}
