import CSV
import Foundation
import PlanDomain
import Testing
@testable import PlanStore

/// A plan whose activities carry text that CSV and iCalendar must escape.
func exportPlan() -> Plan {
    var plan = Plan.new(meta: PlanMeta(country: Country(name: "São Tomé and Príncipe", code: "STP"),
                                       title: "Plano nacional, 2025–2030", currency: "STN", baseYear: 2024,
                                       firstYear: 2025, lastYear: 2030))
    var ministry = Stakeholder(id: "STK-1")
    ministry.name = "Ministério do Trabalho; \"Solidariedade\""
    plan.foundations.stakeholders = [ministry]
    plan.actionPlan.startDate = Day(iso: "2025-03-03")
    var draft = Activity(id: "ACT-1")
    draft.name = "Redigir a lei, \"Previdência\"; consultar\nos parceiros \\ sindicatos — 中文"
    draft.durationDays = 10
    draft.budget = 1_000_001
    draft.responsibleId = "STK-1"
    var law = Activity(id: "ACT-2")
    law.name = "Lei aprovada"
    law.milestone = true
    law.durationDays = 0
    law.dependencies = [Dependency(activityId: "ACT-1")]
    var rollOut = Activity(id: "ACT-3")
    rollOut.name = String(repeating: "Implementação é longa ", count: 6)
    rollOut.durationDays = 300
    rollOut.dependencies = [Dependency(activityId: "ACT-2", type: .startToStart, lagDays: -2)]
    rollOut.budget = 12.5
    rollOut.status = .inProgress
    rollOut.progressPercent = 12.5
    plan.actionPlan.activities = [draft, law, rollOut]
    return plan
}

/// Reads CSV bytes back with the CSV package's reader.
func readCSV(_ data: Data) throws -> (header: [String], rows: [[String]]) {
    let reader = try CSVReader(stream: InputStream(data: data), hasHeaderRow: true)
    var rows: [[String]] = []
    while let row = reader.next() { rows.append(row) }
    return (reader.headerRow ?? [], rows)
}

@Suite("CSV exports")
struct CSVExportTests {
    @Test func activitiesRoundTripThroughTheCSVReader() throws {
        let plan = exportPlan()
        let data = try PlanCSV.activities(plan)
        #expect(data.prefix(3) == Data([0xEF, 0xBB, 0xBF]), "a byte-order mark for spreadsheets")
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("\"id\",\"name\","))
        #expect(text.hasSuffix("\r\n"))
        let (header, rows) = try readCSV(data)
        #expect(header.first == "id" && header.contains("responsible") && header.contains("dependencies"))
        #expect(rows.count == 3)
        func cell(_ row: Int, _ column: String) -> String { rows[row][header.firstIndex(of: column)!] }
        #expect(cell(0, "name") == plan.actionPlan.activities[0].name, "quotes, commas, line break, backslash, UTF-8")
        #expect(cell(0, "responsible") == "Ministério do Trabalho; \"Solidariedade\"")
        #expect(cell(0, "budget") == "1000001")
        #expect(cell(1, "milestone") == "TRUE")
        #expect(cell(2, "dependencies") == "ACT-2 SS -2d")
        #expect(cell(2, "progressPercent") == "12.5" && cell(2, "budget") == "12.5")
        #expect(cell(2, "status") == "In progress")
        // Numbers stay bare so spreadsheets read them as numbers; text is always quoted.
        #expect(text.contains(",1000001,\"STN\","))
    }

    @Test func scheduleHasTheDatesFloatAndCriticalFlag() throws {
        // ACT-1: 3–12 March 2025. ACT-2 (milestone) at the start of 13 March. ACT-3 starts 2 days
        // before it: 11 March, for 300 days to 4 January 2026, which ends the plan: critical.
        let (header, rows) = try readCSV(try PlanCSV.schedule(exportPlan()))
        func cell(_ row: Int, _ column: String) -> String { rows[row][header.firstIndex(of: column)!] }
        #expect(cell(0, "earlyStart") == "2025-03-03" && cell(0, "earlyFinish") == "2025-03-12")
        #expect(cell(1, "earlyStart") == "2025-03-13" && cell(1, "earlyFinish") == "2025-03-13")
        #expect(cell(2, "earlyStart") == "2025-03-11" && cell(2, "earlyFinish") == "2026-01-04")
        #expect(cell(2, "totalFloat") == "0" && cell(2, "critical") == "TRUE")
        #expect(cell(0, "critical") == "TRUE", "ACT-3 waits for the milestone, which waits for ACT-1")
    }

    @Test func budgetSectionsEachAddUpToTheTotal() throws {
        let (header, rows) = try readCSV(try PlanCSV.budget(exportPlan()))
        #expect(header == ["section", "id", "name", "year", "amount", "currency"])
        var sums: [String: Int] = [:]
        for row in rows { sums[row[0], default: 0] += Int(row[4])! }
        // 1,000,001 + 13 (12.5 rounded) = 1,000,014 in every section.
        #expect(sums == ["year": 1_000_014, "institution": 1_000_014, "source": 1_000_014, "activity": 1_000_014])
        // ACT-3 runs 11 March 2025 – 4 January 2026: 296 days in 2025, 4 in 2026: 13 × 296 / 300 = 12.83
        // and 0.17: 12 + 0, the unit left to the larger fraction (2025).
        let act3 = rows.filter { $0[0] == "activity" && $0[1] == "ACT-3" }.map { [$0[3], $0[4]] }
        #expect(act3 == [["2025", "13"]])
    }
}

@Suite("iCalendar export")
struct ICalendarExportTests {
    /// The workbench's reporting-calendar export is what `socle calendar --ics` writes over the horizon.
    @Test func theReportingCalendarExportCoversTheHorizon() throws {
        let plan = try PlanCodec.decode(Data(contentsOf: SchemaTests.exampleURL), file: "plan.json").plan
        let data = try ExportKind.reportingCalendar.data(plan, stamp: fixedDate)
        let text = String(decoding: data, as: UTF8.self)
        let calendar = ReportingCalendar(plan: plan)
        #expect(calendar.from.iso == "\(plan.meta.firstYear)-01-01" && calendar.to.iso == "\(plan.meta.lastYear + 1)-12-31")
        #expect(!calendar.entries.isEmpty)
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count - 1 == calendar.entries.count)
        #expect(data == ReportingICalendar.data(calendar, plan: plan, stamp: fixedDate))
        #expect(ExportKind.reportingCalendar.fileName == "reporting-calendar.ics")
    }

    static let stamp = Date(timeIntervalSince1970: 1_794_733_200)  // 2026-11-15 09:00:00 UTC

    /// Unfolds content lines (RFC 5545 §3.1) after checking the physical lines.
    static func unfold(_ data: Data) -> [String] {
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasSuffix("\r\n"))
        let physical = text.components(separatedBy: "\r\n").dropLast()
        for line in physical {
            #expect(!line.contains("\n") && !line.contains("\r"), "CRLF everywhere, no bare line breaks")
            #expect(line.utf8.count <= 75, "\(line)")
        }
        var lines: [String] = []
        for line in physical {
            if line.hasPrefix(" ") { lines[lines.count - 1] += line.dropFirst() } else { lines.append(line) }
        }
        return lines
    }

    static func unescape(_ value: String) -> String {
        var out = "", escaped = false
        for c in value {
            if escaped {
                out.append(c == "n" || c == "N" ? "\n" : c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// The events as property → value maps.
    static func events(_ lines: [String]) -> [[String: String]] {
        var events: [[String: String]] = []
        var current: [String: String]?
        for line in lines {
            if line == "BEGIN:VEVENT" { current = [:]; continue }
            if line == "END:VEVENT" { events.append(current!); current = nil; continue }
            guard current != nil, let colon = line.firstIndex(of: ":") else { continue }
            current![String(line[..<colon])] = String(line[line.index(after: colon)...])
        }
        return events
    }

    @Test func foldedEscapedAndImportable() throws {
        let plan = exportPlan()
        let data = ICalendar.data(plan, stamp: Self.stamp)
        let lines = Self.unfold(data)
        #expect(Array(lines.prefix(5)) == ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Socle//Action plan//EN",
                                            "CALSCALE:GREGORIAN", "METHOD:PUBLISH"])
        #expect(lines.last == "END:VCALENDAR")
        let events = Self.events(lines)
        #expect(events.count == 3)
        #expect(events[0]["UID"] == "ACT-1@stp.socle" && events[0]["DTSTAMP"] == "20261115T090000Z")
        #expect(events[0]["DTSTART;VALUE=DATE"] == "20250303")
        #expect(events[0]["DTEND;VALUE=DATE"] == "20250313", "exclusive: the day after 12 March")
        #expect(events[1]["DTSTART;VALUE=DATE"] == "20250313" && events[1]["DTEND;VALUE=DATE"] == "20250314")
        #expect(Self.unescape(events[0]["SUMMARY"]!) == "ACT-1 " + plan.actionPlan.activities[0].name)
        #expect(events[0]["SUMMARY"]!.contains("\\,") && events[0]["SUMMARY"]!.contains("\\;")
                && events[0]["SUMMARY"]!.contains("\\n") && events[0]["SUMMARY"]!.contains("\\\\"))
        #expect(Self.unescape(events[1]["SUMMARY"]!) == "Milestone: ACT-2 Lei aprovada")
        #expect(events[2]["CATEGORIES"] == "Activity,Critical path")
    }

    @Test func longUTF8LinesFoldWithoutSplittingCharacters() {
        let line = "SUMMARY:" + String(repeating: "é中😀", count: 40)
        let folded = ICalendar.fold(line)
        let physical = folded.components(separatedBy: "\r\n").dropLast()
        #expect(physical.count > 1)
        for part in physical {
            #expect(part.utf8.count <= 75)
            #expect(String(validating: Array(part.utf8), as: UTF8.self) != nil, "each line is whole UTF-8")
        }
        #expect(physical.enumerated().map { $0.offset == 0 ? String($0.element) : String($0.element.dropFirst()) }
                    .joined() == line)
    }

    @Test func uidsAreStableAndTheBytesRepeat() {
        let plan = exportPlan()
        #expect(ICalendar.data(plan, stamp: Self.stamp) == ICalendar.data(plan, stamp: Self.stamp))
        let later = ICalendar.data(plan, stamp: Self.stamp.addingTimeInterval(86_400))
        #expect(Self.events(Self.unfold(later)).map { $0["UID"] } == ["ACT-1@stp.socle", "ACT-2@stp.socle", "ACT-3@stp.socle"])
    }
}

@Suite("Export files")
struct ExportFileTests {
    @Test func writesToTheExportsFolderAndReplacesAtomically() throws {
        let folder = TemporaryFolder("export")
        let plan = exportPlan()
        let first = try PlanStore.export(.schedule, of: plan, folder: folder.url, stamp: fixedDate)
        #expect(first.path == folder.url.appendingPathComponent("exports/schedule.csv").path)
        var changed = plan
        changed.actionPlan.activities[0].name = "Changed"
        try PlanStore.export(.schedule, of: changed, folder: folder.url, replacing: true, stamp: fixedDate)
        #expect(try Data(contentsOf: first) == (try PlanCSV.schedule(changed)))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.sub("exports").path)
        #expect(names == ["schedule.csv"], "no temporary file left behind")
        let chosen = folder.sub("calendar.ics")
        #expect(try PlanStore.export(.calendar, of: plan, folder: folder.url, to: chosen, stamp: fixedDate) == chosen)
        #expect(FileManager.default.fileExists(atPath: chosen.path))
    }
}
