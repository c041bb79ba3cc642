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

/// A state driven by keys through the reducer, remembering every effect.
struct Driver {
    var state: AppState
    var effects: [Effect] = []

    init(_ plan: Plan, columns: Int = 80, rows: Int = 24, access: Access = .readWrite,
         localeNumbers: NumberConvention = .commaPoint) {
        state = AppState(plan: plan, planName: "kibara", access: access,
                         themeNames: ["default", "light", "projector", "mono"], size: (columns, rows),
                         localeNumbers: localeNumbers)
    }

    /// Presses the keys; every save asked for succeeds, as with a working disk.
    mutating func press(_ script: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for key in keys(script, sourceLocation: sourceLocation) {
            let new = Reducer.reduce(&state, .key(key))
            effects += new
            for effect in new {
                if case .save = effect { effects += Reducer.reduce(&state, .saved) }
            }
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
