import Foundation

/// What lets validation tell whether a document is still the version an approval step approved
/// without hashing the whole document after every edit (a national action plan is 3.8 MB of
/// canonical content: 35 ms to write and hash): the last content of each document hashed, and
/// for the action plan also the last content found to be a version approved (docs/DECISIONS.md).
///
/// - The strategy and the costing: their content's values with its digest; the same values again
///   (the same texts and lists, see `FieldBytes`) have the same digest, else it is taken again.
/// - The action plan: its text in pieces (`ActionPlanText`); a new version writes again only the
///   activities changed. Asked whether it is still the version `fingerprint`, when the content
///   last found to be that version is kept, the answer is whether the two contents are the same
///   bytes (O(size of the edit)), no hash: different contents do not share a fingerprint (but by a
///   SHA-256 collision on 48 bits). Otherwise, or for its digest, the content is hashed from the
///   first activity that differs from the last one hashed (the SHA-256 state before each is kept).
///
/// One for the process (`shared`), holding one plan's documents: about 5 MB for a national plan
/// (the bytes of each activity, and a 104-byte hash state per activity), filled only when a step
/// approved a document. Thread-safe by checking out: a caller takes the memo's contents while it
/// works and puts back its own; one working at the same time finds it empty and works from scratch.
/// What it holds never changes an answer, only how long it takes.
final class VersionMemo: @unchecked Sendable {
    static let shared = VersionMemo()

    struct Contents {
        var strategy: (content: StrategyContent, digest: String)?
        var costing: (content: CostingContent, digest: String)?
        /// The action plan's text last written (hashed or not) and last hashed.
        var actionPlan: ActionPlanText?
        var hashed: ActionPlanText?
        /// The action plan's text last found to be a version an approval step recorded.
        var approved: ActionPlanText?
        /// How many bytes of the action plan's content were hashed (for the tests).
        var bytesHashed = 0
    }

    private let lock = NSLock()
    private var contents = Contents()
    private static let strategyFields = FieldBytes.of(StrategyContent.self)
    private static let costingFields = FieldBytes.of(CostingContent.self)

    private func checkOut() -> Contents {
        lock.withLock {
            defer { contents = Contents() }
            return contents
        }
    }

    private func checkIn(_ contents: Contents) { lock.withLock { self.contents = contents } }

    /// What the memo holds (for the tests).
    var held: Contents { lock.withLock { contents } }

    /// The digest (64 hexadecimal digits) of `document`'s canonical content in `plan`.
    func digest(of document: PlanDocument, in plan: Plan) -> String {
        var memo = checkOut()
        defer { checkIn(memo) }
        return Self.digest(of: document, in: plan, &memo)
    }

    /// Whether `document` in `plan` is the version whose fingerprint is `fingerprint` (lowercase).
    func holds(_ document: PlanDocument, version fingerprint: String, in plan: Plan) -> Bool {
        var memo = checkOut()
        defer { checkIn(memo) }
        guard document == .actionPlan, let text = Self.text(of: plan, &memo) else {
            return Self.short(Self.digest(of: document, in: plan, &memo)) == fingerprint
        }
        if let approved = memo.approved, approved.digest.map(Self.short) == fingerprint {
            return text.sameContent(as: approved)
        }
        let holds = Self.short(Self.hashed(text, &memo)) == fingerprint
        if holds { memo.approved = memo.hashed }
        return holds
    }

    /// The action plan's canonical content.
    func actionPlanContent(in plan: Plan) -> [UInt8]? {
        var memo = checkOut()
        defer { checkIn(memo) }
        return Self.text(of: plan, &memo)?.bytes
    }

    private static func digest(of document: PlanDocument, in plan: Plan, _ memo: inout Contents) -> String {
        switch document {
        case .strategy:
            return digest(of: StrategyContent(plan), known: &memo.strategy, strategyFields) { plan.canonicalContent(of: .strategy) }
        case .costing:
            return digest(of: CostingContent(plan), known: &memo.costing, costingFields) { plan.canonicalContent(of: .costing) }
        case .actionPlan:
            guard let text = text(of: plan, &memo) else {
                return SHA256.hex(Array(plan.foundationCanonicalContent(of: .actionPlan)))
            }
            return hashed(text, &memo)
        }
    }

    /// The digest of a document's `content`: the one `known` when it is the same values, else taken.
    private static func digest<Content>(of content: Content, known: inout (content: Content, digest: String)?,
                                        _ fields: FieldBytes, _ bytes: () -> Data) -> String {
        if let known, same(known.content, content, fields) { return known.digest }
        let digest = SHA256.hex(Array(bytes()))
        known = (content, digest)
        return digest
    }

    /// The action plan's text, from the one last written.
    private static func text(of plan: Plan, _ memo: inout Contents) -> ActionPlanText? {
        let text = ActionPlanText(plan.actionPlan, reusing: memo.actionPlan)
        memo.actionPlan = text
        return text
    }

    /// The digest of `text`: that of the approved text or of the last hashed when it is the same
    /// content, else hashed from the first piece that differs from the last hashed.
    private static func hashed(_ text: ActionPlanText, _ memo: inout Contents) -> String {
        var text = text
        if let approved = memo.approved, text.sameContent(as: approved) {
            text.takeDigest(of: approved)
        } else {
            text.hash(resuming: memo.hashed ?? memo.approved)
        }
        memo.actionPlan = text
        memo.hashed = text
        memo.bytesHashed += text.bytesHashed
        return text.digest!
    }

    /// A digest's first digits, as a fingerprint records them.
    private static func short(_ digest: String) -> String { String(digest.prefix(Plan.fingerprintDigits)) }

    private static func same<T>(_ a: T, _ b: T, _ fields: FieldBytes) -> Bool {
        withUnsafeBytes(of: a) { a in withUnsafeBytes(of: b) { b in fields.same(a.baseAddress!, b.baseAddress!) } }
    }
}
