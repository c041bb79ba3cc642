/// The field names a value writes when it is encoded, per place in the document, with the
/// positions in lists merged: `actionPlan.activities[].dependsOn` is one place whatever the
/// activity. Built by encoding a value with `KeyShape.of`, which records names and writes nothing.
///
/// A plan's types are structs with synthesized `Codable`, so a field the file gives a (non-null)
/// value is decoded and written again by every instance at its place; a name the shape lacks at a
/// place is a field the model does not have (see `UnknownFields`).
final class KeyShape {
    /// Field name → index into `children`.
    private(set) var names: [String: Int] = [:]
    private(set) var children: [KeyShape] = []
    /// The shape of list items here (every item merged).
    private var itemShape: KeyShape?
    /// For finding a field named twice in one object: the object serial that last saw each name.
    var seen: [Int] = []

    /// The child for field `name`, made when new.
    func child(_ name: String) -> KeyShape {
        if let index = names[name] { return children[index] }
        let made = KeyShape()
        names[name] = children.count
        children.append(made)
        seen.append(-1)
        return made
    }

    var items: KeyShape {
        if let itemShape { return itemShape }
        let made = KeyShape()
        itemShape = made
        return made
    }

    /// The shape of `value`'s encoding.
    static func of<T: Encodable>(_ value: T) throws -> KeyShape {
        let root = KeyShape()
        try value.encode(to: ShapeEncoder(shape: root, codingPath: []))
        return root
    }
}

/// An `Encoder` that records the field names written into a `KeyShape` and nothing else.
private struct ShapeEncoder: Encoder {
    let shape: KeyShape
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedShape<Key>(shape: shape, codingPath: []))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedShape(shape: shape.items, codingPath: [])
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleShape(shape: shape, codingPath: [])
    }
}

private struct KeyedShape<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let shape: KeyShape
    var codingPath: [any CodingKey]

    private func mark(_ key: Key) { _ = shape.child(key.stringValue) }

    mutating func encodeNil(forKey key: Key) throws { mark(key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { mark(key) }
    mutating func encode(_ value: String, forKey key: Key) throws { mark(key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { mark(key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { mark(key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { mark(key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { mark(key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { mark(key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { mark(key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { mark(key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { mark(key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { mark(key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { mark(key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { mark(key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { mark(key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try value.encode(to: ShapeEncoder(shape: shape.child(key.stringValue), codingPath: []))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(KeyedShape<NestedKey>(shape: shape.child(key.stringValue), codingPath: []))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        UnkeyedShape(shape: shape.child(key.stringValue).items, codingPath: [])
    }

    mutating func superEncoder() -> any Encoder { ShapeEncoder(shape: shape.child("super"), codingPath: []) }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        ShapeEncoder(shape: shape.child(key.stringValue), codingPath: [])
    }
}

private struct UnkeyedShape: UnkeyedEncodingContainer {
    let shape: KeyShape
    var codingPath: [any CodingKey]
    var count = 0

    init(shape: KeyShape, codingPath: [any CodingKey]) {
        self.shape = shape
        self.codingPath = codingPath
    }

    mutating func encodeNil() throws { count += 1 }
    mutating func encode(_ value: Bool) throws { count += 1 }
    mutating func encode(_ value: String) throws { count += 1 }
    mutating func encode(_ value: Double) throws { count += 1 }
    mutating func encode(_ value: Int) throws { count += 1 }
    mutating func encode<T: Encodable>(_ value: T) throws {
        count += 1
        try value.encode(to: ShapeEncoder(shape: shape, codingPath: []))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey> {
        count += 1
        return KeyedEncodingContainer(KeyedShape<NestedKey>(shape: shape, codingPath: []))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        count += 1
        return UnkeyedShape(shape: shape.items, codingPath: [])
    }

    mutating func superEncoder() -> any Encoder { ShapeEncoder(shape: shape, codingPath: []) }
}

private struct SingleShape: SingleValueEncodingContainer {
    let shape: KeyShape
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws {}
    mutating func encode(_ value: Bool) throws {}
    mutating func encode(_ value: String) throws {}
    mutating func encode(_ value: Double) throws {}
    mutating func encode(_ value: Float) throws {}
    mutating func encode(_ value: Int) throws {}
    mutating func encode(_ value: Int8) throws {}
    mutating func encode(_ value: Int16) throws {}
    mutating func encode(_ value: Int32) throws {}
    mutating func encode(_ value: Int64) throws {}
    mutating func encode(_ value: UInt) throws {}
    mutating func encode(_ value: UInt8) throws {}
    mutating func encode(_ value: UInt16) throws {}
    mutating func encode(_ value: UInt32) throws {}
    mutating func encode(_ value: UInt64) throws {}
    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: ShapeEncoder(shape: shape, codingPath: []))
    }
}
