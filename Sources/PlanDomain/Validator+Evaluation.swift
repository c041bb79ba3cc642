extension Validator {
    mutating func checkEvaluation() {
        let evaluation = plan.evaluation
        checkEvaluability()
        for planned in evaluation.evaluations {
            reference(planned.activityId, .activity, from: Location(planned.id, PlannedEvaluation.Field.activity))
            reference(planned.commissionerId, .stakeholder, from: Location(planned.id, PlannedEvaluation.Field.commissioner))
            nonNegative(planned.budget, Location(planned.id, PlannedEvaluation.Field.budget), what: "The budget")
            if planned.year == nil && planned.activityId == nil {
                add(.warning, .evaluationTiming, Location(planned.id, PlannedEvaluation.Field.year),
                    "Evaluation \(name(planned)) has no year and no activity that carries it out.")
            }
            let questions = evaluation.questions.filter { $0.evaluationId == planned.id }
            let missing = EvaluationCriterion.dac.filter { criterion in !questions.contains { $0.criterion == criterion } }
            if !questions.isEmpty && !missing.isEmpty {
                add(.hint, .evaluationCriteria, Location(planned.id, PlannedEvaluation.Field.methods),
                    "Evaluation \(name(planned)) asks no question on "
                        + missing.map { $0.label.lowercased() }.joined(separator: ", ") + ".")
            }
        }
        for question in evaluation.questions {
            reference(question.evaluationId, .evaluation, from: Location(question.id, EvaluationQuestion.Field.evaluation))
        }
        for finding in evaluation.findings {
            reference(finding.evaluationId, .evaluation, from: Location(finding.id, EvaluationFinding.Field.evaluation))
            reference(finding.questionId, .question, from: Location(finding.id, EvaluationFinding.Field.question))
            references(finding.indicatorIds, .resultIndicator, from: Location(finding.id, EvaluationFinding.Field.indicators))
            references(finding.measureIds, .measure, from: Location(finding.id, EvaluationFinding.Field.measures))
            references(finding.schemeIds, .scheme, from: Location(finding.id, EvaluationFinding.Field.schemes))
            if let rating = finding.rating, !(1...4).contains(rating) {
                add(.error, .findingRating, Location(finding.id, EvaluationFinding.Field.rating),
                    "Finding \(finding.id) is rated \(rating); ratings go from 1 (poor) to 4 (good).")
            }
        }
        for recommendation in evaluation.recommendations {
            references(recommendation.findingIds, .finding,
                       from: Location(recommendation.id, Recommendation.Field.findings))
            reference(recommendation.ownerId, .stakeholder, from: Location(recommendation.id, Recommendation.Field.actionOwner))
        }
    }
}
