import Foundation
import PlanDomain
import Testing
@testable import PlanStore

/// plan.json is read as UTF-8 only, and a field name given twice is refused.
@Suite("Plan file encoding and duplicate fields")
struct PlanFileStrictnessTests {
    private func text() throws -> String {
        String(decoding: try PlanCodec.encode(samplePlan()), as: UTF8.self)
    }

    private func problem(_ data: Data) -> PlanFileError? {
        do {
            _ = try PlanCodec.decode(data, file: "/p/plan.json")
            return nil
        } catch {
            return error
        }
    }

    @Test func utf16AndUTF32AreRefusedNamingTheEncoding() throws {
        let text = try text()
        let cases: [(Data, String)] = [
            (text.data(using: .utf16)!, "UTF-16"),  // with a byte-order mark
            (text.data(using: .utf16LittleEndian)!, "UTF-16"),
            (text.data(using: .utf16BigEndian)!, "UTF-16"),
            (text.data(using: .utf32)!, "UTF-32"),
            (text.data(using: .utf32LittleEndian)!, "UTF-32"),
            (text.data(using: .utf32BigEndian)!, "UTF-32"),
        ]
        for (data, encoding) in cases {
            let error = problem(data)
            #expect(error?.problem == .notUTF8Encoding(encoding))
            #expect(error?.description == "/p/plan.json: the file is \(encoding) text; save it as UTF-8 (Socle reads plan"
                + " files in UTF-8 only).")
        }
        #expect(problem(Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)) == nil, "UTF-8 with a byte-order mark is read")
    }

    @Test func aDuplicateFieldIsRefusedWithItsPlace() throws {
        let good = try text()
        let line = try #require(good.components(separatedBy: "\n").firstIndex { $0.contains("\"currency\" : \"STN\"") }) + 1
        let doubled = good.replacingOccurrences(of: "\"currency\" : \"STN\",", with: "\"currency\" : \"STN\",\n    \"currency\" : \"ZZZ\",")
        let error = try #require(problem(Data(doubled.utf8)))
        #expect(error.problem == .duplicateField("currency", firstLine: line))
        #expect(error.fieldPath == "meta" && error.line == line + 1 && error.column == 5)
        #expect(error.description.hasPrefix("/p/plan.json, line \(line + 1), column 5: meta: the field \"currency\" appears"
            + " twice in the same object (first on line \(line))."))
    }

    @Test func theSameNameInDifferentObjectsIsFine() throws {
        let plan = samplePlan()
        #expect(plan.stocktake.schemes.count == 2, "two schemes, each with its own \"id\"")
        let data = try PlanCodec.encode(plan)
        // Compact, so the fast path's byte comparison does not skip the scan.
        let object = try JSONSerialization.jsonObject(with: data)
        let compact = try JSONSerialization.data(withJSONObject: object)
        #expect(try PlanCodec.decode(compact, file: "plan.json").plan == plan)
    }
}
