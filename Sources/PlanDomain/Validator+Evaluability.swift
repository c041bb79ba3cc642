extension Validator {
    /// Evaluability: each evaluation question says the data it needs, whether that data exists, and
    /// the limits missing data puts on the answer.
    mutating func checkEvaluability() {
        for question in plan.evaluation.questions {
            let id = question.id
            reference(question.studyId, .study, from: Location(id, EvaluationQuestion.Field.study))
            if question.dataNeeded.isBlank {
                add(.warning, .questionData, Location(id, EvaluationQuestion.Field.dataNeeded),
                    "Question \(id) says no data it needs to be answered.")
            } else if question.dataAvailability == .notAssessed {
                add(.warning, .questionAvailability, Location(id, EvaluationQuestion.Field.dataAvailability),
                    "Question \(id): check whether the data it needs exists (\(question.dataNeeded)).")
            }
            if question.dataAvailability.limitsTheAnswer && question.limits.isBlank {
                add(.warning, .questionLimits, Location(id, EvaluationQuestion.Field.limits),
                    "Question \(id): its data is \(question.dataAvailability.label.lowercased()); say what this"
                        + " limits in the answer.")
            }
        }
    }
}
