import Foundation
import PlanDomain
import Testing
@testable import PlanStore

/// A CSV file that is not a clean table is refused at the place it breaks, never read leniently
/// into merged or blanked values; files are read up to a size limit.
@Suite("CSV strictness")
struct CSVStrictnessTests {
    @Test func aShortRowIsAnErrorNamingRowAndColumn() throws {
        let csv = "name,type,institution\nA,universal\nB,universal,STK-1\n"
        let result = CSVImport.run(.schemes, csv: csv, into: importPlan())
        #expect(result.problems.map(\.description) == [
            "row 2, column institution: the row ends after 2 values but the header names 3 columns"
                + " (a missing comma, or a line break inside a value that needs quotes?)",
        ])
        #expect(!result.isRefused, "one bad row: --skip-invalid may import the others")
        #expect(result.changes.map(\.row) == [3])
    }

    @Test func unnamedColumnsAtTheEndMayBeLeftOut() throws {
        let result = CSVImport.run(.schemes, csv: "name,type,,\nA,universal\n", into: importPlan())
        #expect(result.isValid, "\(result.problems)")
    }

    @Test func anUnterminatedQuoteRefusesTheFile() throws {
        let csv = "name,type\nA,universal\n\"B,universal\nC,universal\nD,universal\n"
        let result = CSVImport.run(.schemes, csv: csv, into: importPlan())
        #expect(result.isRefused && result.edit == nil && result.changes.isEmpty)
        #expect(result.problems.map(\.description) == [
            "row 3, column name: the double quote that opens this value is never closed, so the rest of the file"
                + " would be read into it (a missing or stray \")",
        ])
    }

    @Test func textAfterAClosingQuoteRefusesTheFile() throws {
        let csv = "name;type\nA;universal\n\"Multi\nline\";universal\n\"B\" and more;universal\n"
        let result = CSVImport.run(.schemes, csv: csv, into: importPlan())
        #expect(result.isRefused && result.edit == nil)
        #expect(result.problems.map(\.description) == [
            "row 4, column name: text after the closing double quote (and more); a double quote inside a quoted"
                + " value is written twice (\"\") (the value starts on line 5 of the file)",
        ])
        // White space after the closing quote is harmless; a doubled quote is a quote.
        let fine = CSVImport.run(.schemes, csv: "name,type\n\"Say \"\"hi\"\"\"  ,universal\n", into: importPlan())
        #expect(fine.isValid, "\(fine.problems)")
        #expect(fine.changes.first?.name == "Say \"hi\"")
    }

    @Test func aQuoteProblemInTheHeaderNamesTheColumnByNumber() {
        let result = CSVImport.run(.schemes, csv: "name,\"type\"x\nA,universal\n", into: importPlan())
        #expect(result.problems.map(\.description).first?.hasPrefix("row 1, column 2: text after the closing") == true)
    }

    @Test func aBrokenFileIsRefusedWithSkipInvalidToo() throws {
        let result = CSVImport.run(.schemes, csv: "name,type\nA,universal\n\"B,universal\n", into: importPlan())
        #expect(result.isRefused && result.summary == "The file cannot be imported as it is")
    }

    @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() throws {
        let folder = TemporaryFolder("csv-size")
        let huge = folder.sub("huge.csv")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: UInt64(CSVImport.sizeLimit + 1))  // sparse: no disk used
        try handle.close()
        let reason = "it is larger than 50 MB, the most an import reads (is it the right file? split a larger table into several files)"
        #expect(throws: CSVFileError(path: huge.path, reason: reason)) { try CSVImport.read(path: huge.path) }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/zero")))
    func aDeviceWithoutEndIsReadOnlyUpToTheLimit() throws {
        #expect(throws: CSVFileError.self) { try CSVImport.read(path: "/dev/zero") }
        do {
            _ = try CSVImport.read(path: "/dev/zero")
        } catch let error as CSVFileError {
            #expect(error.reason.hasPrefix("it is larger than 50 MB"))
        }
    }

    @Test func rowsAreNumberedAsASpreadsheetNumbersThem() throws {
        let table = try CSVTable("a,b\r\n\"x\r\ny\",1\r\n\r\nz,2")
        #expect(table.header == ["a", "b"])
        #expect(table.rows.map(\.number) == [2, 3, 4])
        #expect(table.rows.map(\.fields) == [["x\r\ny", "1"], [""], ["z", "2"]])
        #expect(try CSVTable("a,b\n1,\n").rows.map(\.fields) == [["1", ""]])
        #expect(try CSVTable("a\tb\n1\t2\n").rows.map(\.fields) == [["1", "2"]])
    }
}
