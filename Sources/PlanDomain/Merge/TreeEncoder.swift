/// Encodes a Codable value into a `JSONValue` without Foundation (PlanDomain has none): the tree
/// the three-way merge and the diff compare. Field names and shapes are those of plan.json.
final class TreeEncoder: Encoder {
    /// One place in the tree being built: a value, or an object or list of places.
    final class Node {
        var scalar: JSONValue?
        var fields: [String: Node]?
        var items: [Node]?

        var value: JSONValue? {
            if let scalar { return scalar }
            if let fields { return .object(fields.compactMapValues(\.value)) }
            if let items { return .array(items.map { $0.value ?? .null }) }
            return nil
        }
    }

    let storage: Node
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(storage: Node = Node(), codingPath: [CodingKey] = []) {
        self.storage = storage
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if storage.fields == nil { storage.fields = [:] }
        return KeyedEncodingContainer(Keyed<Key>(node: storage, codingPath: codingPath))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        if storage.items == nil { storage.items = [] }
        return Unkeyed(node: storage, codingPath: codingPath)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        Single(node: storage, codingPath: codingPath)
    }

    static func encode<T: Encodable>(_ value: T, into node: Node, path: [CodingKey]) throws {
        try value.encode(to: TreeEncoder(storage: node, codingPath: path))
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        let codingPath: [CodingKey]

        private func put(_ value: JSONValue, _ key: Key) {
            let child = Node()
            child.scalar = value
            node.fields?[key.stringValue] = child
        }

        mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { put(.bool(value), key) }
        mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
        mutating func encode(_ value: Double, forKey key: Key) throws { put(.double(value), key) }
        mutating func encode(_ value: Float, forKey key: Key) throws { put(.double(Double(value)), key) }
        mutating func encode(_ value: Int, forKey key: Key) throws { put(.int(value), key) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { put(.int(Int(value)), key) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { put(.int(Int(value)), key) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { put(.int(Int(value)), key) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { put(.int(Int(value)), key) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { put(.int(Int(value)), key) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { put(.int(Int(value)), key) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { put(.int(Int(value)), key) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { put(.int(Int(value)), key) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { put(.int(Int(value)), key) }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            let child = Node()
            node.fields?[key.stringValue] = child
            try TreeEncoder.encode(value, into: child, path: codingPath + [key])
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                            forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let child = Node()
            node.fields?[key.stringValue] = child
            return TreeEncoder(storage: child, codingPath: codingPath + [key]).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            let child = Node()
            node.fields?[key.stringValue] = child
            return TreeEncoder(storage: child, codingPath: codingPath + [key]).unkeyedContainer()
        }

        mutating func superEncoder() -> Encoder { TreeEncoder(storage: node, codingPath: codingPath) }
        mutating func superEncoder(forKey key: Key) -> Encoder {
            let child = Node()
            node.fields?[key.stringValue] = child
            return TreeEncoder(storage: child, codingPath: codingPath + [key])
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer, ScalarPutting {
        let node: Node
        let codingPath: [CodingKey]
        var count: Int { node.items?.count ?? 0 }

        private func next() -> Node {
            let child = Node()
            node.items?.append(child)
            return child
        }

        func put(_ value: JSONValue) { next().scalar = value }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try TreeEncoder.encode(value, into: next(), path: codingPath)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
            -> KeyedEncodingContainer<NestedKey> {
            TreeEncoder(storage: next(), codingPath: codingPath).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
            TreeEncoder(storage: next(), codingPath: codingPath).unkeyedContainer()
        }

        mutating func superEncoder() -> Encoder { TreeEncoder(storage: next(), codingPath: codingPath) }
    }

    struct Single: SingleValueEncodingContainer, ScalarPutting {
        let node: Node
        let codingPath: [CodingKey]

        func put(_ value: JSONValue) { node.scalar = value }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try TreeEncoder.encode(value, into: node, path: codingPath)
        }
    }
}

/// The scalar `encode` overloads the unkeyed and single-value containers both require, written once:
/// each puts one `JSONValue` where the container puts values.
protocol ScalarPutting {
    func put(_ value: JSONValue)
}

extension ScalarPutting {
    mutating func encodeNil() throws { put(.null) }
    mutating func encode(_ value: Bool) throws { put(.bool(value)) }
    mutating func encode(_ value: String) throws { put(.string(value)) }
    mutating func encode(_ value: Double) throws { put(.double(value)) }
    mutating func encode(_ value: Float) throws { put(.double(Double(value))) }
    mutating func encode(_ value: Int) throws { put(.int(value)) }
    mutating func encode(_ value: Int8) throws { put(.int(Int(value))) }
    mutating func encode(_ value: Int16) throws { put(.int(Int(value))) }
    mutating func encode(_ value: Int32) throws { put(.int(Int(value))) }
    mutating func encode(_ value: Int64) throws { put(.int(Int(value))) }
    mutating func encode(_ value: UInt) throws { put(.int(Int(value))) }
    mutating func encode(_ value: UInt8) throws { put(.int(Int(value))) }
    mutating func encode(_ value: UInt16) throws { put(.int(Int(value))) }
    mutating func encode(_ value: UInt32) throws { put(.int(Int(value))) }
    mutating func encode(_ value: UInt64) throws { put(.int(Int(value))) }
}
