import Foundation
import PlanDomain
import Testing
@testable import PlanStore

/// A plan to import into: two groups, a ministry, and one complete scheme.
func importPlan() -> Plan {
    var plan = Plan.new(meta: PlanMeta(country: Country(name: "Côte d'Ivoire", code: "CI"), title: "Import",
                                       currency: "XOF", baseYear: 2025, firstYear: 2026, lastYear: 2030))
    var ministry = Stakeholder(id: "STK-1")
    ministry.name = "Ministère de l'Emploi et de la Protection sociale"
    ministry.acronym = "MEPS"
    plan.foundations.stakeholders = [ministry]
    var children = PopulationGroup(id: "GRP-1")
    children.name = "Children 0–14"
    children.size = 10_000
    var older = PopulationGroup(id: "GRP-2")
    older.name = "Older persons"
    older.size = 1_000
    plan.stocktake.groups = [children, older]
    var grant = Scheme(id: "SCH-1")
    grant.name = "Child grant"
    grant.type = .socialAssistance
    grant.contingencies = [.family]
    grant.groupIds = ["GRP-1"]
    grant.financing = FinancingShares(generalRevenue: 100)
    grant.recipients = [GroupCount(groupId: "GRP-1", count: 2_000)]
    grant.year = 2024
    plan.stocktake.schemes = [grant]
    return plan
}

let schemeHeader = "id,name,type,institution,contingencies,groups,general_revenue_pct,recipients,expenditure,year\n"

@Suite("CSV import")
struct ImportTests {
    @Test func insertsUpdatesAndLeavesAlone() throws {
        let csv = schemeHeader + """
            SCH-1,Child grant,Social assistance,MEPS,family,GRP-1,100,GRP-1:2500,,2024
            ,Old-age grant,universal,STK-1,Old age,Older persons,100%,Older persons:400,"1,200,000",2025
            SCH-1,Child grant,socialAssistance,,family,GRP-1,100,GRP-1:2500,,2024
            """
        // Row 2 changes SCH-1 (institution, recipients); row 3 adds SCH-2; row 4 names SCH-1 again.
        let result = CSVImport.run(.schemes, csv: csv, into: importPlan())
        #expect(result.problems.map(\.description) == ["row 4: it is the same scheme as row 2 (SCH-1)"])
        #expect(result.updated == 1 && result.inserted == 1 && result.unchanged == 0)
        let change = try #require(result.changes.first)
        #expect(change.fields.map(\.column) == ["institution", "recipients"])
        #expect(change.description == "row 2: changes SCH-1 \"Child grant\": institution (empty) → STK-1; recipients GRP-1:2000 → GRP-1:2500")
        let plan = try importPlan().applying(try #require(result.edit))
        let added = try #require(plan.entity(Scheme.self, id: "SCH-2"))
        #expect(added.type == .universal && added.institutionId == "STK-1" && added.contingencies == [.oldAge])
        #expect(added.groupIds == ["GRP-2"] && added.recipients == [GroupCount(groupId: "GRP-2", count: 400)])
        #expect(added.expenditure == 1_200_000 && added.year == 2025 && added.financing.generalRevenue == 100)
    }

    @Test func oneBatchThatUndoes() throws {
        let csv = schemeHeader + ",A,universal,,oldAge,GRP-2,100,,,\n,B,universal,,oldAge,GRP-2,100,,,\n"
        let result = CSVImport.run(.schemes, csv: csv, into: importPlan())
        guard case .batch(let edits) = try #require(result.edit) else { Issue.record("not a batch"); return }
        #expect(edits.count == 2)
        var plan = importPlan()
        let inverse = try plan.apply(try #require(result.edit))
        #expect(plan.stocktake.schemes.map(\.id) == ["SCH-1", "SCH-2", "SCH-3"])
        try plan.apply(inverse)
        #expect(plan == importPlan())
    }

    @Test func quotedCommasNewlinesUnicodeAndABOM() throws {
        let csv = "\u{FEFF}name,type,contingencies,general_revenue_pct,benefit_level\r\n"
            + "\"Fonds de solidarité, São Tomé\",universal,family,100,\"XOF 5,000 a month,\nper child\"\r\n"
            + "\"Caisse \"\"Espoir\"\"\",universal,family,100,\r\n"
            + "Bad,universal,family,abc,\r\n"
        let result = CSVImport.run(.schemes, csv: csv, into: importPlan())
        // The first record spans two lines, yet the bad row is row 4: rows count records.
        #expect(result.problems.map(\.description) == ["row 4, column general_revenue_pct: \"abc\" is not a number"])
        let plan = try importPlan().applying(try #require(result.edit))
        #expect(plan.stocktake.schemes.map(\.name) == ["Child grant", "Fonds de solidarité, São Tomé", "Caisse \"Espoir\""])
        #expect(plan.stocktake.schemes[1].benefitLevel == "XOF 5,000 a month,\nper child")
    }

    @Test func badCellsNameRowColumnAndProblem() {
        let csv = schemeHeader + """
            ,Pension,pension,Nobody,oldAge;wages,GRP-9,100,GRP-1:12,"12,5",24
            ,Grant,universal,,family,GRP-1,100,GRP-1 12,,
            """
        let result = CSVImport.run(.schemes, csv: csv, into: importPlan())
        #expect(!result.isValid)
        #expect(result.problems.map(\.description) == [
            "row 2, column type: \"pension\" is not one of: Social insurance, Provident fund, Social assistance, Universal benefit, "
                + "Categorical benefit, Micro-insurance, Community-based scheme, Employer liability",
            "row 2, column institution: there is no stakeholder with the id or name \"Nobody\"",
            "row 2, column contingencies: \"wages\" is not one of: Medical care, Sickness, Unemployment, Old age, "
                + "Employment injury, Family (child), Maternity, Invalidity, Survivors",
            "row 2, column groups: there is no population group with the id or name \"GRP-9\"",
            "row 2, column expenditure: \"12,5\" is not a number (use a point for decimals)",
            "row 2, column year: \"24\" is not a year (four digits, like 2024)",
            "row 3, column recipients: \"GRP-1 12\" is not group:count (like GRP-1:1200)",
        ])
        #expect(result.invalidRows == [2, 3] && result.edit == nil)
        #expect(result.summary == "0 schemes added, 0 changed, 0 unchanged, 2 rows with problems")
    }

    @Test func rowsThatBreakAPlanRuleAreInvalid() throws {
        // Row 2's shares add up to 90%: a new error. Row 3 is fine and stays in the edit (for --skip-invalid).
        let csv = "name,type,contingencies,employer_pct,insured_pct,general_revenue_pct\n"
            + "Short,socialInsurance,oldAge,50,40,0\nFine,universal,oldAge,0,0,100\n"
        let result = CSVImport.run(.schemes, csv: csv, into: importPlan())
        #expect(result.problems.map(\.description)
            == ["row 2, column employer_pct to other_pct: Scheme SCH-2 \"Short\"'s financing shares add up to 90%, not 100%."])
        let plan = try importPlan().applying(try #require(result.edit))
        #expect(plan.stocktake.schemes.map(\.name) == ["Child grant", "Fine"])
        #expect(plan.stocktake.schemes.last?.id == "SCH-2", "the fresh ids follow the valid rows")
    }

    @Test func anErrorThePlanAlreadyHadIsNotNew() {
        var plan = importPlan()
        plan.stocktake.schemes[0].financing = FinancingShares(generalRevenue: 80)
        let result = CSVImport.run(.schemes, csv: "id,name\nSCH-1,Child grant (renamed)\n", into: plan)
        #expect(result.isValid && result.updated == 1)
    }

    @Test func matchingByNameAndUnknownIds() throws {
        let csv = "id,name,type,general_revenue_pct\n,CHILD GRANT,universal,100\nSCH-77,New one,universal,100\n"
        let result = CSVImport.run(.schemes, csv: csv, into: importPlan())
        #expect(result.changes.map(\.id) == ["SCH-1", "SCH-2"])
        #expect(result.changes.map(\.action) == [.update, .insert])
        #expect(result.changes[1].description == "row 3: adds SCH-2 \"New one\" (SCH-77 is not in the plan, so it gets a new id)")
        // Columns left out keep their values: the grant keeps its recipients.
        let plan = try importPlan().applying(try #require(result.edit))
        #expect(plan.stocktake.schemes[0].recipients.count == 1 && plan.stocktake.schemes[0].name == "CHILD GRANT")
    }

    @Test func headerProblems() {
        let result = CSVImport.run(.schemes, csv: "Name,Colour,name\nA,red,B\n", into: importPlan())
        #expect(result.problems.map(\.row) == [1, 1])
        #expect(result.problems[0].description.hasPrefix("row 1, column Colour: not a column of the schemes import (the columns are id, name, type"))
        #expect(result.problems[1].description == "row 1, column name: this column appears twice")
        #expect(CSVImport.run(.schemes, csv: "", into: importPlan()).problems.map(\.description)
            == ["the file is empty: it needs a header row naming the columns"])
    }

    @Test func strayValuesAndNewRowsWithoutNames() {
        let csv = "name,type\nA,universal,extra\n,universal\n\n"
        let result = CSVImport.run(.schemes, csv: csv, into: importPlan())
        #expect(result.problems.map(\.description) == [
            "row 2: it has 3 values but the header names 2 columns (a stray comma, or a value that needs quotes?)",
            "row 3, column name: a new scheme needs a name",
        ])
    }

    @Test func groupsWithLabelsFlagsAndProjections() throws {
        let csv = "id;name;sex;size;year;growth_pct;partition;projection;source\n"
            + "GRP-2;Older persons;Female;1 050;2025;2.5%;yes;2026:1080; 2027:1100;Census\n"
            + ";Mères de nouveau-nés;female;12,500;2024;;no;;\n"
        // Semicolons in the header, so the file is semicolon-separated; the projection then needs
        // no quotes? It does: its own semicolons would split it. Row 2 therefore has too many values.
        let split = CSVImport.run(.groups, csv: csv, into: importPlan())
        #expect(split.problems.first?.row == 2)
        let quoted = csv.replacingOccurrences(of: "2026:1080; 2027:1100", with: "\"2026:1080; 2027:1100\"")
        let result = CSVImport.run(.groups, csv: quoted, into: importPlan())
        #expect(result.isValid, "\(result.problems)")
        let plan = try importPlan().applying(try #require(result.edit))
        let older = try #require(plan.entity(PopulationGroup.self, id: "GRP-2"))
        #expect(older.sex == .female && older.size == 1050 && older.growthPercent == 2.5 && older.partOfPartition)
        #expect(older.projection == [YearValue(year: 2026, value: 1080), YearValue(year: 2027, value: 1100)])
        let mothers = try #require(plan.entity(PopulationGroup.self, id: "GRP-3"))
        #expect(mothers.name == "Mères de nouveau-nés" && mothers.size == 12_500 && mothers.year == 2024)
    }

    @Test func numbers() throws {
        for (text, value) in [("12500", 12500.0), ("12,500", 12500), ("1,234,567.5", 1234567.5), ("12 500", 12500),
                              ("-3.25", -3.25), ("0.5", 0.5)] {
            #expect(try ImportCell.number(text) == value, "\(text)")
        }
        for text in ["12,5", "1,23", "1234,567", "12.5.1", "abc", "١٢"] {
            #expect(throws: (any Error).self, "\(text)") { try ImportCell.number(text) }
        }
        #expect(try ImportCell.number("45%", percent: true) == 45)
    }

    @Test func theColumnsAreDocumented() {
        #expect(CSVImport.columns(.schemes).map(\.name) == [
            "id", "name", "type", "institution", "legal_basis", "contingencies", "groups", "employer_pct", "insured_pct",
            "general_revenue_pct", "co_payments_pct", "other_pct", "contributors", "recipients", "benefit_level",
            "expenditure", "administrative_cost", "year", "source",
        ])
        #expect(CSVImport.columns(.groups).map(\.name)
            == ["id", "name", "sex", "size", "year", "growth_pct", "partition", "projection", "source"])
    }
}

@Suite("CSV files")
struct CSVFileTests {
    @Test func readsUTF8WithOrWithoutABOMAndUTF16() throws {
        let folder = TemporaryFolder("csv")
        let plain = folder.sub("plain.csv")
        try Data("name\nSão Tomé\n".utf8).write(to: plain)
        #expect(try CSVImport.read(path: plain.path) == "name\nSão Tomé\n")
        let bom = folder.sub("bom.csv")
        try Data([0xEF, 0xBB, 0xBF] + Array("name\nÉcole\n".utf8)).write(to: bom)
        #expect(try CSVImport.read(path: bom.path) == "name\nÉcole\n")
        let utf16 = folder.sub("utf16.csv")
        try "name\nAïcha\n".data(using: .utf16)!.write(to: utf16)
        #expect(try CSVImport.read(path: utf16.path).contains("Aïcha"))
    }

    @Test func refusesWhatIsNotText() throws {
        let folder = TemporaryFolder("csv")
        let latin1 = folder.sub("latin1.csv")
        try Data([0x6E, 0x61, 0x6D, 0x65, 0x0A, 0xE9, 0x0A]).write(to: latin1)
        #expect(throws: CSVFileError(path: latin1.path, reason: "it is not UTF-8 text (save it as \"CSV UTF-8\")")) {
            try CSVImport.read(path: latin1.path)
        }
        #expect(throws: CSVFileError(path: folder.sub("none.csv").path, reason: "there is no such file")) {
            try CSVImport.read(path: folder.sub("none.csv").path)
        }
        #expect(throws: CSVFileError(path: folder.path, reason: "it is a folder, not a file")) {
            try CSVImport.read(path: folder.path)
        }
    }
}
