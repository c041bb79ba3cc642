import Testing
import PlanDomain
@testable import Workbench

/// Forms edit a typed subject (an entity or the plan). A field built over the wrong type would read
/// as empty and drop what is typed into it; these tests fail when a form is built over the wrong type.
struct FormSubjectTests {
    static let plan = FormSubject.plan((try? examplePlan())!)

    @Test(arguments: EntityKind.allCases)
    func everyFieldOfAnEntityFormReadsItsOwnKind(_ kind: EntityKind) {
        let subject = FormSubject(kind.type.init(id: "\(kind.idPrefix)-1"))
        for field in kind.form.fields {
            #expect(field.accepts(subject), "\(kind) form: \(field.label) does not read a \(kind.type)")
            #expect(!field.accepts(Self.plan), "\(kind) form: \(field.label) reads the plan")
        }
    }

    @Test(arguments: RecordForm.allCases)
    func everyFieldOfARecordFormReadsThePlan(_ record: RecordForm) {
        for field in record.spec.fields {
            #expect(field.accepts(Self.plan), "\(record) form: \(field.label) does not read the plan")
        }
    }

    @Test func aFieldOfAnotherTypeReadsEmptyAndWritesNothing() throws {
        let name = try #require(EntityKind.scheme.form.fields.first { $0.label == "Name" })
        let group = FormSubject(PopulationGroup(id: "GRP-1"))
        #expect(name.value(of: group) == .text(""))
        #expect(name.setting(.text("Pensions"), in: group) == group)
    }

    @Test func typedFieldsWriteTheirSubject() throws {
        let form = FormState.entity(Scheme(id: "SCH-9"), isNew: true, numbers: .commaPoint)
        let name = try #require(form.spec.fields.first { $0.label == "Name" })
        let written = name.setting(.text("Pensions"), in: form.subject)
        #expect(written.entity?.title == "Pensions")
        #expect(name.value(of: written) == .text("Pensions"))
    }
}
