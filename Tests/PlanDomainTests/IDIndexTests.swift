import Testing
@testable import PlanDomain

/// The id index (its own table and byte hash) finds what a search from the start finds, whatever
/// the ids: repeated, empty, blank, long, beyond ASCII, differing only in their last byte.
@Suite("The id index agrees with a linear search")
struct IDIndexTests {
    /// Ids of every shape, some repeated.
    static func ids(seed: UInt64, count: Int) -> [EntityID] {
        var random = LookupTests.Random(state: seed)
        let shapes: [(Int) -> EntityID] = [
            { "ACT-\($0)" },
            { "a-much-longer-identifier-than-fits-in-a-small-string-\($0)" },
            { "régime-\($0)-é" },
            { "  \($0 % 7)" },
            { _ in "" },
            { _ in " " },
            { "x\(String(repeating: "y", count: $0 % 20))" },
            { "SCH-\($0 % 13)" }, // repeats
            { "🙂\($0)" },
        ]
        return (0..<count).map { shapes[random.next(shapes.count)]($0) }
    }

    @Test("the first position of each id, and nil for one no entity has", arguments: [1, 2, 3, 4] as [UInt64])
    func firstPositions(seed: UInt64) {
        let ids = Self.ids(seed: seed, count: 3_000)
        let index = IDIndex(count: ids.count) { ids[$0] }
        #expect(index.count == Set(ids).count)
        #expect(index.entities == ids.count)
        #expect(index.idsUnique == (Set(ids).count == ids.count))
        for (position, id) in ids.enumerated() {
            let first = ids.firstIndex(of: id)!
            #expect(index[id] == first)
            #expect(index.isFirst(id, at: position) == (first == position))
        }
        for missing in ["ACT-999999", "SCH-13", "régime", "ACT-1 ", "🙂", "x" + String(repeating: "y", count: 40)] {
            #expect(index[missing] == ids.firstIndex(of: missing))
        }
    }

    @Test("the index notes whether some id is blank, whatever the ids", arguments: [5, 6, 7, 8] as [UInt64])
    func blankIDs(seed: UInt64) {
        var random = LookupTests.Random(state: seed)
        let blanks = ["", " ", "   ", "\t", " \n ", "\u{00A0}"]
        for round in 0..<40 {
            // Ids without a blank one (repeated or not), then one of several blank ones put in.
            var ids = Self.ids(seed: seed &+ UInt64(round), count: 1 + random.next(60)).filter { !$0.isBlank }
            ids.append("ACT-\(round)")
            #expect(!IDIndex(count: ids.count) { ids[$0] }.hasBlankIDs, "round \(round)")
            ids.insert(blanks[random.next(blanks.count)], at: random.next(ids.count + 1))
            #expect(IDIndex(count: ids.count) { ids[$0] }.hasBlankIDs, "round \(round): \(ids)")
        }
        #expect(!IDIndex().hasBlankIDs)
    }

    @Test("ids that `==` finds equal but are written with other bytes (composed or not, a Kelvin sign) are one id")
    func canonicallyEquivalentIds() {
        let pairs: [(EntityID, EntityID)] = [
            ("caf\u{E9}", "cafe\u{301}"), ("K-1", "\u{212A}-1"), ("R\u{C9}GIME-\u{C5}", "RE\u{301}GIME-\u{212B}"),
            ("a-long-identifier-beyond-fifteen-bytes-\u{E9}", "a-long-identifier-beyond-fifteen-bytes-e\u{301}"),
        ]
        for (written, other) in pairs {
            #expect(written == other)
            for seed in 1...40 as ClosedRange<UInt64> {
                #expect(IDIndex.hash(written, seed: seed &* 0x9E37_79B9) == IDIndex.hash(other, seed: seed &* 0x9E37_79B9), "\(written)")
            }
            let ids = ["ACT-1", other, "ACT-2", written, "ACT-3"]
            let index = IDIndex(count: ids.count) { ids[$0] }
            #expect(index[written] == 1 && index[other] == 1, "\(written): the first of the two")
            #expect(index.count == 4 && !index.idsUnique)
            #expect(!index.isFirst(written, at: 3))
        }
    }

    @Test("an empty index finds nothing")
    func empty() {
        #expect(IDIndex()[""] == nil)
        #expect(IDIndex(count: 0) { _ in "A" }["A"] == nil)
        #expect(IDIndex().count == 0)
        #expect(IDIndex().idsUnique)
    }

    @Test("an id kept in the table is the id given exactly when the strings are equal")
    func sameAsEquality() {
        // Small and large, ASCII and not, the same text held two ways, and texts that differ in
        // bytes but are equal as strings (é as one scalar, and as e with an accent).
        var large = "ACT-1" + String(repeating: "-", count: 64)
        large.removeLast(64) // "ACT-1" in storage of its own
        let texts: [EntityID] = ["ACT-1", large, "ACT-2", "ACT-1 ", "", "r\u{E9}gime", "re\u{301}gime", "régime",
                                 String(repeating: "z", count: 40), String(repeating: "z", count: 39) + "y"]
        for kept in texts {
            for given in texts {
                withUnsafePointer(to: kept) { #expect(IDIndex.same($0, given) == (kept == given)) }
            }
        }
    }

    @Test("ids that differ only in one byte, at every place, are told apart")
    func nearIds() {
        let base = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)
        var ids: [EntityID] = []
        for place in base.indices {
            for length in [place + 1, base.count] {
                var bytes = Array(base.prefix(length))
                bytes[place] ^= 0x20
                ids.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        let index = IDIndex(count: ids.count) { ids[$0] }
        for id in Set(ids) { #expect(index[id] == ids.firstIndex(of: id)) }
    }

    @Test("each kind's ordinal is its place among all kinds, and the kind index looks up through it")
    func kindIndex() throws {
        for (place, kind) in EntityKind.allCases.enumerated() { #expect(kind.casePlace == place) }
        let plan = try LookupTests.editedPlan(seed: 9, count: 60)
        let index = KindIndex(plan)
        for kind in EntityKind.allCases {
            let ids = plan.ids(kind)
            for id in ids + ["NO-SUCH-ID", ""] {
                #expect(index.position(of: id, kind) == ids.firstIndex(of: id))
                #expect(index[kind]?[id] == ids.firstIndex(of: id))
            }
        }
        #expect(KindIndex().position(of: "A", .activity) == nil)
    }
}

extension IDIndexTests {
    @Test("each contingency's and record's place is its place among all")
    func casePlaces() {
        for (place, contingency) in Contingency.allCases.enumerated() { #expect(contingency.casePlace == place) }
        for (place, record) in RecordKind.allCases.enumerated() { #expect(record.casePlace == place) }
    }

    /// The same id held as a small string (its bytes in the string's own two words) and in storage
    /// of its own (a longer string cut down) hashes the same and is found either way: the hash reads
    /// a small string's words as they lie and packs any other's bytes the same way.
    @Test("an id hashes by its bytes, however the string holds them", arguments: [1, 4, 8, 9, 15, 16, 17, 40])
    func sameBytesSameHash(length: Int) {
        for text in [String(repeating: "A", count: length), "é" + String(repeating: "z", count: max(0, length - 2))] {
            let small = text
            var stored = text + String(repeating: "-", count: 64) // in storage of its own...
            stored.removeLast(64) // ...cut back to the same bytes
            #expect(stored == small)
            // Both forms are what the test means them to be (a small string up to 15 bytes).
            func isSmall(_ string: String) -> Bool { (unsafeBitCast(string, to: (UInt64, UInt64).self).1 >> 61) & 0b101 == 0b101 }
            #expect(isSmall(small) == (small.utf8.count <= 15))
            #expect(!isSmall(stored))
            #expect(IDIndex.hash(stored) == IDIndex.hash(small))
            let index = IDIndex(count: 2) { [small, "other"][$0] }
            #expect(index[stored] == 0)
            let other = IDIndex(count: 2) { ["other", stored][$0] }
            #expect(other[small] == 1)
        }
        // Ids differing in one byte, or only in length (a trailing zero byte), hash apart.
        #expect(IDIndex.hash("ACT-1") != IDIndex.hash("ACT-2"))
        #expect(IDIndex.hash("ACT") != IDIndex.hash("ACT\u{0}"))
    }
}
