import ArgumentParser
import Foundation
import PlanDomain
import PlanStore

/// `socle export DIR --format csv|ics`: the action plan as a spreadsheet file or a calendar.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the action plan as CSV (activities, schedule, budget) or as an iCalendar file.",
        discussion: """
            Writes DIR/exports/activities.csv, schedule.csv, budget.csv or action-plan.ics unless -o \
            names another file (- for standard output), and prints where it went. An existing file is \
            replaced only with --force (a link is followed and the file it points to replaced); the plan \
            folder's own files (plan.json, journal.jsonl, .lock, backups/, .gitignore) never are. The file \
            is written atomically: a reader sees the old file or the new one, never a part.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, ics }
    enum What: String, ExpressibleByArgument, CaseIterable { case activities, schedule, budget }

    @Argument(help: "The plan folder (or a plan.json).", completion: .file()) var dir: String
    @Option(help: "csv or ics.") var format: Format
    @Option(help: "For CSV: activities, schedule or budget.") var what: What = .activities
    @Option(name: [.customShort("o"), .long], help: "The file to write (- for standard output).", completion: .file()) var output: String?
    @Flag(help: "Replace the file if it exists.") var force = false

    func run() throws {
        let plan = try Loading.plan(at: dir)
        let kind: ExportKind = switch (format, what) {
        case (.ics, _): .calendar
        case (.csv, .activities): .activities
        case (.csv, .schedule): .schedule
        case (.csv, .budget): .budget
        }
        let stamp = Date()
        try ExportOutput.write(named: kind.fileName, dir: dir, output: output, replacing: force) {
            try kind.data(plan, stamp: stamp)
        }
    }
}
