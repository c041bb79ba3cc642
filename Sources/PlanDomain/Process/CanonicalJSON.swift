import Foundation

/// The canonical JSON of an approved document, written straight from the plan's values: the same
/// bytes as encoding the document with `JSONEncoder`, reading them back with `JSONSerialization`,
/// leaving out the members that are empty, false or zero, and writing the rest with sorted keys
/// (`Plan.foundationCanonicalContent`, the definition, kept as the reference the tests compare with),
/// in one pass and without Foundation's dictionaries of `Any`: a national action plan took seconds
/// that way, and every analysis after an activity edit re-took it (docs/DECISIONS.md).
///
/// The values are first built into a `Tree` (the Encoder protocol can hand out containers that are
/// filled later), then written by `CanonicalJSON.Writer`. A value this encoder does not write as
/// `JSONEncoder` would (a date, data, a URL, a decimal, a number that is not finite) stops it: the
/// caller then takes the reference path.
enum CanonicalJSON {
    /// The canonical bytes of `value`, or nil when it holds a value only the reference path writes.
    static func bytes<T: Encodable>(of value: T) -> [UInt8]? {
        let tree = Tree()
        do {
            try value.encode(to: TreeBuilder(tree: tree, node: tree.add(key: "")))
        } catch {
            return nil
        }
        var writer = Writer(tree: tree)
        writer.writeTop(0)
        return writer.output
    }

    /// A value this encoder leaves to the reference path.
    struct Unsupported: Error {}

    /// The values of a document: one node per value, children linked in the order they were encoded.
    /// Nodes hold no strings (reading the tree retains nothing): keys and texts sit beside them.
    final class Tree {
        enum Kind: UInt8 { case unset, null, bool, int, double, string, array, object }
        struct Node {
            var kind = Kind.unset
            /// The value of a `.bool` (0 or 1) or `.int`; the bit pattern of a `.double`; the index of
            /// a `.string`'s text in `texts`.
            var bits = 0
            var first = -1, last = -1, next = -1
        }
        var nodes: [Node] = []
        /// The key of each node in its object ("" in a list), by node.
        var keys: [String] = []
        var texts: [String] = []

        init() {
            nodes.reserveCapacity(4096)
            keys.reserveCapacity(4096)
        }

        func add(key: String) -> Int {
            nodes.append(Node())
            keys.append(key)
            return nodes.count - 1
        }

        /// A new child of `parent` (an array or object), after its others.
        func child(of parent: Int, key: String) -> Int {
            let node = nodes.count
            nodes.withUnsafeMutableBufferPointer { nodes in
                if nodes[parent].last < 0 { nodes[parent].first = node } else { nodes[nodes[parent].last].next = node }
                nodes[parent].last = node
            }
            nodes.append(Node())
            keys.append(key)
            return node
        }

        func become(_ node: Int, _ kind: Kind) {
            if nodes[node].kind == .unset { nodes[node].kind = kind }
        }

        func set(_ node: Int, _ kind: Kind, bits: Int = 0) {
            nodes.withUnsafeMutableBufferPointer { nodes in
                nodes[node].kind = kind
                nodes[node].bits = bits
            }
        }

        func set(_ node: Int, text: String) {
            texts.append(text)
            set(node, .string, bits: texts.count - 1)
        }

        func set(_ node: Int, double value: Double) throws {
            guard value.isFinite else { throw Unsupported() }
            set(node, .double, bits: Int(bitPattern: UInt(value.bitPattern)))
        }
    }

    /// The Encoder that fills a `Tree`.
    struct TreeBuilder: Encoder {
        let tree: Tree
        let node: Int
        var codingPath: [CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            tree.become(node, .object)
            return KeyedEncodingContainer(Keyed<Key>(tree: tree, node: node))
        }

        func unkeyedContainer() -> UnkeyedEncodingContainer {
            tree.become(node, .array)
            return Unkeyed(tree: tree, node: node)
        }

        func singleValueContainer() -> SingleValueEncodingContainer { Single(tree: tree, node: node) }

        /// Encodes `value` into `node`: the types `JSONEncoder` writes its own way are left to the
        /// reference path, the scalars go straight in.
        static func encode<T: Encodable>(_ value: T, into node: Int, of tree: Tree) throws {
            if T.self == String.self {
                tree.set(node, text: unsafeBitCast(value, to: String.self))
            } else if T.self == Int.self {
                tree.set(node, .int, bits: unsafeBitCast(value, to: Int.self))
            } else if T.self == Double.self {
                try tree.set(node, double: unsafeBitCast(value, to: Double.self))
            } else if T.self == Bool.self {
                tree.set(node, .bool, bits: unsafeBitCast(value, to: Bool.self) ? 1 : 0)
            } else if T.self == Date.self || T.self == Data.self || T.self == URL.self || T.self == Decimal.self {
                throw Unsupported()
            } else {
                try value.encode(to: TreeBuilder(tree: tree, node: node))
            }
        }
    }
}
