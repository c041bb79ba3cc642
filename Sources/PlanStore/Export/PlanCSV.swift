import CSV
import Foundation
import PlanDomain

/// The action plan as CSV files a spreadsheet opens as they are: UTF-8 with a byte-order mark (so
/// spreadsheet programs do not guess another encoding), a header row, CRLF line ends (RFC 4180),
/// text fields always quoted, numbers with a decimal point and no thousands separator, dates as
/// YYYY-MM-DD, yes/no as TRUE/FALSE. References give the id and, in the next column, the name.
/// Text that a spreadsheet would take for a formula gets a single quote in front (`neutralised`).
/// Choices (status, funding source) are written as their labels.
public enum PlanCSV {
    /// A field and whether it is text (quoted) or a number, date or boolean (bare).
    struct Field {
        var text: String
        var quoted: Bool
        static func text(_ value: String) -> Field { Field(text: value, quoted: true) }
        static func bare(_ value: String) -> Field { Field(text: value, quoted: false) }
        static func number(_ value: Double) -> Field { .bare(plain(value)) }
        static func int(_ value: Int) -> Field { .bare(String(value)) }
        static func day(_ value: Day?) -> Field { .bare(value?.iso ?? "") }
        static func flag(_ value: Bool) -> Field { .bare(value ? "TRUE" : "FALSE") }
    }

    /// One activity per row, every field.
    public static func activities(_ plan: Plan) throws -> Data {
        let header = ["id", "name", "measureId", "measure", "objectiveId", "objective", "responsibleId", "responsible",
                      "partnerIds", "partners", "fixedStart", "notEarlierThan", "durationDays", "milestone",
                      "dependencies", "budget", "currency", "fundingSource", "status", "progressPercent",
                      "actualStart", "actualFinish"]
        let rows = plan.actionPlan.activities.map { a -> [Field] in
            let dependencies = a.dependencies.map { d in
                d.activityId + (d.type == .startToStart ? " SS" : " FS") + (d.lagDays < 0 ? " \(d.lagDays)d" : " +\(d.lagDays)d")
            }
            return [.text(a.id), .text(a.name), .text(a.measureId ?? ""), .text(plan.name(.measure, a.measureId)),
                    .text(a.objectiveId ?? ""), .text(plan.name(.objective, a.objectiveId)),
                    .text(a.responsibleId ?? ""), .text(plan.name(.stakeholder, a.responsibleId)),
                    .text(a.partnerIds.joined(separator: "; ")),
                    .text(a.partnerIds.map { plan.name(.stakeholder, $0) }.joined(separator: "; ")),
                    .day(a.start), .day(a.notEarlierThan), .int(a.durationDays), .flag(a.milestone),
                    .text(dependencies.joined(separator: "; ")), .number(a.budget), .text(plan.meta.currency),
                    .text(a.fundingSource.label), .text(a.status.label), .number(a.progressPercent),
                    .day(a.actualStart), .day(a.actualFinish)]
        }
        return try table(header, rows)
    }

    /// One activity per row with its place in the critical-path schedule; activities in or after
    /// a dependency cycle have empty dates.
    public static func schedule(_ plan: Plan) throws -> Data {
        let schedule = plan.schedule()
        let header = ["id", "name", "measureId", "responsibleId", "responsible", "durationDays", "milestone",
                      "earlyStart", "earlyFinish", "lateStart", "lateFinish", "totalFloat", "critical", "status",
                      "progressPercent"]
        let rows = plan.actionPlan.activities.enumerated().map { index, a -> [Field] in
            let entry = schedule[a.id].flatMap { $0.index == index ? $0 : nil }
            return [.text(a.id), .text(a.name), .text(a.measureId ?? ""), .text(a.responsibleId ?? ""),
                    .text(plan.name(.stakeholder, a.responsibleId)),
                    .bare(entry.map { String($0.duration) } ?? ""), .flag(a.isPointInTime),
                    .day(entry?.earlyStart), .day(entry?.earlyFinish), .day(entry?.lateStart), .day(entry?.lateFinish),
                    .bare(entry.map { String($0.totalFloat) } ?? ""), .bare(entry.map { $0.critical ? "TRUE" : "FALSE" } ?? ""),
                    .text(a.status.label), .number(a.progressPercent)]
        }
        return try table(header, rows)
    }

    /// The budget in one long table a pivot table can sum any way: a row per (section, item, year)
    /// with the amount in whole units. Sections: `year` (the whole plan by year), `institution`,
    /// `source` (funding source) and `activity`. The year is empty for an activity without dates.
    /// Within each section the amounts add up exactly to the plan's total.
    public static func budget(_ plan: Plan) throws -> Data {
        let breakdown = plan.budgetBreakdown(plan.schedule())
        let header = ["section", "id", "name", "year", "amount", "currency"]
        var rows: [[Field]] = []
        func add(_ section: String, _ id: String, _ name: String, _ line: BudgetBreakdown.Line) {
            for year in line.byYear.keys.sorted() {
                rows.append([.text(section), .text(id), .text(name), .int(year), .int(line.byYear[year]!),
                             .text(plan.meta.currency)])
            }
            if line.undated != 0 {
                rows.append([.text(section), .text(id), .text(name), .bare(""), .int(line.undated), .text(plan.meta.currency)])
            }
        }
        add("year", "", "All activities", breakdown.total)
        for line in breakdown.byInstitution {
            add("institution", line.key, line.key.isEmpty ? "No institution" : plan.name(.stakeholder, line.key), line)
        }
        for line in breakdown.bySource {
            add("source", line.key, FinancingSource(rawValue: line.key)?.label ?? line.key, line)
        }
        for spread in breakdown.activities {
            add("activity", spread.activityId, plan.name(.activity, spread.activityId),
                BudgetBreakdown.Line(key: spread.activityId, byYear: spread.byYear, undated: spread.undated))
        }
        return try table(header, rows)
    }

    static func table(_ header: [String], _ rows: [[Field]]) throws -> Data {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: header.map(clean), quotedAtIndex: { _ in true })
        for row in rows {
            try writer.write(row: row.map { $0.quoted ? neutralised(clean($0.text)) : clean($0.text) }, quotedAtIndex: { row[$0].quoted })
        }
        writer.stream.close()
        let body = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return Data([0xEF, 0xBB, 0xBF]) + body + Data("\r\n".utf8)
    }

    /// Text a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
    /// return, as OWASP's CSV-injection guidance lists) with a single quote in front, so it shows as
    /// the text it is. Numbers are written bare and never pass through here, so -1200.5 stays a number.
    static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    /// Text with control characters other than line breaks and tabs replaced by spaces (they have
    /// no place in a spreadsheet cell); line breaks stay, inside the quotes.
    static func clean(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            scalar.value < 0x20 && scalar != "\n" && scalar != "\t" || (0x7F..<0xA0).contains(scalar.value) ? " " : scalar
        }))
    }

    /// A number without groups, exponent or trailing zeros, with a decimal point whatever the
    /// locale (a C library set to French would write "12,5" and break the CSV): 38000000, 12.5.
    static func plain(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        return NumberConvention.commaPoint.format(value, decimals: 6, grouping: false)
    }
}
