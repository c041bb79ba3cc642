import ArgumentParser
import Foundation
import PlanDomain
import Workbench

/// `socle schedule DIR`: the critical-path schedule of the action plan.
struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Print the action plan's schedule: early and late dates, total float, the critical path.",
        discussion: """
            Dates are calendar days: an activity of d days starting on day s finishes at the end of \
            day s + d - 1; a milestone starts and finishes on its day. Exits 1 when a dependency cycle \
            leaves activities without dates (listed on standard error).
            """)

    @Argument(help: "The plan folder (or a plan.json).", completion: .file()) var dir: String
    @Flag(help: "Print the schedule as JSON.") var json = false
    @Option(parsing: .unconditional, help: "Width of the text table, 40 to 1000 (default: the terminal's, or 100).") var width: Int?

    func validate() throws {
        try Output.validate(width: width)
    }

    struct Row: Encodable {
        var id: String
        var name: String
        var earlyStart: String
        var earlyFinish: String
        var lateStart: String
        var lateFinish: String
        var totalFloat: Int
        var critical: Bool
    }

    struct Report: Encodable {
        var activities: [Row]
        var finish: String?
    }

    func run() throws {
        let plan = try Loading.plan(at: dir)
        let schedule = plan.schedule()
        let rows = schedule.activities.map { entry in
            Row(id: entry.id, name: plan.actionPlan.activities[entry.index].name,
                earlyStart: entry.earlyStart.iso, earlyFinish: entry.earlyFinish.iso,
                lateStart: entry.lateStart.iso, lateFinish: entry.lateFinish.iso,
                totalFloat: entry.totalFloat, critical: entry.critical)
        }
        if json {
            try Output.json(Report(activities: rows, finish: schedule.finish?.iso))
        } else {
            let columns = Output.width(width)
            for line in table(rows, width: max(70, columns)) { Output.line(line) }
            Output.line("Finish: \(schedule.finish?.iso ?? "none")"
                + " · \(rows.filter(\.critical).count) of \(counted(rows.count, "activity")) critical")
        }
        for cycle in schedule.cycles {
            Output.error("socle: dependency cycle: " + (cycle.loop ?? cycle.activityIds).joined(separator: " → "))
        }
        if !schedule.blocked.isEmpty {
            Output.error("socle: no dates, after a cycle: " + schedule.blocked.joined(separator: ", "))
        }
        if !schedule.cycles.isEmpty { throw ExitCode(1) }
    }

    private func table(_ rows: [Row], width: Int) -> [String] {
        let idWidth = max(2, rows.map { DisplayWidth.of($0.id) }.max() ?? 2)
        // id, name, four dates (10 each), float (5), critical (8), with two spaces between.
        let nameWidth = max(10, width - idWidth - 4 * 12 - 7 - 10 - 2)
        func line(_ cells: [String]) -> String {
            [DisplayWidth.pad(cells[0], to: idWidth), DisplayWidth.pad(cells[1], to: nameWidth),
             cells[2], cells[3], cells[4], cells[5],
             DisplayWidth.pad(cells[6], to: 5, alignment: .right), cells[7]].joined(separator: "  ")
        }
        var lines = [line(["ID", "Activity", "Early st. ", "Early fin.", "Late start", "Late fin. ", "Float",
                           "Critical"])]
        for row in rows {
            lines.append(line([row.id, row.name.replacingOccurrences(of: "\n", with: " "), row.earlyStart,
                               row.earlyFinish, row.lateStart, row.lateFinish, String(row.totalFloat),
                               row.critical ? "critical" : ""]))
        }
        return lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
    }
}
