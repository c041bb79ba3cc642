import ArgumentParser
import Foundation
import PlanDomain
import PlanReports
import PlanStore

/// A date option: YYYY-MM-DD.
private func day(_ text: String?, option: String) throws -> Day? {
    guard let text else { return nil }
    guard let day = Day(iso: text) else { throw ValidationError("\(option) \(text) is not a date (YYYY-MM-DD).") }
    return day
}

/// `socle progress DIR`: every indicator, measure and activity on a day.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Print where every indicator, measure, activity, open recommendation and risk stands on a day.",
        discussion: """
            The day is --as-of, else the plan's reporting cut-off (Monitoring > Settings), else today. Each \
            indicator's latest value due by then is judged against the target for its period (targets step \
            through the year for monthly and quarterly indicators): on track, at risk (short by at most the \
            tolerance) or off track; a value missing after its period and the grace days is overdue. \
            Exits 0, or 2 when the plan cannot be read.
            """)

    @Argument(help: "The plan folder (or a plan.json).", completion: .file()) var dir: String
    @Option(name: .customLong("as-of"), help: "The day to judge progress on (YYYY-MM-DD).") var asOf: String?
    @Flag(help: "Print the report as JSON.") var json = false

    func validate() throws { _ = try day(asOf, option: "--as-of") }

    func run() throws {
        let plan = try Loading.plan(at: dir)
        let date = try day(asOf, option: "--as-of") ?? plan.monitoringDay(today: Open.today())
        let report = ProgressReport(plan: plan, asOf: date)
        if json {
            try Output.json(report)
        } else {
            for line in ProgressText.render(report, plan: plan, numbers: Output.numbers(for: plan)) { Output.line(line) }
        }
    }
}

/// `socle trace DIR`: the thread from gaps to results, and its holes.
struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Print the thread gap -> measure -> activity -> indicator -> evaluation finding, and its holes.",
        discussion: """
            Holes: a gap no measure addresses, a measure with no activity or no indicator, an activity serving \
            no measure or objective, an indicator tracking nothing, a recommendation with no response. Each \
            is also a finding of socle check, at the same place. Exits 0 without holes, 1 with, 2 when the \
            plan cannot be read.
            """)

    @Argument(help: "The plan folder (or a plan.json).", completion: .file()) var dir: String
    @Flag(help: "Print the trace as JSON.") var json = false

    func run() throws {
        let plan = try Loading.plan(at: dir)
        let trace = plan.trace
        if json {
            try Output.json(trace)
        } else {
            for line in TraceText.render(trace, plan: plan) { Output.line(line) }
        }
        if !trace.holes.isEmpty { throw ExitCode(1) }
    }
}

/// `socle calendar DIR`: the reports due, as text, JSON or iCalendar.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Print the reporting calendar (values, reports and evaluations due), or write it as iCalendar.",
        discussion: """
            Generated from each indicator's frequency (values due from who collects to who reports, the period's \
            end plus the grace days), the plan's reporting rules (each report to its audience, its days after the \
            period) and the evaluation plan. --from and --to default to the plan's horizon. With --ics the \
            calendar is written to DIR/exports/reporting-calendar.ics, or to -o FILE (- for standard output); an \
            existing file is replaced only with --force. Exits 0, or 2 when the plan cannot be read or the file \
            written.
            """)

    @Argument(help: "The plan folder (or a plan.json).", completion: .file()) var dir: String
    @Option(help: "The first day (YYYY-MM-DD).") var from: String?
    @Option(help: "The last day (YYYY-MM-DD).") var to: String?
    @Flag(help: "Print the calendar as JSON.") var json = false
    @Flag(help: "Write the calendar as an iCalendar file (RFC 5545).") var ics = false
    @Option(name: [.customShort("o"), .long], help: "The file to write with --ics (- for standard output).",
            completion: .file()) var output: String?
    @Flag(help: "Replace the file if it exists.") var force = false

    func validate() throws {
        _ = try day(from, option: "--from")
        _ = try day(to, option: "--to")
        if output != nil && !ics { throw ValidationError("-o goes with --ics.") }
    }

    func run() throws {
        let plan = try Loading.plan(at: dir)
        let horizon = ReportingCalendar.horizon(of: plan)
        let start = try day(from, option: "--from") ?? horizon?.lowerBound ?? Open.today()
        let end = try day(to, option: "--to") ?? horizon?.upperBound ?? start
        let calendar = ReportingCalendar(plan: plan, from: start, to: end)
        if ics {
            try ExportOutput.write(named: ExportKind.reportingCalendar.fileName, dir: dir, output: output,
                                   replacing: force) {
                ReportingICalendar.data(calendar, plan: plan, stamp: Date())
            }
        } else if json {
            try Output.json(calendar)
        } else {
            for entry in calendar.entries {
                Output.line("\(entry.due.iso)  \(entry.title)  (\(entry.from) -> \(entry.to))")
            }
            Output.line("\(counted(calendar.entries.count, "item")) due from \(start.iso) to \(end.iso).")
        }
    }
}

/// `socle next-cycle DIR NEWDIR`: the next plan, started from this one.
struct NextCycleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next-cycle",
        abstract: "Start the next plan from this one in a new folder: stocktake updated, open items carried over.",
        discussion: """
            The new plan keeps the country, institutions, stocktake, objectives, measures, results chain, \
            indicators and reporting rules. Each indicator's latest value (on --as-of, else the plan's reporting \
            cut-off, else today) becomes its baseline and a figure of the stocktake; unfinished activities, open \
            recommendations (with the findings they rest on) and open risks are carried over; values, execution \
            records and evaluations stay with the old plan, which the new plan's details name. Its years follow \
            the old plan's (or start at --from). NEWDIR must not exist, or be empty. Exits 0, or 2 when a plan \
            cannot be read or written.
            """)

    @Argument(help: "The plan folder to continue (or its plan.json).", completion: .file()) var dir: String
    @Argument(help: "The folder of the next plan (it must not exist, or be empty).", completion: .directory) var newDir: String
    @Option(name: .customLong("as-of"), help: "The day of the latest values to carry (YYYY-MM-DD).") var asOf: String?
    @Option(help: "The first year of the next plan (default: the year after the old plan's last).") var from: Int?

    func validate() throws {
        _ = try day(asOf, option: "--as-of")
        if let from, !PlanYears.isValid(from) { throw ValidationError("--from \(from) is not a plausible year.") }
    }

    func run() throws {
        let plan = try Loading.plan(at: dir)
        if let problem = plan.meta.horizonProblem { throw Failure(description: "socle next-cycle: \(problem)") }
        if let from, from + (plan.meta.lastYear - plan.meta.firstYear) > PlanYears.valid.upperBound {
            throw Failure(description: "socle next-cycle: a plan from \(from) would end after \(PlanYears.valid.upperBound).")
        }
        let date = try day(asOf, option: "--as-of") ?? plan.monitoringDay(today: Open.today())
        let source = URL(fileURLWithPath: dir).standardizedFileURL
        let folder = source.lastPathComponent == "plan.json" ? source.deletingLastPathComponent() : source
        let (next, summary) = plan.nextCycle(asOf: date, firstYear: from,
                                             previousPlan: "\(plan.meta.title) (\(folder.lastPathComponent), values to \(date.iso))")
        let url = URL(fileURLWithPath: newDir)
        do {
            let config = Settings.load().0
            let store = try PlanStore.create(at: url, plan: next, user: config.userName, backupsToKeep: config.backups)
            store.close()
        } catch {
            throw Failure(description: "socle next-cycle: \(error)")
        }
        Output.line("Created \(url.path): \(next.meta.title), \(summary.firstYear)-\(summary.lastYear), base year \(summary.baseYear).")
        Output.line("Stocktake: \(counted(summary.stocktakeIndicatorIds.count, "figure")) from the latest values; "
            + "\(counted(summary.rebasedIndicatorIds.count, "indicator")) rebased.")
        Output.line("Carried over: \(counted(summary.unfinishedActivityIds.count, "unfinished activity")), "
            + "\(counted(summary.openRecommendationIds.count, "open recommendation")), \(counted(summary.openRiskIds.count, "open risk")).")
        if !summary.unfinishedActivityIds.isEmpty {
            Output.line("Unfinished: " + summary.unfinishedActivityIds.joined(separator: " "))
        }
        if !summary.openRecommendationIds.isEmpty {
            Output.line("Open recommendations: " + summary.openRecommendationIds.joined(separator: " "))
        }
    }
}
