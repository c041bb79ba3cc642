/// Decodes a Codable value from a `JSONValue` (the other half of `TreeEncoder`), with the same
/// rules as reading plan.json: a whole double reads as an integer, an integer as a double, and a
/// missing key is missing (so an optional field is nil and a required one is an error).
struct TreeDecoder: Decoder {
    let value: JSONValue
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let fields) = value else { throw mismatch([String: JSONValue].self) }
        return KeyedDecodingContainer(Keyed<Key>(fields: fields, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case .array(let items) = value else { throw mismatch([JSONValue].self) }
        return Unkeyed(items: items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { Single(value: value, codingPath: codingPath) }

    func mismatch(_ type: Any.Type) -> DecodingError {
        .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "found \(value.text)"))
    }

    /// `value` as a `T`: scalars directly, anything else through its own `init(from:)`.
    static func unbox<T: Decodable>(_ value: JSONValue, _ type: T.Type, path: [CodingKey]) throws -> T {
        let decoder = TreeDecoder(value: value, codingPath: path)
        switch (value, type) {
        case (.bool(let flag), is Bool.Type): return flag as! T
        case (.string(let text), is String.Type): return text as! T
        case (.double(let number), is Double.Type): return number as! T
        case (.int(let number), is Double.Type): return Double(number) as! T
        case (.double(let number), is Float.Type): return Float(number) as! T
        case (.int(let number), is Float.Type): return Float(number) as! T
        default: break
        }
        if let integer = type as? any BinaryInteger.Type {
            func make<I: BinaryInteger>(_ kind: I.Type) throws -> T {
                switch value {
                case .int(let number): if let exact = I(exactly: number) { return exact as! T }
                case .double(let number): if let exact = I(exactly: number) { return exact as! T }
                default: break
                }
                throw decoder.mismatch(type)
            }
            return try make(integer)
        }
        if [Bool.self, String.self, Double.self, Float.self].contains(where: { $0 == type }) {
            throw decoder.mismatch(type)
        }
        return try T(from: decoder)
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let fields: [String: JSONValue]
        let codingPath: [CodingKey]

        var allKeys: [Key] { fields.keys.compactMap { Key(stringValue: $0) } }
        func contains(_ key: Key) -> Bool { fields[key.stringValue] != nil }

        private func field(_ key: Key) throws -> JSONValue {
            guard let value = fields[key.stringValue] else {
                throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "missing"))
            }
            return value
        }

        private func get<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T {
            try TreeDecoder.unbox(field(key), type, path: codingPath + [key])
        }

        func decodeNil(forKey key: Key) throws -> Bool { try field(key) == .null }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try get(type, key) }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try get(type, key) }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try get(type, key) }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try get(type, key) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try get(type, key) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try get(type, key) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try get(type, key) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try get(type, key) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try get(type, key) }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try get(type, key) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try get(type, key) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try get(type, key) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try get(type, key) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try get(type, key) }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try get(type, key) }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type,
                                                   forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try TreeDecoder(value: field(key), codingPath: codingPath + [key]).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
            try TreeDecoder(value: field(key), codingPath: codingPath + [key]).unkeyedContainer()
        }

        func superDecoder() throws -> Decoder { TreeDecoder(value: .object(fields), codingPath: codingPath) }
        func superDecoder(forKey key: Key) throws -> Decoder {
            TreeDecoder(value: try field(key), codingPath: codingPath + [key])
        }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let items: [JSONValue]
        let codingPath: [CodingKey]
        var currentIndex = 0
        var count: Int? { items.count }
        var isAtEnd: Bool { currentIndex >= items.count }

        private mutating func next() throws -> JSONValue {
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(JSONValue.self, .init(codingPath: codingPath,
                                                                       debugDescription: "the list ended"))
            }
            defer { currentIndex += 1 }
            return items[currentIndex]
        }

        private mutating func get<T: Decodable>(_ type: T.Type) throws -> T {
            try TreeDecoder.unbox(next(), type, path: codingPath)
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd, items[currentIndex] == .null else { return false }
            currentIndex += 1
            return true
        }
        mutating func decode(_ type: Bool.Type) throws -> Bool { try get(type) }
        mutating func decode(_ type: String.Type) throws -> String { try get(type) }
        mutating func decode(_ type: Double.Type) throws -> Double { try get(type) }
        mutating func decode(_ type: Float.Type) throws -> Float { try get(type) }
        mutating func decode(_ type: Int.Type) throws -> Int { try get(type) }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { try get(type) }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { try get(type) }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { try get(type) }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { try get(type) }
        mutating func decode(_ type: UInt.Type) throws -> UInt { try get(type) }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try get(type) }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try get(type) }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try get(type) }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try get(type) }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try get(type) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type)
            throws -> KeyedDecodingContainer<NestedKey> {
            try TreeDecoder(value: next(), codingPath: codingPath).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
            try TreeDecoder(value: next(), codingPath: codingPath).unkeyedContainer()
        }

        mutating func superDecoder() throws -> Decoder { TreeDecoder(value: try next(), codingPath: codingPath) }
    }

    struct Single: SingleValueDecodingContainer {
        let value: JSONValue
        let codingPath: [CodingKey]

        private func get<T: Decodable>(_ type: T.Type) throws -> T {
            try TreeDecoder.unbox(value, type, path: codingPath)
        }

        func decodeNil() -> Bool { value == .null }
        func decode(_ type: Bool.Type) throws -> Bool { try get(type) }
        func decode(_ type: String.Type) throws -> String { try get(type) }
        func decode(_ type: Double.Type) throws -> Double { try get(type) }
        func decode(_ type: Float.Type) throws -> Float { try get(type) }
        func decode(_ type: Int.Type) throws -> Int { try get(type) }
        func decode(_ type: Int8.Type) throws -> Int8 { try get(type) }
        func decode(_ type: Int16.Type) throws -> Int16 { try get(type) }
        func decode(_ type: Int32.Type) throws -> Int32 { try get(type) }
        func decode(_ type: Int64.Type) throws -> Int64 { try get(type) }
        func decode(_ type: UInt.Type) throws -> UInt { try get(type) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try get(type) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try get(type) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try get(type) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try get(type) }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try get(type) }
    }
}
