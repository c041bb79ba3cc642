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
}
