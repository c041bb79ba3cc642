import Foundation

/// Where the first entity with each id sits in its collection: one lookup, O(1).
///
/// A table of its own rather than `[EntityID: Int]`: validation looks up every reference of a
/// national plan (10,000 activities make some 50,000), scheduling every dependency, and a
/// `Dictionary` hashes each id with SipHash (in validation twice over: the kind, then the id). Ids
/// are short, so here an id's bytes are mixed eight at a time with a multiply, from a seed drawn
/// once per process (a file's ids cannot be chosen to collide in every process, as with a fixed
/// hash), and the slots are probed in turn.
public struct IDIndex: Sendable {
    /// The table (nil for no entity): read in place, so a lookup takes no reference to anything.
    fileprivate let table: Table?
    /// How many entities the collection holds (some may share an id).
    let entities: Int

    /// An empty index.
    public init() {
        table = nil
        entities = 0
    }

    /// The index of `count` entities, `id(n)` the id of the nth: the first with each id is kept.
    init(count: Int, id: (Int) -> EntityID) {
        entities = count
        table = count > 0 ? Table(count: count, id: id) : nil
    }

    /// How many different ids the collection holds.
    public var count: Int { table?.count ?? 0 }

    /// Whether every id is there once: then each entity's position is its id's first.
    var idsUnique: Bool { count == entities }

    /// Whether some id is blank (empty, or only spaces).
    var hasBlankIDs: Bool { table?.blankIDs ?? false }

    /// Whether `position` is the first position of its id (`id`).
    func isFirst(_ id: EntityID, at position: Int) -> Bool { idsUnique || self[id] == position }

    /// The position of the first entity with `id`, nil when none has it.
    public subscript(id: EntityID) -> Int? { table?.position(of: id) }

    /// The slots, ids and positions, in memory of its own, written once when it is made: every
    /// lookup reads them where they lie (a lookup from two threads at once changes no reference
    /// count they share).
    fileprivate final class Table: @unchecked Sendable {
        /// Per slot, 1 + the index of the id hashed there, or 0 when empty: at least twice as many
        /// slots as ids (a power of two), so a probe ends soon.
        let slots: UnsafeMutablePointer<Int32>
        let mask: Int
        /// The process's seed (``IDIndex/seed``), read once here: a static is reached through a
        /// call that checks it was set, on every lookup.
        let seed = IDIndex.seed
        /// Each id once, in the order first met, and where it first sits in its collection.
        let ids: UnsafeMutablePointer<EntityID>
        let positions: UnsafeMutablePointer<Int32>
        private(set) var count = 0
        /// Whether some id is blank (see `String.isBlank`), noted as each is first met.
        private(set) var blankIDs = false

        init(count: Int, id: (Int) -> EntityID) {
            var capacity = 16
            while capacity < 2 * count { capacity *= 2 }
            mask = capacity - 1
            slots = .allocate(capacity: capacity)
            slots.initialize(repeating: 0, count: capacity)
            ids = .allocate(capacity: count)
            positions = .allocate(capacity: count)
            for position in 0..<count {
                let key = id(position)
                var slot = Int(truncatingIfNeeded: IDIndex.hash(key, seed: seed)) & mask
                while true {
                    let entry = Int(slots[slot])
                    if entry == 0 {
                        if !blankIDs && key.isBlank { blankIDs = true }
                        (ids + self.count).initialize(to: key)
                        positions[self.count] = Int32(position)
                        self.count += 1
                        slots[slot] = Int32(self.count)
                        break
                    }
                    if IDIndex.same(ids + (entry - 1), key) { break } // met before: the first one stays
                    slot = (slot + 1) & mask
                }
            }
        }

        deinit {
            slots.deallocate()
            ids.deinitialize(count: count)
            ids.deallocate()
            positions.deallocate()
        }

        func position(of id: EntityID) -> Int? {
            var slot = Int(truncatingIfNeeded: IDIndex.hash(id, seed: seed)) & mask
            while true {
                let entry = Int(slots[slot])
                if entry == 0 { return nil }
                if IDIndex.same(ids + (entry - 1), id) { return Int(positions[entry - 1]) }
                slot = (slot + 1) & mask
            }
        }
    }

    private static let seed = UInt64.random(in: .min ... .max)

    /// Whether the id kept at `kept` is `id` (as `==` tells), read where it lies: a copy of the
    /// id read out would be retained and released, on every probe of every lookup.
    ///
    /// Two ids with the same two words are the same string (a small one's bytes and count, or a
    /// large one's storage and count). Two small ASCII ids (nearly all) are equal only with the
    /// same bytes, so with the same words; any others are compared as strings.
    @inline(__always)
    static func same(_ kept: UnsafePointer<EntityID>, _ id: EntityID) -> Bool {
        #if _endian(little) && _pointerBitWidth(_64)
        let stored = UnsafeRawPointer(kept).load(as: (UInt64, UInt64).self)
        let given = unsafeBitCast(id, to: (UInt64, UInt64).self)
        if stored == given { return true }
        // Bits 61 (small) and 62 (ASCII) of the second word set in both.
        let smallASCII: UInt64 = 0b11 << 61
        if stored.1 & given.1 & smallASCII == smallASCII { return false }
        #endif
        return kept.pointee == id
    }

    /// ``hash(_:seed:)`` with the process's seed.
    static func hash(_ id: EntityID) -> UInt64 { hash(id, seed: seed) }

    /// The id's UTF-8 bytes mixed eight at a time, then avalanched: every bit of the result depends
    /// on every byte, on the count and on the seed, and on nothing else. An id beyond ASCII is
    /// hashed by the bytes of its canonical composition (NFC): ids that `==` finds equal (an "é"
    /// written as one character or as "e" and an accent, a Kelvin sign and a "K") hash alike, as
    /// in a `Set` or a `Dictionary`, so the index finds what a search with `==` finds.
    ///
    /// An ASCII id of up to 15 bytes (nearly all are) is two words, zero after its last byte: a
    /// small string holds exactly those in its own two words (the count in the top byte), so they
    /// are read as they lie, with no call to reach its bytes; any other string of that length is
    /// packed the same way from its bytes, and gives the same hash (`IDIndexTests`).
    static func hash(_ id: EntityID, seed: UInt64) -> UInt64 {
        #if _endian(little) && _pointerBitWidth(_64)
        let (low, high) = unsafeBitCast(id, to: (UInt64, UInt64).self)
        // A small ASCII string: bits 63 (immortal), 62 (ASCII) and 61 (small) of its second word
        // set, its count in bits 56 to 59, its bytes below.
        if (high >> 61) & 0b111 == 0b111 {
            return mixed(low, high & 0x00FF_FFFF_FFFF_FFFF, count: Int((high >> 56) & 0xF), seed: seed)
        }
        #endif
        let ascii = id.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? hash(bytes: bytes, seed: seed) : nil
        }
        if let ascii, let hash = ascii { return hash }
        let canonical = id.precomposedStringWithCanonicalMapping
        return Array(canonical.utf8).withUnsafeBufferPointer { hash(bytes: $0, seed: seed) }
    }

    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The hash of an id's bytes: up to 15 packed in two words as a small string holds them (see
    /// `hash(_:)`), more eight at a time.
    private static func hash(bytes: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
        let count = bytes.count
        if count <= 15 {
            var words: (UInt64, UInt64) = (0, 0)
            withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
            return mixed(UInt64(littleEndian: words.0), UInt64(littleEndian: words.1), count: count, seed: seed)
        }
        let raw = UnsafeRawBufferPointer(bytes)
        var hash = (seed ^ UInt64(truncatingIfNeeded: count)) &* multiplier
        var index = 0
        while index + 8 < count { // every whole word but the last
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* multiplier
            hash ^= hash >> 29
            index += 8
        }
        // The last eight bytes (overlapping the word before when the count is not a multiple of 8).
        return avalanche((hash ^ raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) &* multiplier)
    }

    /// The hash of an id of `count` (at most 15) bytes held in two words, zero after the last.
    @inline(__always)
    private static func mixed(_ first: UInt64, _ second: UInt64, count: Int, seed: UInt64) -> UInt64 {
        var hash = (seed ^ UInt64(truncatingIfNeeded: count)) &* multiplier
        hash = (hash ^ first) &* multiplier
        hash ^= hash >> 29
        return avalanche((hash ^ second) &* multiplier)
    }

    @inline(__always)
    private static func avalanche(_ value: UInt64) -> UInt64 {
        var hash = value ^ (value >> 32)
        hash &*= 0xD6E8_FEB8_6659_FD93
        return hash ^ (hash >> 32)
    }
}

/// The index of each kind's ids (see ``IDIndex``), by kind: where a validation finds the entities
/// references name.
struct KindIndex: Sendable {
    private var byKind = [IDIndex?](repeating: nil, count: EntityKind.allCases.count)
    /// The tables of `byKind` (which keeps them), unretained: a lookup from several threads at once
    /// then changes no reference count they share (each change would move the count's cache line
    /// from core to core).
    private var tables = [Unmanaged<IDIndex.Table>?](repeating: nil, count: EntityKind.allCases.count)
    /// Per kind, whether every id is there once (see ``IDIndex/idsUnique``), read without a reference
    /// to the index.
    private var unique = [Bool](repeating: true, count: EntityKind.allCases.count)

    init() {}

    /// The index of every kind of `plan`.
    init(_ plan: Plan) {
        for kind in EntityKind.allCases { self[kind] = plan.firstPositions(kind) }
    }

    subscript(kind: EntityKind) -> IDIndex? {
        get { byKind[kind.casePlace] }
        set {
            byKind[kind.casePlace] = newValue
            tables[kind.casePlace] = newValue?.table.map { Unmanaged.passUnretained($0) }
            unique[kind.casePlace] = newValue?.idsUnique ?? true
        }
    }

    /// Whether `position` is the first position of its id (`id`) among the entities of `kind`
    /// (with every id there once, without a lookup).
    func isFirst(_ id: EntityID, at position: Int, _ kind: EntityKind) -> Bool {
        unique[kind.casePlace] || self.position(of: id, kind) == position
    }

    /// Whether the kind has an index and every id is there once.
    func idsUnique(_ kind: EntityKind) -> Bool {
        tables[kind.casePlace] != nil && unique[kind.casePlace]
    }

    /// The position of the first entity of `kind` with `id` (nil when none has it, or when the
    /// kind has no index), read in place.
    func position(of id: EntityID, _ kind: EntityKind) -> Int? {
        tables.withUnsafeBufferPointer { tables in
            tables[kind.casePlace]?._withUnsafeGuaranteedRef { $0.position(of: id) }
        }
    }
}
