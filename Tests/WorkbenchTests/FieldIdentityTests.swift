import Foundation
import Testing
import PlanDomain
@testable import Workbench

/// A finding reaches its form field through its typed field (`Location.field`, a `FieldID` made only
/// from an owner's `FieldKey` case). These tests hold the other end: every field an owner declares is
/// in the form that edits the owner (or is edited through one that is), and every form field is one
/// its owner declares. Together they make a finding that names a field always show under it.
struct FieldIdentityTests {
    static var owners: [(FieldOwner, FormSpec)] {
        EntityKind.allCases.map { (.entity($0), $0.form) } + RecordKind.allCases.map { (.record($0), $0.spec) }
    }

    @Test func everyDeclaredFieldIsInItsOwnersForm() {
        for (owner, form) in Self.owners {
            #expect(!owner.fields.isEmpty, "\(owner) declares no field")
            for field in owner.fields {
                #expect(form.fieldIndex(forFinding: field) != nil,
                        "\(owner): field \"\(field.key)\" is in no field of its form \(form.fields.map(\.id.key))")
                #expect(field.owner == owner)
            }
        }
    }

    @Test func everyFormFieldIsDeclaredByItsOwner() {
        for (owner, form) in Self.owners {
            for field in form.fields {
                #expect(field.id.owner == owner, "\(form.title): \"\(field.label)\" belongs to \(field.id.owner)")
                #expect(owner.fields.contains(field.id), "\(form.title): \"\(field.label)\" is not declared")
            }
        }
    }

    /// Findings of a plan broken in many ways, field by field: each one that names a field finds it in
    /// the form the workbench opens for it, and that form is on the tab `Section.tab(for:)` picks.
    @Test func findingsOfABrokenPlanReachTheirFields() throws {
        var plan = try examplePlan()
        plan.meta.currency = "euro"
        plan.meta.lastYear = plan.meta.firstYear - 1
        plan.stocktake.groups[0].growthPercent = -150
        plan.stocktake.schemes[0].financing.employerContributions = 70
        plan.strategy.measures[0].takeUp.rampYears = 0
        plan.strategy.measures[0].leadInstitutionId = "STK-404"
        plan.actionPlan.activities[0].durationDays = -3
        plan.actionPlan.activities[1].notEarlierThan = Day(year: 1800, month: 1, day: 1)
        plan.strategy.criteria[0].weight = -1
        let findings = plan.validate()
        let named = findings.filter { $0.location.field != nil }
        #expect(named.count >= 8, "the broken plan gives findings that name fields: \(named.count)")
        for finding in named {
            let field = try #require(finding.location.field)
            let form: FormSpec
            switch field.owner {
            case .entity(let kind):
                #expect(finding.location.kind == kind, "\(finding.rule): kind \(String(describing: finding.location.kind))")
                form = kind.form
            case .record(let record):
                form = record.spec
            }
            #expect(form.fieldIndex(forFinding: field) != nil, "\(finding.rule) at \(finding.location)")
        }
    }

    /// Record forms name each field for itself, so an error shows under the field it concerns.
    @Test func recordFieldsHaveTheirOwnNames() {
        for form in RecordForm.allCases {
            let keys = form.spec.fields.map(\.id.key)
            #expect(Set(keys).count == keys.count, "\(form): two fields share a name: \(keys)")
        }
    }
}
