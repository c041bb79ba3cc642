import Foundation

/// Numbers for the grapheme clusters of more than one code point that canvases hold, so a ``Cell``
/// stays a plain value: "e" + U+0301 or "👩‍🌾" is stored once, here, and cells carry its number.
///
/// A single code point needs no entry (a cell keeps it as it is). Clusters are told apart by their
/// code points, not by canonical equivalence, so ``Cell/text`` gives back exactly what was put. The
/// table is shared by every canvas and thread; it only grows with clusters never seen before (what
/// a plan's texts contain), and is bounded: past ``capacity`` a new cluster is kept as its first
/// code point alone, which is what terminals are sent for it anyway (see
/// ``DisplayWidth/drawnScalars(of:)``) apart from its combining marks.
enum GraphemeTable {
    /// Set on a cell's glyph when the rest is a cluster's number rather than a code point.
    static let clusterFlag: UInt32 = 0x8000_0000
    /// The glyph of the empty text (a continuation cell).
    static let empty: UInt32 = clusterFlag
    static let capacity = 1 << 16

    private final class Storage: @unchecked Sendable {
        let lock = NSLock()
        var texts: [String] = [""]
        var numbers: [[UInt32]: UInt32] = [[]: 0]
    }

    private static let storage = Storage()

    /// The glyph a cell stores for `text`.
    static func glyph(of text: String) -> UInt32 {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return empty }
        guard scalars.next() != nil else { return first.value }
        let key = text.unicodeScalars.map(\.value)
        let table = storage
        table.lock.lock()
        defer { table.lock.unlock() }
        if let number = table.numbers[key] { return clusterFlag | number }
        guard table.texts.count < capacity else { return first.value }
        let number = UInt32(table.texts.count)
        table.texts.append(text)
        table.numbers[key] = number
        return clusterFlag | number
    }

    /// The text of a glyph.
    static func text(of glyph: UInt32) -> String {
        if glyph & clusterFlag == 0 { return Unicode.Scalar(glyph).map { String($0) } ?? "" }
        let table = storage
        table.lock.lock()
        defer { table.lock.unlock() }
        let number = Int(glyph & ~clusterFlag)
        return number < table.texts.count ? table.texts[number] : ""
    }
}
