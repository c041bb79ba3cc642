import Foundation
import PlanDomain

/// Decodes a plan file without JSONDecoder's map of the whole document.
///
/// JSONDecoder first scans the whole text into a map of every value (about 20 MB for a 12 MB
/// national plan, the largest part of the open's peak memory), then decodes from it. Here one pass
/// over the bytes finds the elements of the plan's large lists (activities, schemes, …); the rest
/// of the document (the "skeleton", with those lists left empty) is decoded as before, and each list
/// is decoded in chunks of a few hundred kilobytes of its elements, by the same JSONDecoder, so only
/// a chunk's map exists at a time.
///
/// Anything unusual (a list that is not a list, a repeated name on the way to one, bytes other than
/// white space and commas between elements, a chunk that does not decode) gives nil, and the caller
/// decodes the whole document the old way, which reports the problem with the same message as
/// always. Every value is decoded by JSONDecoder from the same bytes, so the plan is the same.
enum ChunkedPlanDecoder {
    /// The lists decoded in chunks: the member of the top-level object, the list's name in it.
    /// `fill` appends a chunk's elements to the list (reserving room for `count` on the first).
    private static let lists: [(part: String, list: String, fill: @Sendable (inout Plan, Data, Int) throws -> Void)] = [
        ("actionPlan", "activities", { plan, chunk, count in try append(chunk, to: &plan.actionPlan.activities, count) }),
        ("stocktake", "schemes", { plan, chunk, count in try append(chunk, to: &plan.stocktake.schemes, count) }),
        ("stocktake", "coverage", { plan, chunk, count in try append(chunk, to: &plan.stocktake.coverage, count) }),
        ("monitoring", "actuals", { plan, chunk, count in try append(chunk, to: &plan.monitoring.actuals, count) }),
        ("monitoring", "indicators", { plan, chunk, count in try append(chunk, to: &plan.monitoring.indicators, count) }),
        ("strategy", "scores", { plan, chunk, count in try append(chunk, to: &plan.strategy.scores, count) }),
    ]

    /// Bytes of elements decoded at once.
    static let chunkBytes = 256 * 1024

    private static func append<T: Decodable>(_ chunk: Data, to list: inout [T], _ count: Int) throws {
        if list.isEmpty { list.reserveCapacity(count) }
        list += try JSONDecoder().decode([T].self, from: chunk)
    }

    /// The plan in `data`, or nil when the document should be decoded whole (see the type).
    /// `chunkBytes`: elements decoded at once (at least one), for tests.
    static func decode(_ data: Data, chunkBytes: Int = chunkBytes) -> Plan? {
        data.withUnsafeBytes { raw -> Plan? in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let found = try? ListRanges.find(in: bytes, lists: lists.map { ($0.part, $0.list) }) else { return nil }
            // The skeleton: the document with the found lists' contents left out.
            var skeleton = Data(capacity: bytes.count - found.reduce(0) { $0 + $1.inner.count })
            var next = 0
            for list in found.sorted(by: { $0.inner.lowerBound < $1.inner.lowerBound }) {
                skeleton.append(UnsafeBufferPointer(rebasing: bytes[next..<list.inner.lowerBound]))
                next = list.inner.upperBound
            }
            skeleton.append(UnsafeBufferPointer(rebasing: bytes[next...]))
            guard var plan = try? JSONDecoder().decode(Plan.self, from: skeleton) else { return nil }
            skeleton = Data()
            for list in found {
                guard let fill = lists.first(where: { $0.part == list.part && $0.list == list.list })?.fill else { return nil }
                var start = 0
                while start < list.elements.count {
                    var end = start + 1
                    let first = list.elements[start].lowerBound
                    while end < list.elements.count, list.elements[end].upperBound - first <= chunkBytes { end += 1 }
                    var chunk = Data(capacity: list.elements[end - 1].upperBound - first + 2)
                    chunk.append(UInt8(ascii: "["))
                    chunk.append(UnsafeBufferPointer(rebasing: bytes[first..<list.elements[end - 1].upperBound]))
                    chunk.append(UInt8(ascii: "]"))
                    do { try fill(&plan, chunk, list.elements.count) } catch { return nil }
                    start = end
                }
            }
            return plan
        }
    }
}
