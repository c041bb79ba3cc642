/// The action plan's canonical content (`Plan.canonicalContent(of: .actionPlan)`) kept in pieces:
/// the bytes before the first activity (`head`), each activity's bytes, the bytes after the last
/// (`tail`); the content is `head`, the pieces joined by ",", then `tail`. Built from the text of the
/// plan before an edit, an edit writes again only the activities it changed, and two texts compare
/// piece by piece (a piece the two share compares at once). Hashed, it keeps the SHA-256 state
/// before each piece, so the next text is hashed only from its first piece that differs.
struct ActionPlanText: Sendable {
    /// The action plan written: it holds the texts and lists of its activities, so an activity that
    /// is the same value bit for bit (`identical`) is the same one, and has the same bytes.
    let plan: ActionPlan
    let head: [UInt8]
    let tail: [UInt8]
    let pieces: [[UInt8]]
    /// The hash state before each piece (its separator fed), and the full digest (64 hexadecimal
    /// digits): empty and nil until hashed.
    private(set) var states: [SHA256.State] = []
    private(set) var digest: String?
    /// How many bytes the hash that gave `digest` fed (the content's size when hashed from the start).
    private(set) var bytesHashed = 0

    private static let fields = FieldBytes.of(Activity.self)
    private static let planFields = FieldBytes.of(ActionPlan.self)

    /// The text of `plan`, taking from `known` (the text of an earlier version) the pieces of the
    /// activities that are the very same values, and its head and tail when the rest of the action
    /// plan is. Nil when the plan holds a value only the reference path writes.
    init?(_ plan: ActionPlan, reusing known: ActionPlanText? = nil) {
        if let known, Self.sameArray(plan.activities, known.plan.activities), Self.sameRest(plan, known.plan) {
            self = known
            return
        }
        var rest = plan
        rest.activities = []
        if let known, !plan.activities.isEmpty, !known.plan.activities.isEmpty, Self.sameRest(plan, known.plan) {
            (head, tail) = (known.head, known.tail)
        } else if let (head, tail) = Self.headAndTail(rest, empty: plan.activities.isEmpty) {
            (self.head, self.tail) = (head, tail)
        } else {
            return nil
        }
        guard let pieces = Self.pieces(plan.activities, reusing: known) else { return nil }
        self.plan = plan
        self.pieces = pieces
    }

    /// The content, whole.
    var bytes: [UInt8] {
        var bytes = head
        bytes.reserveCapacity(head.count + tail.count + pieces.reduce(pieces.count) { $0 + $1.count })
        for (index, piece) in pieces.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: piece)
        }
        bytes.append(contentsOf: tail)
        return bytes
    }

    /// Whether the two contents are the same bytes. Piece by piece: each piece is one JSON value
    /// and the rest is the same, so two texts that differ in a piece differ in their bytes.
    func sameContent(as other: ActionPlanText) -> Bool {
        head == other.head && tail == other.tail && pieces == other.pieces
    }

    /// Takes the digest (and states) of `other`, a text found to be the same content.
    mutating func takeDigest(of other: ActionPlanText) {
        (states, digest, bytesHashed) = (other.states, other.digest, 0)
    }

    /// Hashes the content, from the state `base` (a hashed text) had before its first piece that
    /// differs from this one's (from the start when their heads differ).
    mutating func hash(resuming base: ActionPlanText?) {
        var state = SHA256.State()
        var states = [SHA256.State]()
        states.reserveCapacity(pieces.count)
        var from = 0
        if let base, base.digest != nil, base.head == head {
            var same = 0
            while same < min(pieces.count, base.pieces.count) && pieces[same] == base.pieces[same] { same += 1 }
            if same == pieces.count && same == base.pieces.count && base.tail == tail {
                takeDigest(of: base)
                return
            }
            // The state before the first piece that differs, or before this text's last piece.
            let resume = min(same, pieces.count - 1, base.states.count - 1)
            if resume >= 0 {
                states.append(contentsOf: base.states[...resume])
                state = base.states[resume]
                from = resume
            }
        }
        let resumedAt = state.length
        if states.isEmpty { state.feed(head) }
        let comma: [UInt8] = [UInt8(ascii: ",")]
        for index in from..<pieces.count {
            if states.count == index {
                if index > 0 { state.feed(comma) }
                states.append(state)
            }
            state.feed(pieces[index])
        }
        state.feed(tail)
        self.states = states
        digest = state.hex()
        bytesHashed = state.length - resumedAt
    }

    /// Whether `a[i]` and `b[j]` are the same value, bit for bit (see `FieldBytes`): the same texts
    /// and lists, so the same bytes. Not `==`: two texts Swift calls equal ("é" composed or not)
    /// differ in their bytes. Read where they lie (a copy would retain each text).
    @inline(__always)
    static func identical(_ a: [Activity], _ i: Int, _ b: [Activity], _ j: Int) -> Bool {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in fields.same(a.baseAddress! + i, b.baseAddress! + j) } }
    }

    /// The same list storage (so the same activities).
    private static func sameArray(_ a: [Activity], _ b: [Activity]) -> Bool {
        withUnsafeBytes(of: a) { a in withUnsafeBytes(of: b) { b in a.elementsEqual(b) } }
    }

    /// Everything of the action plan but its activities the same values.
    private static func sameRest(_ a: ActionPlan, _ b: ActionPlan) -> Bool {
        var (a, b) = (a, b)
        (a.activities, b.activities) = ([], [])
        return withUnsafeBytes(of: a) { a in withUnsafeBytes(of: b) { b in planFields.same(a.baseAddress!, b.baseAddress!) } }
    }

    /// What comes before and after the activities: the action plan written with one stand-in
    /// activity, cut around it (an object's bytes appear nowhere else: inside a text its quotes are
    /// escaped). An action plan without activities is all head (its list is left out).
    private static func headAndTail(_ rest: ActionPlan, empty: Bool) -> ([UInt8], [UInt8])? {
        if empty { return CanonicalJSON.bytes(of: rest).map { ($0, []) } }
        var stand = rest
        stand.activities = [Activity(id: "socle.stand-in.activity")]
        guard let whole = CanonicalJSON.bytes(of: stand), let piece = CanonicalJSON.bytes(of: stand.activities[0]),
              piece.count <= whole.count,
              let at = (0...(whole.count - piece.count)).first(where: { whole[$0..<($0 + piece.count)].elementsEqual(piece) })
        else { return nil }
        return (Array(whole[..<at]), Array(whole[(at + piece.count)...]))
    }

    /// Each activity's bytes: the pieces of `known` for the activities at the start and the end
    /// that are the same values (after an edit in place, an insertion or a removal), found by id in
    /// between (after a move), written for the others.
    private static func pieces(_ activities: [Activity], reusing known: ActionPlanText?) -> [[UInt8]]? {
        let old = known?.plan.activities ?? []
        let oldPieces = known?.pieces ?? []
        let shared = min(activities.count, old.count)
        var start = 0
        while start < shared && identical(activities, start, old, start) { start += 1 }
        var end = 0
        while end < shared - start && identical(activities, activities.count - 1 - end, old, old.count - 1 - end) { end += 1 }
        var pieces = Array(oldPieces[..<start])
        pieces.reserveCapacity(activities.count)
        var byId: [EntityID: Int]?
        for position in start..<(activities.count - end) {
            if byId == nil && old.count - end > start {
                byId = Dictionary((start..<(old.count - end)).map { (old[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
            }
            if let was = byId?[activities[position].id], identical(activities, position, old, was) {
                pieces.append(oldPieces[was])
            } else if let written = CanonicalJSON.bytes(of: activities[position]) {
                pieces.append(written)
            } else {
                return nil
            }
        }
        pieces.append(contentsOf: oldPieces[(old.count - end)...])
        return pieces
    }
}
