import Testing
import PlanDomain
@testable import PlanStore

/// A finding about an imported value names its column through the column's typed field: every
/// column must have one, declared by the entity it imports into.
struct ImportColumnFieldTests {
    func check<E: PlanEntity>(_ columns: [ImportColumn<E>]) {
        for column in columns {
            let field = column.field
            #expect(field != nil, "column \(column.name) of \(E.entityKind) names no field")
            #expect(field.map { E.fields.contains($0) } ?? false, "column \(column.name): \(String(describing: field))")
        }
    }

    @Test func schemeColumnsNameTheirFields() {
        check(ImportColumn<Scheme>.all)
        #expect(ImportColumn<Scheme>.all.first { $0.name == "employer_pct" }?.field == Scheme.Field.financing.id)
    }

    @Test func groupColumnsNameTheirFields() {
        check(ImportColumn<PopulationGroup>.all)
        #expect(ImportColumn<PopulationGroup>.all.first { $0.name == "growth_pct" }?.field == PopulationGroup.Field.growth.id)
    }
}
