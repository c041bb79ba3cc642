import Testing
@testable import PlanDomain

struct ProgressTests {
    @Test func anEmptyPlanMissesEverythingButTheDefaults() {
        let plan = Plan.new(meta: PlanMeta(country: Country(name: "X", code: "XX"), title: "t", currency: "XXX",
                                           baseYear: 2025, firstYear: 2026, lastYear: 2030))
        let progress = plan.progress()
        #expect(progress.map(\.stage) == Stage.allCases)
        // The default readiness questions cover all five dimensions but are not assessed yet.
        #expect(progress[0].status == .notStarted)
        #expect(progress[0].missing.contains { $0.label == "Readiness assessed in all five dimensions" })
        #expect(progress[1].status == .notStarted)
        #expect(progress[4].missing.map(\.label) == ["Capacity assessed for every administrative function"])
    }

    @Test func itemsTurnDoneAsThePlanFillsIn() throws {
        var plan = cleanPlan()
        let before = plan.progress(.foundations)
        #expect(before.missing.contains { $0.label == "Steering committee" })
        var member = CommitteeMember(id: "COM-1")
        member.name = "Aïcha Koné"
        try plan.apply(.insert(member))
        let after = plan.progress(.foundations)
        #expect(!after.missing.contains { $0.label == "Steering committee" })
        #expect(after.fraction > before.fraction)
    }

    @Test func missingItemsPointToWhereTheyAreFilledIn() throws {
        var plan = cleanPlan()
        plan.monitoring = Monitoring()
        let progress = plan.progress(.monitoring)
        let item = try #require(progress.missing.first)
        #expect(item.location.stage == .monitoring)
        #expect(item.location.kind == .outcome)
    }

    /// The thread's holes reach the overview's missing list: a measure no indicator tracks.
    @Test func aMeasureNoIndicatorTracksIsMissingOnTheMonitoringOverview() throws {
        var plan = cleanPlan()
        #expect(!plan.progress(.monitoring).missing.contains { $0.label == "Every measure tracked by an indicator" })
        plan.monitoring.indicators[0].measureIds = []
        let item = try #require(plan.progress(.monitoring).missing.first { $0.label == "Every measure tracked by an indicator" })
        #expect(item.location.field == ResultIndicator.Field.measures.id)
    }

    @Test func aFullStageIsComplete() {
        var plan = cleanPlan()
        for criterion in EvaluationCriterion.allCases {
            var question = EvaluationQuestion(id: "EQ-\(criterion.rawValue)")
            question.criterion = criterion
            plan.evaluation.questions.append(question)
        }
        plan.evaluation.findings = [EvaluationFinding(id: "EF-1")]
        plan.evaluation.evaluations = [PlannedEvaluation(id: "EVP-1")]
        var recommendation = Recommendation(id: "REC-1")
        plan.evaluation.recommendations = [recommendation]
        #expect(plan.progress(.evaluation).missing.map(\.label) == ["A management response to every recommendation"])
        recommendation.response = .accepted
        plan.evaluation.recommendations = [recommendation]
        #expect(plan.progress(.evaluation).status == .complete)
        #expect(plan.progress(.evaluation).fraction == 1)
    }
}
