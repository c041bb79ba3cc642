/// Activity ids to their places in the plan, in an open-addressing table hashed with FNV-1a.
///
/// Scheduling looks up every dependency by id; Swift's `Dictionary` hashes each key with a
/// seeded SipHash, which for 20,000 short ids costs more than the critical-path passes themselves.
/// Ids are short, and the table is rebuilt for every schedule, so a plain fast hash is enough.
struct IDIndex {
    private var keys: [EntityID] = []
    private var slots: [Int32]
    private let mask: Int
    /// How many different ids there are.
    private var distinct = 0

    /// Whether every id is there once: then each place is its id's first.
    var idsUnique: Bool { distinct == keys.count }

    /// Whether `position` is the first place of its id (`id`).
    func isFirst(_ id: EntityID, at position: Int) -> Bool { idsUnique || self[id] == position }

    /// The first place of each id in `ids` (a later duplicate is left out).
    init(_ ids: some Collection<EntityID>) {
        var size = 16
        while size < ids.count * 2 { size <<= 1 }
        mask = size - 1
        slots = [Int32](repeating: -1, count: size)
        keys.reserveCapacity(ids.count)
        for id in ids {
            var slot = Self.hash(id) & mask
            while slots[slot] >= 0, keys[Int(slots[slot])] != id { slot = (slot + 1) & mask }
            if slots[slot] < 0 {
                slots[slot] = Int32(keys.count)
                distinct += 1
            }
            keys.append(id)
        }
    }

    subscript(id: EntityID) -> Int? {
        var slot = Self.hash(id) & mask
        while slots[slot] >= 0 {
            let place = Int(slots[slot])
            if keys[place] == id { return place }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private static func hash(_ id: EntityID) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}
