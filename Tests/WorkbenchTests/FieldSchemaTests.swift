import Foundation
import Testing
import PlanDomain
@testable import Workbench

/// Each entity form field writes a property of the entity that schema/plan.schema.json describes,
/// and each property the schema describes (but the id) is written by some field of the entity's
/// form: the schema, the forms and so the typed fields (`FieldID`) cannot drift apart.
struct FieldSchemaTests {
    static func schemaProperties() throws -> [String: Set<String>] {
        let url = packageRoot().appendingPathComponent("schema/plan.schema.json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let defs = try #require(json?["$defs"] as? [String: Any])
        var result: [String: Set<String>] = [:]
        for (name, value) in defs {
            if let properties = (value as? [String: Any])?["properties"] as? [String: Any] {
                result[name] = Set(properties.keys)
            }
        }
        return result
    }

    /// A value of the field's kind that differs from `current`.
    static func changed(_ current: FieldValue, _ kind: FieldKind) -> FieldValue {
        switch kind {
        case .text: .text("changed")
        case .number, .percent: .number(current == .number(42) ? 43 : 42)
        case .year: .integer(current == .integer(2031) ? 2032 : 2031)
        case .days: .integer(current == .integer(7) ? 8 : 7)
        case .date: .day(Day(year: 2031, month: 1, day: 2))
        case .flag: .flag(current != .flag(true))
        case .choice(let options, _):
            .choice(options.map(\.value).first { .choice($0) != current })
        case .multiChoice(let options): .choices([options[0].value])
        case .reference: .reference("ZZZ-1")
        case .references: .references(["ZZZ-1"])
        case .yearValues: .yearValues([YearValue(year: 2031, value: 5)])
        case .groupCounts: .groupCounts([GroupCount(groupId: "ZZZ-1", count: 5)])
        case .dependencies: .dependencies([Dependency(activityId: "ZZZ-1")])
        }
    }

    static func encoded(_ entity: any PlanEntity) throws -> [String: Any] {
        let data = try JSONEncoder().encode(entity)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func formFieldsAndSchemaPropertiesMatch() throws {
        let schema = try Self.schemaProperties()
        for kind in EntityKind.allCases {
            let typeName = "\(kind.type)"
            let properties = try #require(schema[typeName], "schema has no $defs/\(typeName)")
            let blank = FormSubject(kind.type.init(id: "X-1"))
            let before = try Self.encoded(try #require(blank.entity).base)
            var written: Set<String> = []
            for field in kind.form.fields {
                let value = Self.changed(field.value(of: blank), field.kind)
                let after = try Self.encoded(try #require(field.setting(value, in: blank).entity).base)
                let changed = Set(before.keys).union(after.keys).filter {
                    !NSDictionary(dictionary: [$0: before[$0] ?? NSNull()]).isEqual(to: [$0: after[$0] ?? NSNull()])
                }
                #expect(!changed.isEmpty, "\(typeName): \(field.label) changes nothing")
                for property in changed {
                    #expect(properties.contains(property), "\(typeName): \(field.label) writes \(property), not in the schema")
                }
                written.formUnion(changed)
            }
            let unwritten = properties.subtracting(written).subtracting(["id"])
            #expect(unwritten.isEmpty, "\(typeName): no form field writes \(unwritten.sorted())")
        }
    }
}
