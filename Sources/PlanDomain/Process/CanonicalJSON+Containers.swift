/// The containers of `CanonicalJSON.TreeBuilder`: each adds nodes to the tree under its own.
extension CanonicalJSON {
    /// The scalars every container takes, written into one node: integers that `JSONEncoder` writes
    /// as they are; a `Float` (written from its own digits) or an unsigned number past `Int.max` is
    /// left to the reference path.
    fileprivate static func put(_ value: some BinaryInteger, _ node: Int, _ tree: Tree) throws {
        guard let number = Int(exactly: value) else { throw Unsupported() }
        tree.set(node, .int, bits: number)
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let tree: Tree
        let node: Int
        var codingPath: [CodingKey] { [] }

        private func member(_ key: Key) -> Int { tree.child(of: node, key: key.stringValue) }

        mutating func encodeNil(forKey key: Key) throws { tree.set(member(key), .null) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { tree.set(member(key), .bool, bits: value ? 1 : 0) }
        mutating func encode(_ value: String, forKey key: Key) throws { tree.set(member(key), text: value) }
        mutating func encode(_ value: Double, forKey key: Key) throws { try tree.set(member(key), double: value) }
        mutating func encode(_ value: Float, forKey key: Key) throws { throw Unsupported() }
        mutating func encode(_ value: Int, forKey key: Key) throws { tree.set(member(key), .int, bits: value) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { try put(value, member(key), tree) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { try put(value, member(key), tree) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { try put(value, member(key), tree) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { try put(value, member(key), tree) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { try put(value, member(key), tree) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { try put(value, member(key), tree) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { try put(value, member(key), tree) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { try put(value, member(key), tree) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { try put(value, member(key), tree) }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try TreeBuilder.encode(value, into: member(key), of: tree)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                            forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            TreeBuilder(tree: tree, node: member(key)).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            TreeBuilder(tree: tree, node: member(key)).unkeyedContainer()
        }

        mutating func superEncoder() -> Encoder { TreeBuilder(tree: tree, node: tree.child(of: node, key: "super")) }
        mutating func superEncoder(forKey key: Key) -> Encoder { TreeBuilder(tree: tree, node: member(key)) }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let tree: Tree
        let node: Int
        var codingPath: [CodingKey] { [] }
        private(set) var count = 0

        private mutating func item() -> Int {
            count += 1
            return tree.child(of: node, key: "")
        }

        mutating func encodeNil() throws { tree.set(item(), .null) }
        mutating func encode(_ value: Bool) throws { tree.set(item(), .bool, bits: value ? 1 : 0) }
        mutating func encode(_ value: String) throws { tree.set(item(), text: value) }
        mutating func encode(_ value: Double) throws { try tree.set(item(), double: value) }
        mutating func encode(_ value: Float) throws { throw Unsupported() }
        mutating func encode(_ value: Int) throws { tree.set(item(), .int, bits: value) }
        mutating func encode(_ value: Int8) throws { try put(value, item(), tree) }
        mutating func encode(_ value: Int16) throws { try put(value, item(), tree) }
        mutating func encode(_ value: Int32) throws { try put(value, item(), tree) }
        mutating func encode(_ value: Int64) throws { try put(value, item(), tree) }
        mutating func encode(_ value: UInt) throws { try put(value, item(), tree) }
        mutating func encode(_ value: UInt8) throws { try put(value, item(), tree) }
        mutating func encode(_ value: UInt16) throws { try put(value, item(), tree) }
        mutating func encode(_ value: UInt32) throws { try put(value, item(), tree) }
        mutating func encode(_ value: UInt64) throws { try put(value, item(), tree) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try TreeBuilder.encode(value, into: item(), of: tree)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
            -> KeyedEncodingContainer<NestedKey> {
            TreeBuilder(tree: tree, node: item()).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
            TreeBuilder(tree: tree, node: item()).unkeyedContainer()
        }

        mutating func superEncoder() -> Encoder { TreeBuilder(tree: tree, node: item()) }
    }

    struct Single: SingleValueEncodingContainer {
        let tree: Tree
        let node: Int
        var codingPath: [CodingKey] { [] }

        mutating func encodeNil() throws { tree.set(node, .null) }
        mutating func encode(_ value: Bool) throws { tree.set(node, .bool, bits: value ? 1 : 0) }
        mutating func encode(_ value: String) throws { tree.set(node, text: value) }
        mutating func encode(_ value: Double) throws { try tree.set(node, double: value) }
        mutating func encode(_ value: Float) throws { throw Unsupported() }
        mutating func encode(_ value: Int) throws { tree.set(node, .int, bits: value) }
        mutating func encode(_ value: Int8) throws { try put(value, node, tree) }
        mutating func encode(_ value: Int16) throws { try put(value, node, tree) }
        mutating func encode(_ value: Int32) throws { try put(value, node, tree) }
        mutating func encode(_ value: Int64) throws { try put(value, node, tree) }
        mutating func encode(_ value: UInt) throws { try put(value, node, tree) }
        mutating func encode(_ value: UInt8) throws { try put(value, node, tree) }
        mutating func encode(_ value: UInt16) throws { try put(value, node, tree) }
        mutating func encode(_ value: UInt32) throws { try put(value, node, tree) }
        mutating func encode(_ value: UInt64) throws { try put(value, node, tree) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try TreeBuilder.encode(value, into: node, of: tree)
        }
    }
}
