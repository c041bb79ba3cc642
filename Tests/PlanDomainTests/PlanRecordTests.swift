import Testing
@testable import PlanDomain

/// A plan's records (`PlanRecord`, what `.set` edits carry) and the forms that edit them (`RecordKind`)
/// are tied in one place, `PlanRecord.kind` and `PlanRecord.path`: a record form's Ctrl-S and a merge
/// conflict on a record both go through it, so a record cannot be left without its form.
@Suite struct PlanRecordTests {
    /// A conflict on each record a form edits opens that form on the record's field, not just its stage.
    @Test func aConflictOnEveryRecordLocatesItsField() {
        let plan = cleanPlan()
        for record in PlanRecord.all(of: plan) {
            guard let kind = record.kind else { continue }
            // Records that hold an object conflict on one of its properties; the others on themselves.
            let path = switch record {
            case .meta: record.path + ".title"
            case .mandate: record.path + ".authority"
            case .economy: record.path + ".gdp.growthPercent"
            default: record.path
            }
            let conflict = PlanConflict(kind: nil, id: nil, field: path, base: nil, ours: nil, theirs: nil)
            #expect(conflict.location.field?.owner == .record(kind), "\(path) is not located on a field of \(kind)")
            #expect(conflict.location.stage == kind.stage, "\(path)")
        }
    }

    /// Every record form edits at least one record, and every field of it is written by some record.
    @Test func everyRecordFormEditsRecords() {
        let kinds = Set(PlanRecord.all(of: cleanPlan()).compactMap(\.kind))
        #expect(kinds == Set(RecordKind.allCases))
    }

    @Test func theThresholdAndTheDocumentTextsAreTheirFormsFields() {
        func located(_ path: String) -> FieldID? {
            PlanConflict(kind: nil, id: nil, field: path, base: nil, ours: nil, theirs: nil).location.field
        }
        #expect(located("stocktake.coverageThresholdPercent") == RecordKind.EconomyField.coverageThreshold.id)
        #expect(located("document.texts.process") == RecordKind.DocumentField.process.id)
        #expect(located("document.texts.situation") == RecordKind.DocumentField.situation.id)
        #expect(located("document.version") == RecordKind.DocumentField.version.id)
        #expect(located("foundations.leadMinistryId") == RecordKind.MandateField.leadMinistry.id)
    }
}
