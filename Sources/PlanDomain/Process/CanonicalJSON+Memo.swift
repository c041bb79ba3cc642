import Foundation

extension CanonicalJSON {
    /// The canonical bytes of the action plan's activities as last written, with the activities they
    /// were written from: after an edit only the activities that changed are written again, not the
    /// 10,000 of a national plan (each analysis after an edit checks the approved versions again).
    /// It holds the last document's activities (their texts are the plan's own buffers while the plan
    /// is unchanged) and its bytes (3.8 MB for a national action plan) until the next document; it is
    /// filled only when an approval step approved the action plan.
    final class ActivityMemo: @unchecked Sendable {
        struct Entry {
            var activity: Activity
            var bytes: [UInt8]
        }
        static let shared = ActivityMemo()
        private static let fields = FieldBytes.of(Activity.self)
        private let lock = NSLock()
        private var entries: [EntityID: Entry] = [:]

        /// The entries, taken out (a second writer at the same time starts from none).
        func checkOut() -> [EntityID: Entry] {
            lock.withLock {
                defer { entries = [:] }
                return entries
            }
        }

        /// How many activities the last document written took from the memo (for the tests).
        private(set) var lastReused = 0

        /// The entries of the document just written, for the next.
        func checkIn(_ entries: [EntityID: Entry], reused: Int) {
            lock.withLock {
                self.entries = entries
                lastReused = reused
            }
        }

        /// The very same value: every field byte alike, so each text and list is the same buffer (held
        /// here, so never changed in place) and each number the same. Not `==`: two texts Swift calls
        /// equal ("é" composed or not) differ in their bytes, and the fingerprint is of bytes.
        static func identical(_ a: Activity, _ b: Activity) -> Bool {
            withUnsafeBytes(of: a) { a in
                withUnsafeBytes(of: b) { b in fields.same(a.baseAddress!, b.baseAddress!) }
            }
        }
    }
}
