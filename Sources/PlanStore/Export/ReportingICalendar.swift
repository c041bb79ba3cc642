import Foundation
import PlanDomain

/// The reporting calendar as an iCalendar file (RFC 5545): one all-day event per report due, with
/// who reports to whom, written the way `ICalendar` writes the action plan (CRLF, folded lines,
/// escaped text, stable UIDs "<source>-<period>@<country code>.socle.reporting" so importing
/// again updates the events).
public enum ReportingICalendar {
    public static func data(_ calendar: ReportingCalendar, plan: Plan, stamp: Date) -> Data {
        let domain = (plan.meta.country.code.isEmpty ? "plan" : plan.meta.country.code).lowercased() + ".socle.reporting"
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Socle//Reporting calendar//EN", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:" + ICalendar.escape("Reporting: " + plan.meta.title)]
        for entry in calendar.entries {
            let category = switch entry.kind {
            case .indicatorValues: "Indicator values"
            case .report: "Report"
            case .evaluation: "Evaluation"
            }
            lines += ["BEGIN:VEVENT",
                      "UID:" + ICalendar.escape(entry.uid + "@" + domain),
                      "DTSTAMP:" + ICalendar.timestamp(stamp),
                      "DTSTART;VALUE=DATE:" + ICalendar.basic(entry.due),
                      "DTEND;VALUE=DATE:" + ICalendar.basic(entry.due.adding(days: 1)),
                      "SUMMARY:" + ICalendar.escape("Due: " + entry.title),
                      "DESCRIPTION:" + ICalendar.escape("From: \(entry.from)\nTo: \(entry.to)\nPeriod: \(entry.period)"),
                      "CATEGORIES:" + ICalendar.escape(category),
                      "TRANSP:TRANSPARENT",
                      "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return Data(lines.map(ICalendar.fold).joined().utf8)
    }
}
