import Foundation
import PlanDomain

/// The action plan as an iCalendar file (RFC 5545) that calendar programs import: one all-day
/// event per scheduled activity and milestone, at its early dates.
///
/// - Lines end in CRLF and are folded before 75 octets (a CRLF and a space), never inside a
///   UTF-8 sequence.
/// - Text values escape backslash, semicolon, comma and line breaks.
/// - UIDs are stable across exports: "<activity id>@<country code>.socle", so importing again
///   updates the events instead of doubling them.
/// - DTEND is exclusive (the day after the last day); a milestone lasts its one day.
/// - DTSTAMP is the moment given by the caller, so the same plan and moment give the same bytes.
/// - Activities without dates (in or after a dependency cycle) are left out; cancelled ones are
///   marked STATUS:CANCELLED.
public enum ICalendar {
    public static func data(_ plan: Plan, stamp: Date) -> Data {
        let schedule = plan.schedule()
        let domain = (plan.meta.country.code.isEmpty ? "plan" : plan.meta.country.code).lowercased() + ".socle"
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Socle//Action plan//EN", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(plan.meta.title)]
        let activities = plan.actionPlan.activities
        for entry in schedule.activities {
            let a = activities[entry.index]
            var description = [String]()
            if let measure = a.measureId { description.append("Measure: \(measure) \(plan.name(.measure, measure))") }
            if let responsible = a.responsibleId {
                description.append("Responsible: \(plan.name(.stakeholder, responsible))")
            }
            description.append("Status: \(a.status.label), \(PlanCSV.plain(a.progressPercent))% done")
            description.append("Total float: \(counted(entry.totalFloat, "day"))" + (entry.critical ? " (critical path)" : ""))
            if a.budget > 0 { description.append("Budget: \(plan.meta.currency) \(PlanCSV.plain(a.budget))") }
            lines += ["BEGIN:VEVENT",
                      "UID:" + escape(a.id + "@" + domain),
                      "DTSTAMP:" + timestamp(stamp),
                      "DTSTART;VALUE=DATE:" + basic(entry.earlyStart),
                      "DTEND;VALUE=DATE:" + basic(entry.earlyFinish.adding(days: 1)),
                      "SUMMARY:" + escape((a.isPointInTime ? "Milestone: " : "") + "\(a.id) \(a.name)"),
                      "DESCRIPTION:" + escape(description.joined(separator: "\n")),
                      "TRANSP:TRANSPARENT"]
            var categories = [a.isPointInTime ? "Milestone" : "Activity"]
            if entry.critical { categories.append("Critical path") }
            lines.append("CATEGORIES:" + categories.map(escape).joined(separator: ","))
            if a.status == .cancelled { lines.append("STATUS:CANCELLED") }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return Data(lines.map(fold).joined().utf8)
    }

    /// TEXT escaping (RFC 5545 §3.3.11); other control characters (C0, DEL and C1, such as U+009B,
    /// which a terminal would take as the start of an escape sequence) become spaces.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": break
            default:
                out.unicodeScalars.append(scalar.value < 0x20 && scalar != "\t" || (0x7F...0x9F).contains(scalar.value) ? " " : scalar)
            }
        }
        return out
    }

    /// A content line folded so no line is longer than 75 octets, ending in CRLF.
    static func fold(_ line: String) -> String {
        var out = ""
        var used = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if used + size > 75 {
                out += "\r\n "
                used = 1
            }
            out.unicodeScalars.append(scalar)
            used += size
        }
        return out + "\r\n"
    }

    /// A date in the basic form: 20260105.
    static func basic(_ day: Day) -> String { day.iso.replacingOccurrences(of: "-", with: "") }

    /// A UTC date-time: 20261115T090000Z.
    static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let rest = seconds - days * 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return basic(Day(dayNumber: days)) + "T" + two(rest / 3600) + two(rest / 60 % 60) + two(rest % 60) + "Z"
    }
}
