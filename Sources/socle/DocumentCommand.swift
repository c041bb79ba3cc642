import ArgumentParser
import Foundation
import PlanDomain
import PlanReports
import PlanStore

/// `socle document DIR`: the strategy document (HTML, DOCX, Markdown) or the costing workbook (XLSX).
struct DocumentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "document",
        abstract: "Write the strategy document (HTML, DOCX, Markdown) or the costing workbook (XLSX).",
        discussion: """
            Writes DIR/exports/strategy.html, strategy.docx, strategy.md or costing.xlsx unless -o names \
            another file (- for standard output), and prints where it went. The document follows the \
            plan's stages: front matter, mandate and process, situation analysis, vision and priorities, \
            measures with their costing and financing, action plan, administration, monitoring, evaluation \
            and annexes; the team's own texts come from the plan (the workbench's Document tab), numbers \
            follow the plan's number format. Templates in DIR/templates/*.mustache replace the shipped \
            ones of the same name (--list-templates names them; --template NAME prints one to start from). \
            An existing file is replaced only with --force.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case html, docx, md, xlsx }

    @Argument(help: "The plan folder (or a plan.json).", completion: .file()) var dir: String?
    @Option(help: "html (default), docx, md or xlsx.") var format: Format = .html
    @Option(name: [.customShort("o"), .long], help: "The file to write (- for standard output).", completion: .file()) var output: String?
    @Flag(help: "Replace the file if it exists.") var force = false
    @Option(help: "The date on the title page (YYYY-MM-DD); default today.") var date: String?
    @Flag(help: "List the shipped templates' names.") var listTemplates = false
    @Option(help: "Print the shipped template NAME, to copy into DIR/templates/ and change.") var template: String?

    func validate() throws {
        if let date, Day(iso: date) == nil { throw ValidationError("--date must be a day as YYYY-MM-DD, not \(date).") }
        if dir == nil && !listTemplates && template == nil { throw ValidationError("Missing the plan folder DIR.") }
    }

    func run() throws {
        if listTemplates {
            for name in DocumentTemplates.names { Output.line(name) }
            return
        }
        if let template {
            guard let text = DocumentTemplates.shipped(template) else {
                throw Failure(description: "socle: no template \"\(template)\"; the shipped ones: "
                    + DocumentTemplates.names.joined(separator: ", ") + ".")
            }
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let dir = dir ?? "."
        let plan = try Loading.plan(at: dir)
        let folder = ExportOutput.planFolder(of: dir)
        let day = date.flatMap(Day.init(iso:)) ?? DocumentCommand.today()
        let make = {
            try DocumentFiles.data(plan, format: DocumentFormat(rawValue: format.rawValue)!, date: day,
                                   numbers: Output.numbers(for: plan),
                                   templates: PlanFolder(folder).documentTemplates())
        }
        try ExportOutput.write(named: DocumentFiles.fileName(DocumentFormat(rawValue: format.rawValue)!), dir: dir,
                               output: output, replacing: force, make: make)
    }

    /// Today in the local time zone.
    static func today() -> Day {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(dayNumber: 0)
    }
}

extension DocumentFiles {
    /// The format of one of the workbench's document exports.
    static func format(of kind: ExportKind) -> DocumentFormat {
        switch kind {
        case .strategyDOCX: .docx
        case .strategyMarkdown: .md
        case .costingWorkbook: .xlsx
        default: .html
        }
    }
}
