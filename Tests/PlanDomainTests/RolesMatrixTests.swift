import Testing
@testable import PlanDomain

/// M1: I1 leads and supports policy, I2 leads delivery, I3 is consulted on monitoring; the whole
/// strategy: I4 leads financing. M2 has no roles. M3: I1 and I2 both lead delivery.
func rolesPlan() -> Plan {
    var plan = cleanPlan()
    plan.strategy.measures = ["M1", "M2", "M3"].map { id in
        var measure = Measure(id: id)
        measure.name = "Measure \(id)"
        return measure
    }
    let roles: [(String, EntityID?, InstitutionFunction, Involvement)] = [
        ("I1", "M1", .policy, .support), ("I1", "M1", .policy, .lead), ("I2", "M1", .administration, .lead),
        ("I3", "M1", .monitoring, .consulted), ("I4", nil, .financing, .lead),
        ("I1", "M3", .administration, .lead), ("I2", "M3", .administration, .lead),
    ]
    plan.strategy.roles = roles.enumerated().map { index, entry in
        var role = InstitutionRole(id: "ROL-\(index + 1)")
        (role.institutionId, role.measureId, role.function, role.involvement) = entry
        return role
    }
    return plan
}

@Suite("Roles matrix")
struct RolesMatrixTests {
    @Test func blocksRowsAndLeads() throws {
        let matrix = rolesPlan().rolesMatrix
        #expect(matrix.blocks.map(\.measureId) == ["M1", "M2", "M3", nil])
        let m1 = try #require(matrix.block(for: "M1"))
        #expect(m1.rows.map(\.institutionId) == ["I1", "I2", "I3"])
        #expect(m1.rows[0].involvement(.policy) == .lead, "the strongest involvement wins")
        #expect(m1.rows[2].involvement(.monitoring) == .consulted)
        #expect(m1.leads[.policy] == ["I1"] && m1.leads[.administration] == ["I2"])
        #expect(m1.leads[.financing] == ["I4"] && m1.inheritedLeads == [.financing])
        #expect(m1.missingLeads == [.regulation, .monitoring])
        #expect(matrix.block(for: nil)?.missingLeads == [], "the whole strategy need not lead everything")
    }

    @Test func findings() {
        let plan = rolesPlan()
        #expect(PlanDomainTests.findings(plan, rule: .roleNoLead).map(\.message)
            == ["Measure M1 \"Measure M1\" has no lead for regulation and monitoring.",
                "Measure M3 \"Measure M3\" has no lead for policy, regulation and monitoring."])
        #expect(PlanDomainTests.findings(plan, rule: .roleNone).map(\.location.id) == ["M2"])
        let twoLeads = PlanDomainTests.findings(plan, rule: .roleTwoLeads)
        #expect(twoLeads.map(\.severity) == [.hint])
        #expect(twoLeads.first?.message.contains("2 leads for administration and delivery (I1 and I2)") == true)
        #expect(PlanDomainTests.findings(plan, rule: .roleNoLead).allSatisfy { $0.severity == .warning })
    }

    @Test func theExampleMissesOneLead() throws {
        // MEA-3's monitoring has no lead; MEA-6 takes its financing lead (MoFEP) from the whole strategy.
        let plan = try ExamplePlanTests.loadPlan()
        #expect(PlanDomainTests.findings(plan, rule: .roleNoLead).map(\.location.id) == ["MEA-3"])
        #expect(plan.rolesMatrix.block(for: "MEA-6")?.inheritedLeads == [.financing])
        #expect(plan.rolesMatrix.block(for: "MEA-6")?.leads[.financing] == ["STK-2"])
    }
}
