@_spi(Reflection) import Swift
import Foundation

/// The bytes of a struct that hold its fields, as ranges of offsets: what tells two values the same
/// bit for bit without the padding between fields (which a copy need not carry over, so two copies
/// of one activity can differ there). Found from the type's field offsets and sizes at run time,
/// down into fields that are structs themselves; a type whose fields cannot be read is all field.
///
/// Two values whose field bytes are equal hold the same storage for each text and list and the same
/// numbers: they are the same value. The converse does not hold (equal texts in two buffers), so a
/// caller falls back to `==` when the bytes differ (see `sameEntity`). This holds for types made of
/// values (numbers, enums, texts, lists and structs of them), as every entity is: a field holding a
/// class instance or a closure would compare by reference, and an object changed in place would
/// look the same; such a field must not be added to an entity compared this way (`FieldBytesGuardTests`
/// walks every entity type down to its last field and fails, naming it, on a class, closure or existential).
struct FieldBytes: Sendable {
    let ranges: [Range<Int>]

    /// The field bytes of `type`, found once per type and kept (validation asks at every update).
    static func of<T>(_ type: T.Type) -> FieldBytes { Known.shared.bytes(of: type) }

    private final class Known: @unchecked Sendable {
        static let shared = Known()
        private let lock = NSLock()
        private var byType: [ObjectIdentifier: FieldBytes] = [:]

        func bytes<T>(of type: T.Type) -> FieldBytes {
            if let known = lock.withLock({ byType[ObjectIdentifier(type)] }) { return known }
            let found = FieldBytes(of: type)
            lock.withLock { byType[ObjectIdentifier(type)] = found }
            return found
        }
    }

    init<T>(of type: T.Type) {
        var covered = [Bool](repeating: false, count: MemoryLayout<T>.size)
        Self.mark(type, at: 0, size: MemoryLayout<T>.size, in: &covered)
        var ranges: [Range<Int>] = []
        var start: Int?
        for offset in covered.indices {
            if covered[offset], start == nil { start = offset }
            if !covered[offset], let first = start { ranges.append(first..<offset); start = nil }
        }
        if let first = start { ranges.append(first..<covered.count) }
        self.ranges = ranges
    }

    /// Marks the bytes the fields of `type` (at `base`) take; all `size` bytes when it has no fields to read.
    private static func mark(_ type: Any.Type, at base: Int, size: Int, in covered: inout [Bool]) {
        var fields: [(offset: Int, type: Any.Type, isStruct: Bool)] = []
        let read = _forEachField(of: type, options: []) { _, offset, field, kind in
            fields.append((offset, field, kind == .struct))
            return true
        }
        guard read, !fields.isEmpty else {
            for offset in base..<(base + size) { covered[offset] = true }
            return
        }
        for field in fields {
            let fieldSize = Self.size(of: field.type)
            if field.isStruct {
                mark(field.type, at: base + field.offset, size: fieldSize, in: &covered)
            } else {
                for byte in (base + field.offset)..<(base + field.offset + fieldSize) { covered[byte] = true }
            }
        }
    }

    private static func size(of type: Any.Type) -> Int {
        func size<T>(_: T.Type) -> Int { MemoryLayout<T>.size }
        return _openExistential(type, do: size)
    }

    /// Whether the values at `a` and `b` have the same field bytes.
    func same(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer) -> Bool {
        for range in ranges where memcmp(a + range.lowerBound, b + range.lowerBound, range.count) != 0 { return false }
        return true
    }
}
