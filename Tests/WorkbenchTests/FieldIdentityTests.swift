import Foundation
import Testing
import PlanDomain
@testable import Workbench

/// A finding reaches its form field through its field name (`Location.field`), which must be the
/// `key` of a field in the form that edits what the finding is about. Every place the validator
/// names a field is read from its sources here, so a renamed label or a new rule that detaches its
/// errors fails this test (until fields get typed identities, issue 14).
struct FieldIdentityTests {
    struct Named: CustomStringConvertible {
        var file: String
        var kind: EntityKind?
        var stage: Stage?
        var field: String
        var description: String { "\(file): \(kind.map { "\($0)" } ?? stage.map { "stage \($0)" } ?? "?") \"\(field)\"" }
    }

    /// Every `Location(...)` with a literal field in PlanDomain, and the `here("...")` helpers.
    static func namedFields() throws -> [Named] {
        let folder = packageRoot().appendingPathComponent("Sources/PlanDomain")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        var found: [Named] = []
        let byKind = try NSRegularExpression(pattern: #"Location\(\.(\w+),[^()]*?(?:\([^()]*\)[^()]*?)*field: "([^"]+)""#)
        let byStage = try NSRegularExpression(
            pattern: #"Location\(stage: \.(\w+)(?:, kind: \.(\w+))?[^()]*?field: "([^"]+)""#)
        let helper = try NSRegularExpression(pattern: #"here\("([^"]+)"\)"#)
        let helperStage = try NSRegularExpression(pattern: #"func here\(_ field: String\) -> Location \{ Location\(stage: \.(\w+)"#)
        for file in files.sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let range = NSRange(text.startIndex..., in: text)
            func group(_ match: NSTextCheckingResult, _ index: Int) -> String? {
                Range(match.range(at: index), in: text).map { String(text[$0]) }
            }
            for match in byKind.matches(in: text, range: range) {
                found.append(Named(file: file, kind: EntityKind(rawValue: group(match, 1)!), stage: nil,
                                   field: group(match, 2)!))
            }
            for match in byStage.matches(in: text, range: range) {
                found.append(Named(file: file, kind: group(match, 2).flatMap(EntityKind.init(rawValue:)),
                                   stage: stageNamed(group(match, 1)!), field: group(match, 3)!))
            }
            // Inside a function, `here("last year")` is a record field of the stage its helper names.
            for function in text.components(separatedBy: "    mutating func ").dropFirst() {
                let inner = NSRange(function.startIndex..., in: function)
                guard let stageMatch = helperStage.firstMatch(in: function, range: inner),
                      let stageRange = Range(stageMatch.range(at: 1), in: function) else { continue }
                for match in helper.matches(in: function, range: inner) {
                    guard let fieldRange = Range(match.range(at: 1), in: function) else { continue }
                    found.append(Named(file: file, kind: nil, stage: stageNamed(String(function[stageRange])),
                                       field: String(function[fieldRange])))
                }
            }
        }
        return found
    }

    static func stageNamed(_ name: String) -> Stage? { Stage.allCases.first { "\($0)" == name } }

    @Test func everyFindingFieldIsAFormField() throws {
        let named = try Self.namedFields()
        #expect(named.count > 60, "the scan finds the validator's fields (\(named.count))")
        #expect(named.contains { $0.field == "last year" && $0.kind == nil })
        for item in named {
            let specs: [FormSpec]
            if let kind = item.kind {
                specs = [kind.form]
            } else if let stage = item.stage {
                specs = RecordForm.allCases.filter { $0.stage == stage }.map(\.spec)
            } else {
                specs = []
            }
            #expect(specs.contains { $0.fieldIndex(forFinding: item.field) != nil },
                    "\(item) is no field of its form: \(specs.flatMap { $0.fields.map(\.key) })")
        }
    }

    /// Record forms name each field for itself, so an error shows under the field it concerns.
    @Test func recordFieldsHaveTheirOwnNames() {
        for form in RecordForm.allCases {
            let keys = form.spec.fields.map(\.key)
            #expect(Set(keys).count == keys.count, "\(form): two fields share a name: \(keys)")
        }
    }
}
