import Foundation
import PlanDomain
import Testing
@testable import PlanStore

/// The text of a good plan file, to break in different ways.
private func goodText() throws -> String {
    String(decoding: try PlanCodec.encode(samplePlan()), as: UTF8.self)
}

private func decodeError(_ text: String) -> PlanFileError? {
    decodeError(Data(text.utf8))
}

private func decodeError(_ data: Data) -> PlanFileError? {
    do {
        _ = try PlanCodec.decode(data, file: "/plans/lesotho/plan.json")
        return nil
    } catch {
        return error
    }
}

@Suite struct LoadErrorTests {
    @Test func notJSONNamesLineAndColumn() throws {
        let good = try goodText()
        let text = good.replacingOccurrences(of: "\"baseYear\" : 2024", with: "\"baseYear\" 2024")
        let line = try #require(lineNumber(of: "\"baseYear\" 2024", in: text))
        let error = try #require(decodeError(text))
        #expect(error.problem == .syntax("expected ':' after the field name \"baseYear\", found '2'"))
        #expect(error.line == line)
        #expect(error.column == 16)  // `    "baseYear" 2024`: the 2 is the 16th character
        #expect(error.description == """
            /plans/lesotho/plan.json, line \(line), column 16: not valid JSON: expected ':' after the field name \
            "baseYear", found '2'.
                    "baseYear" 2024,
                               ^
            """)
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let text = "{\n  \"name\": \"São Tomé\" x\n}"
        let error = try #require(decodeError(text))
        #expect(error.line == 2)
        #expect(error.column == 22)
    }

    @Test func aMisspelledWordIsASyntaxErrorNotATruncation() throws {
        let error = try #require(decodeError("{\n  \"schemaVersion\": 1,\n  \"meta\": tru\n}\n"))
        #expect(error.problem == .syntax("expected true, found a line break (text needs double quotes)"))
        #expect(error.line == 3)
    }

    @Test func truncatedFileSaysSoAndNamesTheLastLine() throws {
        let good = try goodText()
        // Cut in the middle of the file, on its last character rather than in trailing indentation
        // (the error names the last line with content).
        var text = String(good.prefix(good.count / 2))
        while text.last?.isWhitespace == true { text.removeLast() }
        let lastLine = text.split(separator: "\n", omittingEmptySubsequences: false).count
        let error = try #require(decodeError(text))
        #expect(error.problem == .truncated)
        #expect(error.line == lastLine)
        #expect(error.description.contains("the file ends early (truncated?)"))
        #expect(error.description.contains("its last line is line \(lastLine)"))
    }

    @Test func wrongTypeNamesTheFieldPathAndLine() throws {
        let text = try goodText().replacingOccurrences(of: "\"expenditure\" : 1250000",
                                                       with: "\"expenditure\" : \"lots\"")
        let error = try #require(decodeError(text))
        #expect(error.problem == .wrongType(expected: "a number", found: "text"))
        #expect(error.fieldPath == "stocktake.schemes[0].expenditure")
        #expect(error.line == lineNumber(of: "\"expenditure\" : \"lots\"", in: text))
        #expect(error.description.contains("stocktake.schemes[0].expenditure: expected a number, found text."))
    }

    @Test func missingFieldNamesTheObjectThatLacksIt() throws {
        let good = try goodText()
        let text = good.replacingOccurrences(of: "\"name\" : \"Draft the law\",\n", with: "")
        #expect(text != good)
        let error = try #require(decodeError(text))
        #expect(error.problem == .missingField("name"))
        #expect(error.fieldPath == "actionPlan.activities[0]")
        // The line after `"activities" : [`, where the activity's `{` is.
        #expect(error.line == lineNumber(of: "\"activities\" : [", in: text).map { $0 + 1 })
        #expect(error.lineText?.trimmingCharacters(in: .whitespaces) == "{")
        #expect(error.description.contains("actionPlan.activities[0]: the field \"name\" is missing."))
    }

    @Test func unknownChoiceIsNamed() throws {
        let text = try goodText().replacingOccurrences(of: "\"fundingSource\" : \"generalRevenue\"",
                                                       with: "\"fundingSource\" : \"magic\"")
        let error = try #require(decodeError(text))
        #expect(error.fieldPath == "actionPlan.activities[0].fundingSource")
        #expect(error.problem == .invalidValue("\"magic\" is not one of the allowed values"))
    }

    @Test func newerSchemaIsRefusedBeforeAnythingElse() throws {
        // Version 7 may have fields this Socle does not know and lack ones it needs.
        let text = try goodText().replacingOccurrences(of: "\"schemaVersion\" : \(Plan.currentSchemaVersion)", with: "\"schemaVersion\" : 7")
            .replacingOccurrences(of: "\"meta\" :", with: "\"metadata\" :")
        let error = try #require(decodeError(text))
        #expect(error.problem == .newerSchema(found: 7, supported: Plan.currentSchemaVersion))
        #expect(error.description.contains("written by a newer Socle (schema 7); this Socle reads up to schema \(Plan.currentSchemaVersion);"
            + " update Socle"))
    }

    @Test func unknownOlderSchemaIsRefused() throws {
        let text = try goodText().replacingOccurrences(of: "\"schemaVersion\" : \(Plan.currentSchemaVersion)", with: "\"schemaVersion\" : -3")
        let error = try #require(decodeError(text))
        guard case .migrationFailed(-3, let message) = error.problem else {
            Issue.record("unexpected \(error.problem)")
            return
        }
        #expect(message.contains("older than any this Socle can read"))
    }

    @Test func schemaVersionMustBeANumber() throws {
        let text = try goodText().replacingOccurrences(of: "\"schemaVersion\" : \(Plan.currentSchemaVersion)", with: "\"schemaVersion\" : \"one\"")
        let error = try #require(decodeError(text))
        #expect(error.problem == .invalidSchemaVersion("\"one\""))
        #expect(error.line == lineNumber(of: "\"schemaVersion\"", in: text))
    }

    @Test func missingSchemaVersionIsAnErrorNotVersionZero() throws {
        let text = try goodText().replacingOccurrences(of: "\"schemaVersion\" : \(Plan.currentSchemaVersion),\n", with: "")
        #expect(decodeError(text)?.problem == .missingSchemaVersion)
    }

    @Test func emptyFile() {
        #expect(decodeError("")?.problem == .empty)
        #expect(decodeError(" \n\n\t ")?.problem == .empty)
        #expect(decodeError("")?.description.contains("the file is empty") == true)
    }

    @Test func notUTF8NamesThePlace() throws {
        var bytes = [UInt8](try goodText().utf8)
        let text = try goodText()
        let target = try #require(text.range(of: "Draft the law"))
        let offset = text.utf8.distance(from: text.startIndex, to: target.lowerBound)
        bytes[offset] = 0xE9  // "é" in Latin-1
        let error = try #require(decodeError(Data(bytes)))
        #expect(error.problem == .notUTF8)
        #expect(error.line == lineNumber(of: "Draft the law", in: text))
        #expect(error.description.contains("not UTF-8"))
    }

    @Test func notAnObject() {
        #expect(decodeError("[1, 2]")?.problem == .notAnObject(found: "a list"))
        #expect(decodeError("\"plan\"")?.problem == .notAnObject(found: "text"))
    }

    @Test func aMissingFileIsSaidToBeMissing() throws {
        let folder = TemporaryFolder()
        let path = folder.sub("nothing.json")
        #expect(throws: PlanStoreError.noSuchFolder(path: path.path)) { try PlanStore.load(at: path) }
    }

    enum BadFile: String, CaseIterable, Sendable {
        case notJSON, truncated, wrongType, missingField, newerSchema, empty, notUTF8, notAnObject

        func bytes(from good: String) -> Data {
            switch self {
            case .notJSON: Data(good.replacingOccurrences(of: "\"baseYear\" :", with: "\"baseYear\"").utf8)
            case .truncated: Data(good.utf8.prefix(good.utf8.count - 40))
            case .wrongType: Data(good.replacingOccurrences(of: "1250000", with: "\"x\"").utf8)
            case .missingField: Data(good.replacingOccurrences(of: "\"baseYear\" : 2024,", with: "").utf8)
            case .newerSchema: Data(good.replacingOccurrences(of: "\"schemaVersion\" : \(Plan.currentSchemaVersion)", with: "\"schemaVersion\" : \(Plan.currentSchemaVersion + 1)").utf8)
            case .empty: Data()
            case .notUTF8: Data(good.utf8.prefix(100)) + Data([0xFF, 0xFE]) + Data(good.utf8.dropFirst(100))
            case .notAnObject: Data("[]".utf8)
            }
        }
    }

    @Test(arguments: BadFile.allCases)
    func aFailedOpenChangesNothing(_ bad: BadFile) throws {
        let folder = TemporaryFolder()
        let store = try PlanStore.create(at: folder.sub("plan"), plan: samplePlan(), clock: { fixedDate })
        store.close()
        try bad.bytes(from: goodText()).write(to: store.folder.planFile)
        let before = try snapshot(folder.url)
        #expect(throws: PlanFileError.self) { try PlanStore.open(at: folder.sub("plan")) }
        #expect(throws: PlanFileError.self) { try PlanStore.load(at: folder.sub("plan")) }
        #expect(try snapshot(folder.url) == before)
        #expect(!FileManager.default.fileExists(atPath: store.folder.lockFile.path))
    }
}

struct UnknownFieldTests {
    @Test func aMisspeltFieldIsRefusedWithItsPlaceAndTheFileIsKept() throws {
        let folder = try TemporaryFolder()
        let store = try PlanStore.create(at: folder.url, plan: samplePlanForUnknownFields())
        store.close()
        let file = folder.url.appendingPathComponent("plan.json")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"legalBasis\" :", with: "\"legalBasys\" : \"Loi 12\",\n\"legalBasis\" :")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: file)
        do {
            _ = try PlanStore.open(at: folder.url)
            Issue.record("a misspelt field was accepted")
        } catch let error as PlanFileError {
            #expect(error.problem == .unknownField("legalBasys"))
            #expect(error.fieldPath == "stocktake.schemes[0]")
            let line = try #require(error.line)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines[line - 1].contains("legalBasys"))
            #expect(error.description.contains("unknown field \"legalBasys\""))
        }
        #expect(try Data(contentsOf: file) == before)
    }

    @Test func nullOptionalFieldsAreFine() throws {
        let data = try PlanCodec.encode(samplePlanForUnknownFields())
        var text = String(decoding: data, as: UTF8.self)
        text = text.replacingOccurrences(of: "\"legalBasis\" :", with: "\"expenditure\" : null,\n\"legalBasis\" :")
        #expect(throws: Never.self) { _ = try PlanCodec.decode(Data(text.utf8), file: "plan.json") }
    }

    /// The re-encoding check (migrated files, and plans whose key shape cannot be taken) writes the
    /// plan back to compare; when that fails it says so instead of passing the file unchecked. (The
    /// key-shape walk used on open does not encode: a plan decoded from JSON holds no NaN.)
    @Test func aPlanThatCannotBeWrittenBackIsReportedNotPassed() throws {
        var plan = samplePlanForUnknownFields()
        let data = try PlanCodec.encode(plan)
        let text = String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "\"legalBasis\" :", with: "\"legalBasys\" : 1,\n\"legalBasis\" :")
        plan.stocktake.schemes[0].expenditure = .nan
        #expect {
            try UnknownFields.checkByReencoding(Data(text.utf8), against: plan, file: "plan.json")
        } throws: { error in
            guard let error = error as? PlanFileError, case .notWritable(let reason) = error.problem else { return false }
            return reason.contains("expenditure") && error.description.hasPrefix("plan.json: the plan in it cannot be written back as JSON")
        }
    }
}

private func samplePlanForUnknownFields() -> Plan {
    var plan = Plan.new(meta: PlanMeta(country: Country(name: "Togo", code: "TG"), title: "t", currency: "XOF",
                                       baseYear: 2025, firstYear: 2026, lastYear: 2030))
    var scheme = Scheme(id: "SCH-1")
    scheme.name = "Caisse"
    scheme.legalBasis = "Loi"
    plan.stocktake.schemes = [scheme]
    return plan
}

/// A plan folder that is not there is named as missing, by reading and by opening alike.
struct MissingPlanFolderTests {
    @Test func aMissingFolderIsSaidToBeMissing() throws {
        let folder = TemporaryFolder("missing-plan")
        let missing = folder.sub("nope")
        #expect(throws: PlanStoreError.noSuchFolder(path: missing.path)) { try PlanStore.load(at: missing) }
        #expect(throws: PlanStoreError.noSuchFolder(path: missing.path)) { try PlanStore.open(at: missing) }
        #expect("\(PlanStoreError.noSuchFolder(path: missing.path))".contains("does not exist"))
        // An existing folder without plan.json is still "not a plan folder".
        try FileManager.default.createDirectory(at: missing, withIntermediateDirectories: true)
        #expect(throws: PlanStoreError.notAPlanFolder(path: missing.path)) { try PlanStore.open(at: missing) }
    }
}
