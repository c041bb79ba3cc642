import Foundation

extension CanonicalJSON {
    /// Writes a `Tree` as `JSONSerialization` writes what it read back: members that are null, empty,
    /// false or zero left out of their object (not out of a list), keys in `KeyOrder`, strings escaped
    /// as it escapes them ("/" too), numbers as `JSONEncoder` wrote them and `JSONSerialization` read them.
    struct Writer {
        let tree: Tree
        private(set) var output: [UInt8] = []
        private var order = KeyOrder.shared.ranks
        /// The members of the objects being written, sorted: a stack shared by nested objects.
        private var members: [(rank: Int, node: Int)] = []

        init(tree: Tree) {
            self.tree = tree
            output.reserveCapacity(tree.nodes.count * 24)
        }

        /// The document itself: written whatever it holds ("{}" when every member was left out).
        mutating func writeTop(_ node: Int) {
            if !write(node) {
                switch tree.nodes[node].kind {
                case .object, .unset: output = Array("{}".utf8)
                case .array: output = Array("[]".utf8)
                default: break
                }
            }
        }

        /// Writes `node`; false when it is a value an object leaves out (then what was written is
        /// taken back by the caller, or is "{}" or "[]" in a list).
        @discardableResult
        private mutating func write(_ node: Int) -> Bool {
            let value = tree.nodes[node]
            switch value.kind {
            case .null:
                append("null")
                return false
            case .bool:
                append(value.bits != 0 ? "true" : "false")
                return value.bits != 0
            case .int:
                append(String(value.bits))
                return value.bits != 0
            case .double:
                let number = Double(bitPattern: UInt64(UInt(bitPattern: value.bits)))
                append(Self.text(of: number))
                return number != 0
            case .string:
                let text = tree.texts[value.bits]
                writeString(text)
                return !text.isEmpty
            case .array:
                output.append(UInt8(ascii: "["))
                var child = value.first
                var any = false
                while child >= 0 {
                    if any { output.append(UInt8(ascii: ",")) }
                    write(child)
                    any = true
                    child = tree.nodes[child].next
                }
                output.append(UInt8(ascii: "]"))
                return any
            case .object, .unset:
                return writeObject(value.first)
            }
        }

        private mutating func writeObject(_ first: Int) -> Bool {
            let base = members.count
            var child = first
            while child >= 0 {
                guard let rank = order[tree.keys[child]] else {
                    // A key seen for the first time moves the ranks of those after it: rank them all again.
                    order = KeyOrder.shared.adding(tree.keys[child])
                    members.removeSubrange(base...)
                    child = first
                    continue
                }
                members.append((rank, child))
                child = tree.nodes[child].next
            }
            // By rank, then in the order encoded: a key encoded twice keeps its last value, as in JSONEncoder.
            members[base...].sort { $0.rank != $1.rank ? $0.rank < $1.rank : $0.node < $1.node }
            output.append(UInt8(ascii: "{"))
            var any = false
            for index in base..<members.count {
                if index + 1 < members.count, members[index + 1].rank == members[index].rank { continue }
                let mark = output.count
                if any { output.append(UInt8(ascii: ",")) }
                let node = members[index].node
                writeString(tree.keys[node])
                output.append(UInt8(ascii: ":"))
                if write(node) { any = true } else { output.removeSubrange(mark...) }
            }
            output.append(UInt8(ascii: "}"))
            members.removeSubrange(base...)
            return any
        }

        private mutating func append(_ text: String) { output.append(contentsOf: text.utf8) }

        private mutating func writeString(_ text: String) {
            output.append(UInt8(ascii: "\""))
            var text = text
            text.withUTF8 { bytes in
                // Most texts need no escape: copied whole; else from the first byte that does.
                guard let first = bytes.firstIndex(where: Self.needsEscape) else {
                    output.append(contentsOf: bytes)
                    return
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<first]))
                for byte in bytes[first...] {
                    switch byte {
                    case UInt8(ascii: "\""): append("\\\"")
                    case UInt8(ascii: "\\"): append("\\\\")
                    case UInt8(ascii: "/"): append("\\/")
                    case 0x08: append("\\b")
                    case 0x0C: append("\\f")
                    case 0x0A: append("\\n")
                    case 0x0D: append("\\r")
                    case 0x09: append("\\t")
                    case 0x00..<0x20: append((byte < 0x10 ? "\\u000" : "\\u00") + String(byte, radix: 16))
                    default: output.append(byte)
                    }
                }
            }
            output.append(UInt8(ascii: "\""))
        }

        private static func needsEscape(_ byte: UInt8) -> Bool {
            byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "/")
        }

        /// A number as `JSONEncoder` writes it (its shortest digits, without a trailing ".0"), and as
        /// `JSONSerialization` writes it again after reading it: digits alone were read as an integer
        /// ("-0" is then 0).
        static func text(of number: Double) -> String {
            var text = number.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            if !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), let whole = Int(text) {
                return String(whole)
            }
            return text
        }
    }

    /// The order `JSONSerialization` sorts keys in (`NSString.compare` with `.numeric`,
    /// `.caseInsensitive`, `.forcedOrdering`, the system locale): each key is compared with
    /// Foundation's own comparison once, when it is first seen, and ranked among the keys seen
    /// before; objects then sort by rank. Keys are the plan's field names (a few hundred, and no
    /// data: no plan type is a dictionary keyed by ids), so the table stays small and a new key, which
    /// ranks the table again, is rare; it lives as long as the process.
    final class KeyOrder: @unchecked Sendable {
        static let shared = KeyOrder()
        private let lock = NSLock()
        private var sorted: [String] = []
        private var table: [String: Int] = [:]

        var ranks: [String: Int] { lock.withLock { table } }

        /// The ranks with `key` among them.
        func adding(_ key: String) -> [String: Int] {
            lock.withLock {
                if table[key] != nil { return table }
                var low = 0, high = sorted.count
                while low < high {
                    let middle = (low + high) / 2
                    if Self.precedes(sorted[middle], key) { low = middle + 1 } else { high = middle }
                }
                sorted.insert(key, at: low)
                table = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) })
                return table
            }
        }

        /// Foundation's comparison of two keys, as `JSONSerialization` makes it when sorting them.
        static func precedes(_ a: String, _ b: String) -> Bool {
            let first = NSString(string: a)
            return first.compare(b, options: [.numeric, .caseInsensitive, .forcedOrdering],
                                 range: NSRange(location: 0, length: first.length), locale: NSLocale.system) == .orderedAscending
        }
    }
}
