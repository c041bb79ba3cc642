/// The activity network in arrays, for the passes of the critical path method.
///
/// Activities are numbered by their place in the plan. Each dependency that names an existing
/// activity other than itself becomes an edge from the predecessor to the successor; a reference
/// to a missing activity or to itself is reported by the validator and left out here. Edges are
/// kept twice, grouped by successor (for the forward pass) and by predecessor (for the backward
/// pass), as flat arrays with offsets, so a pass over 10,000 activities touches little memory.
struct ScheduleNetwork {
    struct Edge {
        /// The other end: the predecessor in `incoming`, the successor in `outgoing`.
        var other: Int
        var startToStart: Bool
        var lag: Int
    }

    static let none = Int.min
    /// Durations and lags are held within ±100,000 days (about 270 years), so no sum of them can
    /// overflow, whatever a plan file holds.
    static let limit = 100_000

    let count: Int
    /// Each activity's first index by id (a duplicate id names the first activity with it).
    let index: IDIndex
    /// Calendar days each activity lasts in the schedule (0 for milestones and cancelled ones).
    let durations: [Int]
    /// Day numbers of fixed starts and not-earlier-than dates; `none` where there is none.
    let fixedStarts: [Int]
    let notEarlierThan: [Int]
    /// incoming[incomingStart[i]..<incomingStart[i + 1]]: the predecessors of activity i.
    let incoming: [Edge]
    let incomingStart: [Int]
    /// outgoing[outgoingStart[i]..<outgoingStart[i + 1]]: the successors of activity i.
    let outgoing: [Edge]
    let outgoingStart: [Int]
    /// Whether each activity's every dependency became an edge: it names another activity that
    /// exists (what validation's reference and self-dependency rules would otherwise look up again).
    let linksFound: [Bool]

    /// `index`: the index of the activities' ids, when the caller has it (else built here).
    init(_ activities: [Activity], index given: IDIndex? = nil) {
        count = activities.count
        let index = given.flatMap { $0.entities == activities.count ? $0 : nil }
            ?? activities.withUnsafeBufferPointer { activities in
                IDIndex(count: activities.count) { (activities.baseAddress! + $0).pointee.id }
            }
        self.index = index
        var durations = [Int](repeating: 0, count: count)
        var fixedStarts = [Int](repeating: Self.none, count: count)
        var notEarlierThan = [Int](repeating: Self.none, count: count)

        var incoming: [Edge] = []
        var incomingStart = [0]
        var outgoingCount = [Int](repeating: 0, count: count)
        var linksFound = [Bool](repeating: true, count: count)
        let n = activities.count
        activities.withUnsafeBufferPointer { activities in
            var links = 0
            for i in 0..<n { links += activities[i].dependencies.count }
            incoming.reserveCapacity(links)
            incomingStart.reserveCapacity(n + 1)
            for i in 0..<n {
                // Each field read where it lies: a copy of each activity would retain every text.
                durations[i] = Activity.scheduledDuration(milestone: activities[i].milestone, status: activities[i].status,
                                                          days: activities[i].durationDays)
                if let day = activities[i].start { fixedStarts[i] = day.dayNumber }
                if let day = activities[i].notEarlierThan { notEarlierThan[i] = day.dayNumber }
                for dependency in activities[i].dependencies {
                    guard let p = index[dependency.activityId], p != i else {
                        linksFound[i] = false
                        continue
                    }
                    incoming.append(Edge(other: p, startToStart: dependency.type == .startToStart,
                                         lag: min(max(dependency.lagDays, -Self.limit), Self.limit)))
                    outgoingCount[p] += 1
                }
                incomingStart.append(incoming.count)
            }
        }
        var outgoingStart = [Int](repeating: 0, count: count + 1)
        for i in 0..<count { outgoingStart[i + 1] = outgoingStart[i] + outgoingCount[i] }
        var next = Array(outgoingStart.dropLast())
        var outgoing = [Edge](repeating: Edge(other: 0, startToStart: false, lag: 0), count: incoming.count)
        for s in 0..<count {
            for e in incomingStart[s]..<incomingStart[s + 1] {
                let edge = incoming[e]
                outgoing[next[edge.other]] = Edge(other: s, startToStart: edge.startToStart, lag: edge.lag)
                next[edge.other] += 1
            }
        }
        self.durations = durations
        self.linksFound = linksFound
        self.fixedStarts = fixedStarts
        self.notEarlierThan = notEarlierThan
        self.incoming = incoming
        self.incomingStart = incomingStart
        self.outgoing = outgoing
        self.outgoingStart = outgoingStart
    }

    /// Kahn's algorithm: the activities in an order where every predecessor comes before its
    /// successors, ties in plan order. Activities in a cycle, or after one, are left out.
    func topologicalOrder() -> [Int] {
        var waiting = [Int](repeating: 0, count: count)
        for s in 0..<count { waiting[s] = incomingStart[s + 1] - incomingStart[s] }
        var order: [Int] = []
        order.reserveCapacity(count)
        for i in 0..<count where waiting[i] == 0 { order.append(i) }
        var head = 0
        while head < order.count {
            let p = order[head]
            head += 1
            for e in outgoingStart[p]..<outgoingStart[p + 1] {
                let s = outgoing[e].other
                waiting[s] -= 1
                if waiting[s] == 0 { order.append(s) }
            }
        }
        return order
    }
}

extension Activity {
    /// Whether the activity happens at a point in time rather than over days: a milestone, or an
    /// activity of no duration.
    public var isPointInTime: Bool { milestone || durationDays <= 0 }

    /// The days the schedule gives the activity: its duration, 0 for a milestone (whatever
    /// duration it was given), and 0 for a cancelled activity, which keeps its place in the
    /// network so the links through it still hold, but takes no time.
    /// (Given the fields it reads, which a caller reads in place, without a copy of the activity.)
    static func scheduledDuration(milestone: Bool, status: ActivityStatus, days: Int) -> Int {
        if milestone || status == .cancelled { return 0 }
        return min(max(0, days), ScheduleNetwork.limit)
    }
}
