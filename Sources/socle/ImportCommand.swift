import ArgumentParser
import Foundation
import PlanDomain
import PlanStore

/// `socle import schemes|groups DIR FILE.csv`: the scheme inventory or the population groups from
/// a spreadsheet, as one change (undoable in the workbench, recorded in the journal).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import the scheme inventory or the population groups from a CSV file.",
        discussion: """
            The first row names the columns, in any order; columns left out keep their values.
            schemes: \(CSVImport.columns(.schemes).map(\.name).joined(separator: ", "))
            groups: \(CSVImport.columns(.groups).map(\.name).joined(separator: ", "))
            A row updates the item with its id (or, without an id, its exact name) and otherwise adds one. \
            Nothing is applied unless every row is valid, or --skip-invalid is given. A file that is not a \
            table as a whole (a double quote never closed, text after a closing quote, an unknown column) \
            is refused, even with --skip-invalid. Files over 50 MB are refused.
            Exits 0 when applied (or, with --dry-run, when every row is valid), 1 when rows are invalid \
            and nothing was applied, 2 for a usage error or a file or plan that cannot be read or written.
            """)

    @Argument(help: "What the file holds: schemes or groups.", completion: .list(["schemes", "groups"])) var what: String
    @Argument(help: "The plan folder.", completion: .directory) var dir: String
    @Argument(help: "The CSV file (UTF-8, comma- or semicolon-separated).", completion: .file(extensions: ["csv"]))
    var file: String
    @Flag(name: .customLong("dry-run"), help: "Show what would change, and change nothing.") var dryRun = false
    @Flag(name: .customLong("skip-invalid"), help: "Apply the valid rows and report the others.") var skipInvalid = false

    /// What the file holds, as the first argument names it.
    private func kind() throws -> ImportKind {
        guard let kind = ImportKind(rawValue: what) else {
            throw ValidationError("socle import takes schemes or groups, not \(what).")
        }
        return kind
    }

    func validate() throws { _ = try kind() }

    func run() throws {
        let kind = try kind()
        let text: String
        do {
            text = try CSVImport.read(path: file)
        } catch {
            throw Failure(description: "socle import: \(error)")
        }
        if dryRun {
            let result = CSVImport.run(kind, csv: text, into: try Loading.plan(at: dir))
            report(result)
            guard result.isValid else {
                let bad = result.invalidRows.count
                Output.error(result.isRefused ? "Dry run: the file cannot be read as a whole; nothing would be imported."
                    : "Dry run: \(counted(bad, "row")) \(bad == 1 ? "is" : "are") invalid; as it is, nothing would be imported.")
                throw ExitCode(1)
            }
            Output.line("Dry run: nothing was changed.")
            return
        }
        let store: PlanStore
        do {
            let config = Settings.load().0
            let url = URL(fileURLWithPath: dir)
            store = try PlanStore.open(at: url, user: config.userName, author: Authorship.name(for: url),
                                       backupsToKeep: config.backups)
        } catch {
            throw Failure(description: "socle import: \(error)")
        }
        defer { store.close() }
        for note in store.recoveryNotes { Output.error("socle import: \(note)") }
        if case .readOnly(let reason) = store.mode {
            throw Failure(description: "socle import: \(dir) is open read-only: \(reason). Nothing was imported.")
        }
        let result = CSVImport.run(kind, csv: text, into: store.plan)
        report(result)
        if result.isRefused {
            Output.error("Nothing was imported: the file cannot be read as a whole; correct it at the place named above.")
            throw ExitCode(1)
        }
        if !result.isValid && !skipInvalid {
            Output.error("Nothing was imported: fix the rows above, or use --skip-invalid to import the valid ones.")
            throw ExitCode(1)
        }
        guard let edit = result.edit else {
            Output.line("Nothing to change.")
            return
        }
        do {
            try store.save(store.plan.applying(edit), edit: edit)
        } catch {
            throw Failure(description: "socle import: \(error)")
        }
        Output.line("Imported into \(dir).")
    }

    /// The summary and changes on standard output, the problems on standard error.
    private func report(_ result: ImportResult) {
        Output.line(result.summary + ".")
        for change in result.changes where change.action != .unchanged { Output.line("  " + change.description) }
        for problem in result.problems { Output.error("  " + problem.description) }
    }
}
