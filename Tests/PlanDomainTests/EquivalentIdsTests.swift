import Testing
@testable import PlanDomain

/// Ids that `==` finds equal (the same text, composed or decomposed) name the same entity in every
/// rule, whether it compares them or looks them up in an index: a plan with references written in
/// the other form gives the same findings as the plan written in one.
struct EquivalentIdsTests {
    @Test("references written in another canonical form give the findings of the plan written in one")
    func referencesInAnotherForm() throws {
        var composed = try ExamplePlanTests.loadPlan()
        // Ids beyond ASCII for an activity, a group and a measure, named by others.
        composed.actionPlan.activities[0].id = "ACT-caf\u{E9}"
        composed.actionPlan.activities[1].dependencies = [Dependency(activityId: "ACT-caf\u{E9}")]
        composed.actionPlan.activities[2].dependencies = [Dependency(activityId: "ACT-caf\u{E9}")] // a self-dependency below
        composed.actionPlan.activities[2].id = "ACT-caf\u{E9}-2"
        composed.actionPlan.activities[2].dependencies.append(Dependency(activityId: "ACT-caf\u{E9}-2"))
        composed.stocktake.groups[0].id = "GRP-\u{E9}l\u{E8}ves"
        composed.stocktake.schemes[0].groupIds = ["GRP-\u{E9}l\u{E8}ves"]
        composed.strategy.measures[0].id = "MEA-r\u{E9}gime"
        composed.actionPlan.activities[3].measureId = "MEA-r\u{E9}gime"
        var decomposed = composed
        decomposed.actionPlan.activities[1].dependencies = [Dependency(activityId: "ACT-cafe\u{301}")]
        decomposed.actionPlan.activities[2].dependencies = [Dependency(activityId: "ACT-cafe\u{301}"),
                                                            Dependency(activityId: "ACT-cafe\u{301}-2")]
        decomposed.stocktake.schemes[0].groupIds = ["GRP-e\u{301}le\u{300}ves"]
        decomposed.actionPlan.activities[3].measureId = "MEA-re\u{301}gime"
        let findings = composed.validate(), other = decomposed.validate()
        #expect(findings.contains { $0.rule == .dependencySelf }, "the self-dependency is found in both forms")
        #expect(!findings.contains { $0.rule == .referenceMissing && $0.message.contains("\u{E9}") })
        #expect(other == findings, "\(IncrementalValidationTests.difference(other, findings))")
        // The same with the schedule worked out alongside (the dependency rules then read its network).
        var validation = Validation()
        _ = validation.updateWithBudget(to: decomposed, schedule: decomposed.schedule())
        #expect(validation.findings == findings)
    }
}
