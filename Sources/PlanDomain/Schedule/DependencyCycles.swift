/// Activities that wait on one another, so that none of them can ever start.
public struct DependencyCycle: Equatable, Sendable {
    /// Every activity in the cycle, in plan order.
    public var activityIds: [EntityID]
    /// When the activities form one simple loop: the loop in the order the work would flow,
    /// starting and ending with the first of them in plan order ("ACT-1", "ACT-3", "ACT-2", "ACT-1").
    /// Nil when the cycle is a tangle of several loops.
    public var loop: [EntityID]?
}

extension ScheduleNetwork {
    /// The cycles among `candidates` (the activities Kahn's algorithm could not order): the
    /// strongly connected components of two or more activities, found with Tarjan's algorithm
    /// (iterative, so a long chain cannot overflow the stack). The other candidates come after a
    /// cycle without being in one.
    func cycles(among candidates: [Int]) -> [[Int]] {
        var inSet = [Bool](repeating: false, count: count)
        for c in candidates { inSet[c] = true }
        var order = [Int](repeating: -1, count: count)
        var low = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var next = 0
        var components: [[Int]] = []
        // Each frame: the node and the position of the next outgoing edge to look at.
        var frames: [(node: Int, edge: Int)] = []

        for root in candidates where order[root] < 0 {
            frames.append((root, outgoingStart[root]))
            order[root] = next; low[root] = next; next += 1
            stack.append(root); onStack[root] = true
            while let frame = frames.last {
                let v = frame.node
                if frame.edge < outgoingStart[v + 1] {
                    frames[frames.count - 1].edge += 1
                    let w = outgoing[frame.edge].other
                    guard inSet[w] else { continue }
                    if order[w] < 0 {
                        order[w] = next; low[w] = next; next += 1
                        stack.append(w); onStack[w] = true
                        frames.append((w, outgoingStart[w]))
                    } else if onStack[w] {
                        low[v] = min(low[v], order[w])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last?.node { low[parent] = min(low[parent], low[v]) }
                guard low[v] == order[v] else { continue }
                var component: [Int] = []
                while let w = stack.popLast() {
                    onStack[w] = false
                    component.append(w)
                    if w == v { break }
                }
                if component.count > 1 { components.append(component.sorted()) }
            }
        }
        return components.sorted { $0[0] < $1[0] }
    }

    /// The component as one loop in the order work flows, when each member has exactly one
    /// successor inside it; nil otherwise.
    func loop(_ component: [Int]) -> [Int]? {
        let members = Set(component)
        var successor: [Int: Int] = [:]
        for v in component {
            let inside = (outgoingStart[v]..<outgoingStart[v + 1]).map { outgoing[$0].other }.filter(members.contains)
            guard Set(inside).count == 1 else { return nil }
            successor[v] = inside[0]
        }
        var path = [component[0]]
        while let s = successor[path.last!], s != component[0] {
            guard path.count <= component.count else { return nil }
            path.append(s)
        }
        return path.count == component.count ? path + [component[0]] : nil
    }
}
