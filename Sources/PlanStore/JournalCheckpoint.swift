import Foundation

/// A line of `journal.jsonl` that is not an edit: plan.json was rewritten (in the background, or
/// on quit) to hold every edit whose line ends at or before byte `through` of the journal, and the
/// new plan.json has the fingerprint `plan`.
///
/// Edits saved with `PlanStore.commit` are committed by their journal line alone (marked
/// `deferred`); the checkpoint tells the next open which of them plan.json already holds, so that
/// it replays the others (see `PlanStore.recover`). The line is flushed before plan.json is
/// replaced: a checkpoint whose fingerprint is not plan.json's is one whose rename never landed.
struct JournalCheckpoint: Codable, Equatable, Sendable {
    var time: Date
    /// The fingerprint of the plan.json written (see `PlanFingerprint`).
    var checkpoint: String
    /// The journal's size when that plan was taken: the lines before it are in plan.json.
    var through: Int64

    init(time: Date, plan: String, through: Int64) {
        self.time = Date(timeIntervalSince1970: time.timeIntervalSince1970.rounded(.down))
        self.checkpoint = plan
        self.through = through
    }

    func line() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var data = try encoder.encode(self)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// The checkpoint a journal line holds, or nil when it holds something else.
    static func decode(_ line: Data) -> JournalCheckpoint? {
        guard line.count < 512 else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(JournalCheckpoint.self, from: line)
    }
}
