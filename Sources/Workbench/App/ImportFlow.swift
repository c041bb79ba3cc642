import PlanDomain
import PlanStore

/// Reads a CSV file and checks it against the plan. The workbench reaches files only through
/// this, and the program's importer goes through PlanStore; tests may give their own.
public protocol CSVImporting {
    func preview(_ kind: ImportKind, path: String, plan: Plan) -> ImportOutcome
}

/// What reading a CSV file gave: the report and edit, or why the file could not be read.
public struct ImportOutcome: Equatable {
    public var kind: ImportKind
    public var path: String
    public var result: Result<ImportResult, ImportFailure>

    public init(kind: ImportKind, path: String, result: Result<ImportResult, ImportFailure>) {
        self.kind = kind
        self.path = path
        self.result = result
    }
}

public struct ImportFailure: Error, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// Imports through the plan store's CSV reader.
public struct StoreImporter: CSVImporting {
    public init() {}

    public func preview(_ kind: ImportKind, path: String, plan: Plan) -> ImportOutcome {
        do {
            let text = try CSVImport.read(path: path)
            return ImportOutcome(kind: kind, path: path, result: .success(CSVImport.run(kind, csv: text, into: plan)))
        } catch {
            return ImportOutcome(kind: kind, path: path, result: .failure(ImportFailure("\(error)")))
        }
    }
}

/// The dry-run report shown before an import is applied.
public struct ImportReview: Equatable {
    public var kind: ImportKind
    public var path: String
    public var result: ImportResult
    public var scroll = 0

    /// The report's lines with their roles: the summary, the problems, the changes.
    public var lines: [(String, Role)] {
        [(result.summary + ".", .heading)]
            + result.problems.map { ($0.description, Role.warning) }
            + result.changes.filter { $0.action != .unchanged }.map { ($0.description, Role.dialog) }
    }
}

extension EntityKind {
    /// Whether `i` imports this kind from a CSV file.
    public var isImportable: Bool { ImportKind(self) != nil }
}

extension Reducer {
    /// `i` on the Schemes or Groups tab: ask for the file.
    static func askImport(_ state: inout AppState) -> [Effect] {
        guard case .table(let kind) = state.section, let what = ImportKind(kind) else {
            state.notice = Notice("\(state.keymap.label(.importCSV, in: .editing)) imports a CSV file on the Groups and Schemes tabs of stage \(Stage.stocktake.rawValue).", .warning)
            return []
        }
        state.overlay = .importPath(what, TextInput())
        return []
    }

    static func importPathKey(_ state: inout AppState, _ kind: ImportKind, _ input: TextInput, _ key: Key) -> [Effect] {
        var input = input
        switch state.keymap.command(for: key, in: [.prompt]) {
        case .confirm:
            state.overlay = nil
            let path = input.text.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else {
                state.notice = Notice("No file given; nothing imported.")
                return []
            }
            state.notice = Notice("Reading \(path)…")
            return [.importCSV(kind, path: path)]
        case .cancel:
            state.overlay = nil
            state.notice = Notice("Nothing imported.")
        default:
            editText(&input, key, state.keymap)
            state.overlay = .importPath(kind, input)
        }
        return []
    }

    /// The file was read: show what it would change.
    static func imported(_ state: inout AppState, _ outcome: ImportOutcome) -> [Effect] {
        switch outcome.result {
        case .failure(let failure):
            state.notice = Notice(failure.message, .error)
        case .success(let result):
            if result.isValid && result.edit == nil {
                state.notice = Notice("\(outcome.path): \(result.summary); nothing to change.")
            } else {
                state.notice = nil
                state.overlay = .importReview(ImportReview(kind: outcome.kind, path: outcome.path, result: result))
            }
        }
        return []
    }

    /// y applies a valid import, s the valid rows of one with problems; the edit goes through the
    /// normal commit, so it is saved, journaled and undoable.
    static func importReviewKey(_ state: inout AppState, _ review: ImportReview, _ key: Key) -> [Effect] {
        var review = review
        let keys = state.keymap
        let page = ImportView.reviewRows(layout(state))
        switch keys.command(for: key, in: [.importReview]) {
        case let command? where command == .confirm || command == .importValidRows:
            let skipping = command == .importValidRows
            guard !review.result.isRefused else {
                state.notice = Notice("The file cannot be read as a whole: correct it at the place named; \(keys.label(.cancel, in: .importReview)) closes.", .warning)
                return []
            }
            guard review.result.isValid || skipping else {
                state.notice = Notice("Some rows have problems: \(keys.label(.importValidRows, in: .importReview)) imports the valid rows only, \(keys.label(.cancel, in: .importReview)) imports nothing.", .warning)
                return []
            }
            guard let edit = review.result.edit else {
                state.notice = Notice("No valid row changes anything; nothing imported.", .warning)
                return []
            }
            state.overlay = nil
            let effects = commit(&state, edit)
            if !effects.isEmpty {
                let result = review.result
                let skipped = result.invalidRows.count
                state.notice = Notice("Imported: \(result.inserted) added, \(result.updated) changed"
                    + (skipped > 0 ? ", \(counted(skipped, "row")) skipped" : "") + ". \(keys.label(.undo, in: .editing)) undoes it.")
            }
            return effects
        case .cancel:
            state.overlay = nil
            state.notice = Notice("Nothing imported.")
        case .down: review.scroll += 1
        case .up: review.scroll = max(0, review.scroll - 1)
        case .pageDown: review.scroll += page
        case .pageUp: review.scroll = max(0, review.scroll - page)
        default: break
        }
        if case .importReview = state.overlay { state.overlay = .importReview(review) }
        return []
    }
}
