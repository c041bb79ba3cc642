import Foundation
import Testing
import PlanDomain
@testable import Workbench

/// The bundled example plan.
func examplePlan() throws -> Plan {
    let url = packageRoot().appendingPathComponent("examples/kibara/plan.json")
    return try JSONDecoder().decode(Plan.self, from: Data(contentsOf: url))
}

func packageRoot() -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

/// Keys from a compact script: words are key names ("Enter", "Tab", "C-r", "j"), and text in
/// quotes is typed character by character: `2 l "Child" Enter`. A word that names no key ("jj",
/// "Entr") fails the test, naming the word, rather than sending its first letter.
func keys(_ script: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Key] {
    var result: [Key] = []
    var rest = Substring(script)
    while let first = rest.first {
        if first == " " { rest = rest.dropFirst(); continue }
        if first == "\"" {
            let body = rest.dropFirst()
            let end = body.firstIndex(of: "\"") ?? body.endIndex
            result += body[..<end].map { Key.char($0) }
            rest = end < body.endIndex ? body[body.index(after: end)...] : ""
            continue
        }
        let end = rest.firstIndex(of: " ") ?? rest.endIndex
        let word = String(rest[..<end])
        rest = rest[end...]
        guard let key = Key(name: word) else {
            Issue.record("Key script \"\(script)\": \"\(word)\" is not a key name (one key a word: \"j j\", not \"jj\"; text to type goes in quotes)",
                         sourceLocation: sourceLocation)
            continue
        }
        result.append(key)
    }
    return result
}

/// A state driven by keys through the reducer, its effects carried out as the app does (by an
/// ``EffectRunner``) with `environment`'s services, remembering every effect. For tests that state
/// every change and every effect, see ``TestStore``.
struct Driver {
    var state: AppState
    var effects: [Effect] = []
    let runner: EffectRunner

    /// By default every save succeeds, as with a working disk, and imports read real files.
    init(_ plan: Plan, columns: Int = 80, rows: Int = 24, access: Access = .readWrite,
         localeNumbers: NumberConvention = .commaPoint, environment: AppEnvironment = AppEnvironment()) {
        runner = EffectRunner(environment)
        state = AppState(plan: plan, planName: "kibara", access: access,
                         themeNames: ["default", "light", "projector", "mono"], size: TerminalSize(columns: columns, rows: rows),
                         localeNumbers: localeNumbers)
    }

    /// Presses the keys of a key script, in which `{Title}` names a tab of the current stage: the
    /// driver presses → or ← until that tab shows (`"2 {Measures} Enter"`), so a test names where it
    /// goes rather than counting presses.
    mutating func press(_ script: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var rest = Substring(script)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            for key in keys(String(rest[..<open]), sourceLocation: sourceLocation) { send(.key(key)) }
            go(toTab: String(rest[rest.index(after: open)..<close]), sourceLocation: sourceLocation)
            rest = rest[rest.index(after: close)...]
        }
        for key in keys(String(rest), sourceLocation: sourceLocation) { send(.key(key)) }
    }

    /// Presses → or ← until the tab titled `title` of the current stage shows.
    mutating func go(toTab title: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let tabs = Section.tabs(of: state.stage)
        guard let index = tabs.firstIndex(where: { $0.title == title }) else {
            Issue.record("Stage \(state.stage.rawValue) has no tab \"\(title)\"; it has \(tabs.map(\.title))",
                         sourceLocation: sourceLocation)
            return
        }
        if state.focus == .rail { send(.key(.right)) }
        while state.tab < index { send(.key(.right)) }
        while state.tab > index { send(.key(.left)) }
    }

    /// Opens the tab titled `tab` of `stage`, as a user reaches it (the stage's key, then → or ←).
    mutating func open(stage: Stage, tab: String, sourceLocation: SourceLocation = #_sourceLocation) {
        press("\(stage.rawValue)")
        go(toTab: tab, sourceLocation: sourceLocation)
    }

    /// `action` through the reducer, then its effects, each one's outcome sent back first.
    mutating func send(_ action: Action) {
        let new = Reducer.reduce(&state, action)
        effects += new
        for effect in new {
            if let outcome = runner.run(effect, on: state) { send(outcome) }
        }
    }

    var screen: String { Screen.render(state).canvas.text }

    var form: FormState? {
        if case .form(let form) = state.overlay { return form }
        return nil
    }
}

/// Records saves instead of writing files.
final class RecordingSaver: PlanSaving {
    var saved: [(Plan, Edit)] = []
    var failNext: String?
    /// An error the next save throws (a lost lock).
    var failWith: Error?

    func save(_ plan: Plan, edit: Edit) throws {
        if let error = failWith {
            failWith = nil
            throw error
        }
        if let reason = failNext {
            failNext = nil
            throw SaveRefused(reason: reason)
        }
        saved.append((plan, edit))
    }

    struct SaveRefused: Error, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }
}

extension Driver {
    /// Goes to the tab showing `section`, by name rather than by counting key presses.
    mutating func show(_ section: Section) {
        for stage in Stage.allCases {
            if let index = Section.tabs(of: stage).firstIndex(of: section) {
                press("\(stage.rawValue)")
                state.tab = index
                state.focus = .panel
                return
            }
        }
        Issue.record("No tab shows \(section)")
    }

    func snapshot(theme: String = "projector") throws -> String {
        Golden.snapshot(Screen.render(state).canvas, theme: try shippedTheme(theme), depth: .indexed256)
    }
}

extension AppState {
    /// Shows the tab of `section` (its stage, that tab, the focus on the panel), as a user reaches it.
    mutating func open(_ section: Section) {
        guard let stage = Stage.allCases.first(where: { Section.tabs(of: $0).contains(section) }) else {
            Issue.record("No tab shows \(section)")
            return
        }
        self.stage = stage
        tab = Section.tabs(of: stage).firstIndex(of: section)!
        focus = .panel
    }

    /// Shows the tab named `title` of `stage` ("Measures" of the strategy).
    mutating func open(stage: Stage, tab title: String) {
        guard let section = Section.tabs(of: stage).first(where: { $0.title == title }) else {
            Issue.record("Stage \(stage) has no tab \"\(title)\"; it has \(Section.tabs(of: stage).map(\.title))")
            return
        }
        self.stage = stage
        tab = Section.tabs(of: stage).firstIndex(of: section)!
        focus = .panel
    }
}
