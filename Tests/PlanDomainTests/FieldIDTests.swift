import Testing
@testable import PlanDomain

/// A field's identity holds its owner and its place among the owner's fields: its names, read back
/// from the table, are those of the enum case it was made from, for every field of every owner.
@Suite("Field identities")
struct FieldIDTests {
    /// Each field of `Field`, checked against its case.
    static func check<Field: FieldKey>(_ type: Field.Type) {
        let ids = Field.allCases.map(\.id)
        for (field, id) in zip(Field.allCases, ids) {
            #expect(id.owner == Field.owner)
            #expect(id.key == field.rawValue)
            #expect(id.editedThrough == field.editedThrough.rawValue)
            #expect(id.description == field.rawValue)
            #expect(FieldID.named(field.rawValue, of: Field.owner) == id)
            #expect(Location(nil, field).field == id)
        }
        // Two fields are the same identity only when they are the same case.
        #expect(Set(ids).count == Field.allCases.count)
    }

    @Test("every entity kind's fields")
    func entityFields() {
        func check<E: PlanEntity>(_ type: E.Type) { Self.check(E.Field.self) }
        for kind in EntityKind.allCases {
            check(kind.type)
            #expect(FieldOwner.entity(kind).ordinal == kind.casePlace)
        }
    }

    @Test("every record's fields")
    func recordFields() {
        Self.check(RecordKind.DetailsField.self)
        Self.check(RecordKind.MandateField.self)
        Self.check(RecordKind.EconomyField.self)
        Self.check(RecordKind.VisionField.self)
        Self.check(RecordKind.TimetableField.self)
        Self.check(RecordKind.DocumentField.self)
        Self.check(RecordKind.ReportingField.self)
        for (place, record) in RecordKind.allCases.enumerated() {
            #expect(FieldOwner.record(record).ordinal == EntityKind.allCases.count + place)
            #expect(record.fields.map(\.key) == record.names.map(\.key))
        }
    }

    @Test("fields of different owners with the same key are different identities")
    func owners() {
        #expect(Activity.Field.description.id != MeasureOption.Field.description.id)
        #expect(Activity.Field.description.id.key == MeasureOption.Field.description.id.key)
        let all = EntityKind.allCases.flatMap(\.fields) + RecordKind.allCases.flatMap(\.fields)
        #expect(Set(all).count == all.count)
        #expect(MemoryLayout<FieldID>.size <= 4)
    }
}
