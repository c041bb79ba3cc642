import Foundation
import Testing

/// `socle progress`, `trace`, `calendar` and `next-cycle`, run as the real binary on the example.
@Suite struct MonitoringCommandTests {
    static var example: String { ABNDCommandTests.example }
    static func run(_ arguments: [String]) throws -> CommandResult { try CoverageAndImportCommandTests.run(arguments) }

    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("socle-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func progressOnThePlansCutOff() throws {
        let result = try Self.run(["progress", Self.example])
        #expect(result.status == 0, "\(result.err)")
        let out = result.out
        #expect(out.contains("on 2031-03-31 (the plan's reporting cut-off)"))
        #expect(out.contains("RI-2   SDG 1.3.1 (children)"))
        let ri2 = try #require(out.split(separator: "\n").first { $0.hasPrefix("RI-2 ") })
        #expect(ri2.contains("2030 Q4") && ri2.contains("31.5") && ri2.contains("34") && ri2.contains("off track"))
        let ri3 = try #require(out.split(separator: "\n").first { $0.hasPrefix("RI-3 ") })
        #expect(ri3.contains("2031-01 overdue"))
        #expect(out.contains("MEASURES") && out.contains("OPEN RECOMMENDATIONS") && out.contains("OPEN RISKS"))
        #expect(out.contains("REC-2 accepted, in progress, due 2028-12-31 (overdue)"))
    }

    /// The example: at the start of 2027, RI-2's 9.6 against 10 is at risk, and says so.
    @Test func progressAsOfADateFlagsRI2In2026() throws {
        let result = try Self.run(["progress", Self.example, "--as-of", "2027-02-15"])
        #expect(result.status == 0)
        let ri2 = try #require(result.out.split(separator: "\n").first { $0.hasPrefix("RI-2 ") })
        #expect(ri2.contains("2026 Q4") && ri2.contains("9.6") && ri2.contains("10") && ri2.contains("at risk"))
        let bad = try Self.run(["progress", Self.example, "--as-of", "2027-13-01"])
        #expect(bad.status != 0 && bad.err.contains("--as-of 2027-13-01 is not a date"))
    }

    @Test func progressJSON() throws {
        let result = try Self.run(["progress", "--json", Self.example])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(object["asOf"] as? String == "2031-03-31")
        let indicators = try #require(object["indicators"] as? [[String: Any]])
        let ri2 = try #require(indicators.first { $0["id"] as? String == "RI-2" })
        #expect(ri2["status"] as? String == "offTrack")
        #expect((ri2["points"] as? [Any])?.count == 20)
        #expect(Set(object.keys).isSuperset(of: ["measures", "activities", "recommendations", "risks", "counts"]))
    }

    @Test func traceTextJSONAndExitCode() throws {
        let result = try Self.run(["trace", Self.example])
        #expect(result.status == 1, "the example keeps holes on purpose")
        #expect(result.out.contains("GAP-1 -> MEA-1"))
        #expect(result.out.contains("MEA-3 Maternity cash benefit"))
        #expect(result.out.contains("recommendation.response recommendation REC-10"))
        let json = try Self.run(["trace", "--json", Self.example])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let measures = try #require(object["measures"] as? [[String: Any]])
        #expect(measures.count == 6)
        #expect((object["holes"] as? [Any])?.isEmpty == false)
    }

    /// The calendar as iCalendar, read back by Python's icalendar: every report due in 2031.
    @Test func calendarAsICalendarReadsInAnIndependentParser() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("reporting.ics")
        let result = try Self.run(["calendar", Self.example, "--from", "2031-01-01", "--to", "2031-12-31", "--ics",
                                   "-o", file.path])
        #expect(result.status == 0, "\(result.err)")
        let read = try DocumentReaders.read("read_ics.py", [file.path])
        #expect(read["version"] as? String == "2.0")
        #expect((read["longestLine"] as? Int ?? 99) <= 75)
        #expect(read["bareNewlines"] as? Int == 0)
        let events = try #require(read["events"] as? [[String: Any]])
        let summaries = events.compactMap { $0["summary"] as? String }
        #expect(summaries.contains("Due: Annual progress report, 2030"))
        #expect(summaries.contains("Due: Quarterly progress report, 2030 Q4"))
        #expect(summaries.contains { $0.hasPrefix("Due: RI-2 ") && $0.hasSuffix("values for 2030 Q4") })
        let cabinet = try #require(events.first { ($0["summary"] as? String) == "Due: Annual progress report, 2030" })
        #expect(cabinet["start"] as? String == "2031-03-31")
        #expect(cabinet["end"] as? String == "2031-04-01")
        #expect((cabinet["description"] as? String)?.contains("To: Cabinet") == true)
        #expect(Set(events.compactMap { $0["uid"] as? String }).count == events.count, "unique UIDs")
        let again = try Self.run(["calendar", Self.example, "--ics", "-o", file.path])
        #expect(again.status == 2 && again.err.contains("exists"))
    }

    @Test func calendarText() throws {
        let result = try Self.run(["calendar", Self.example, "--from", "2027-04-01", "--to", "2027-05-31"])
        #expect(result.status == 0)
        #expect(result.out.contains("2027-05-15  Quarterly progress report, 2027 Q1  (MoLSP -> Steering committee)"))
        #expect(result.out.contains("due from 2027-04-01 to 2027-05-31."))
    }

    @Test func nextCycleCarriesOverAndKeepsTheOldPlanNamed() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let next = folder.appendingPathComponent("kibara-next")
        let result = try Self.run(["next-cycle", Self.example, next.path])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("2036-2045, base year 2035"))
        #expect(result.out.contains("Open recommendations: REC-2 REC-3 REC-7 REC-8 REC-10"))
        let data = try Data(contentsOf: next.appendingPathComponent("plan.json"))
        let plan = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let meta = try #require(plan["meta"] as? [String: Any])
        #expect((meta["previousPlan"] as? String)?.contains("values to 2031-03-31") == true)
        #expect((meta["title"] as? String)?.contains("2036–2045") == true)
        let monitoring = try #require(plan["monitoring"] as? [String: Any])
        #expect((monitoring["actuals"] as? [Any])?.isEmpty == true)
        let ri2 = try #require((monitoring["indicators"] as? [[String: Any]])?.first { $0["id"] as? String == "RI-2" })
        #expect(ri2["baseline"] as? Double == 31.5 && ri2["baselineYear"] as? Int == 2030)
        let check = try Self.run(["check", next.path])
        #expect(check.status == 0, "the next plan reads and has no errors: \(check.out)")
        let again = try Self.run(["next-cycle", Self.example, next.path])
        #expect(again.status == 2, "an existing plan is never overwritten")
    }
}
