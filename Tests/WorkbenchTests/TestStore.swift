import Testing
import PlanDomain
@testable import Workbench

/// An exhaustive test driver modelled on The Composable Architecture's `TestStore`.
///
/// A test sends an action and states how the whole state changes and which effects the reducer
/// returns; the store compares whole ``AppState``s (printing what differs, field by field) and the
/// effects. Effects then run, in order, with `environment`'s services, as in the app; every action
/// they send back must be received with ``receive(_:effects:_:sourceLocation:)`` before the next
/// send, and ``finish(sourceLocation:)`` (or the store going away) fails on any left over.
final class TestStore {
    private(set) var state: AppState
    private let runner: EffectRunner
    /// Effects returned and not carried out yet, the next first.
    private var pending: [Effect] = []
    private let created: SourceLocation

    init(_ state: AppState, environment: AppEnvironment = AppEnvironment(),
         sourceLocation: SourceLocation = #_sourceLocation) {
        self.state = state
        self.runner = EffectRunner(environment)
        self.created = sourceLocation
    }

    deinit { finish(sourceLocation: created) }

    /// Sends `action`; `update` changes a copy of the state before it to what it must be after, and
    /// `effects` are the effects the reducer must return.
    func send(_ action: Action, effects: [Effect] = [], _ update: (inout AppState) throws -> Void = { _ in },
              sourceLocation: SourceLocation = #_sourceLocation) rethrows {
        finish(sourceLocation: sourceLocation)
        try reduce(action, effects: effects, update, sourceLocation: sourceLocation)
    }

    /// Sends one key (a key name as in the key scripts: "Enter", "C-s", "a").
    func press(_ name: String, effects: [Effect] = [], _ update: (inout AppState) throws -> Void = { _ in },
               sourceLocation: SourceLocation = #_sourceLocation) rethrows {
        let pressed = keys(name)
        guard pressed.count == 1 else {
            Issue.record("press takes one key, not \"\(name)\"", sourceLocation: sourceLocation)
            return
        }
        try send(.key(pressed[0]), effects: effects, update, sourceLocation: sourceLocation)
    }

    /// Carries out the pending effects until one sends an action back, which must be `expected`;
    /// then as ``send(_:effects:_:sourceLocation:)``.
    func receive(_ expected: Action, effects: [Effect] = [], _ update: (inout AppState) throws -> Void = { _ in },
                 sourceLocation: SourceLocation = #_sourceLocation) rethrows {
        guard let (effect, action) = nextOutcome() else {
            Issue.record("Expected to receive \(expected), but no effect sent anything back", sourceLocation: sourceLocation)
            return
        }
        if action != expected {
            Issue.record("\(effect) sent back an action other than expected:\n− \(expected)\n+ \(action)",
                         sourceLocation: sourceLocation)
        }
        try reduce(action, effects: effects, update, sourceLocation: sourceLocation)
    }

    /// Carries out the remaining effects; fails on every action they send back (which the test did
    /// not receive).
    func finish(sourceLocation: SourceLocation = #_sourceLocation) {
        while let (effect, action) = nextOutcome() {
            Issue.record("\(effect) sent back \(action), which the test did not receive", sourceLocation: sourceLocation)
            // Reduced all the same, so the state stays what the app would have.
            pending = Reducer.reduce(&state, action) + pending
        }
    }

    private func nextOutcome() -> (Effect, Action)? {
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            if let action = runner.run(effect, on: state) { return (effect, action) }
        }
        return nil
    }

    private func reduce(_ action: Action, effects expectedEffects: [Effect], _ update: (inout AppState) throws -> Void,
                        sourceLocation: SourceLocation) rethrows {
        var expected = state
        try update(&expected)
        let effects = Reducer.reduce(&state, action)
        if state != expected {
            let diff = StateDiff.lines(expected, state).joined(separator: "\n")
            Issue.record("The state after \(action) is not as expected (− expected, + actual):\n\(diff)",
                         sourceLocation: sourceLocation)
        }
        if effects != expectedEffects {
            Issue.record("\(action) returned other effects than expected:\n− \(expectedEffects)\n+ \(effects)",
                         sourceLocation: sourceLocation)
        }
        pending = effects + pending
    }
}

/// What differs between two values, property by property: each differing property's name, then the
/// lines of its dump that differ (− the first value, + the second), with a line either side.
enum StateDiff {
    /// Properties left out: caches that hold what the rest gives.
    static let ignored: Set<String> = ["rowCache", "panelCache"]

    static func lines<T>(_ a: T, _ b: T) -> [String] {
        let left = Mirror(reflecting: a).children, right = Mirror(reflecting: b).children
        var result: [String] = []
        for (l, r) in zip(left, right) {
            let name = l.label ?? "?"
            guard !ignored.contains(name) else { continue }
            let x = dumped(l.value), y = dumped(r.value)
            guard x != y else { continue }
            result.append("\(name):")
            result += difference(x, y).map { "  " + $0 }
        }
        return result.isEmpty ? ["(no property differs in its dump; a custom == tells them apart)"] : result
    }

    private static func dumped(_ value: Any) -> [String] {
        var text = ""
        dump(value, to: &text)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The lines between the common start and the common end, at most `limit` of each side.
    static func difference(_ x: [String], _ y: [String], limit: Int = 24) -> [String] {
        var start = 0
        while start < x.count, start < y.count, x[start] == y[start] { start += 1 }
        var endX = x.count, endY = y.count
        while endX > start, endY > start, x[endX - 1] == y[endY - 1] { endX -= 1; endY -= 1 }
        var out: [String] = []
        if start > 0 { out.append("  " + x[start - 1]) }
        out += x[start..<endX].prefix(limit).map { "− " + $0 }
        if endX - start > limit { out.append("− … \(endX - start - limit) more") }
        out += y[start..<endY].prefix(limit).map { "+ " + $0 }
        if endY - start > limit { out.append("+ … \(endY - start - limit) more") }
        if endX < x.count { out.append("  " + x[endX]) }
        return out
    }
}
