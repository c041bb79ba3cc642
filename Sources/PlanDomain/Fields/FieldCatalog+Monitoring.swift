// The fields of stages 5 and 6: the results framework, what is measured, reported, spent and risked,
// and the evaluations.

extension Outcome {
    public enum Field: String, FieldKey {
        case level
        case objective
        case parent = "contributes to"
        case statement
        public static var owner: FieldOwner { .entity(.outcome) }
    }
}

extension ResultIndicator {
    public enum Field: String, FieldKey {
        case name
        case outcome
        case objective
        case measures
        case activities
        case computed
        case unit
        case numerator
        case denominator
        case direction
        case tolerance
        case baseline
        case targets
        case source
        case sourceInstitution = "source institution"
        case meansOfVerification = "means of verification"
        case frequency
        case responsible = "collected by"
        case reporter = "reported by"
        case dimensions = "disaggregation"
        public static var owner: FieldOwner { .entity(.resultIndicator) }
    }
}

extension ActualValue {
    public enum Field: String, FieldKey {
        case indicator
        case year
        case period
        case value
        case dimension
        case category
        case denominator
        case source
        case note
        public static var owner: FieldOwner { .entity(.actual) }
    }
}

extension DisaggregationDimension {
    public enum Field: String, FieldKey {
        case name
        case categories
        public static var owner: FieldOwner { .entity(.dimension) }
    }
}

extension ReportingRule {
    public enum Field: String, FieldKey {
        case name
        case frequency
        case from
        case audience = "to"
        case dueDays = "due after"
        public static var owner: FieldOwner { .entity(.reportingRule) }
    }
}

extension Execution {
    public enum Field: String, FieldKey {
        case measure
        case year
        case spent
        case beneficiaries
        case source
        public static var owner: FieldOwner { .entity(.execution) }
    }
}

extension Risk {
    public enum Field: String, FieldKey {
        case risk
        case likelihood
        case impact
        case riskOwner = "owner"
        case mitigation
        case measures
        case activities
        case status
        public static var owner: FieldOwner { .entity(.risk) }
    }
}

extension PlannedEvaluation {
    public enum Field: String, FieldKey {
        case title
        case type
        case year
        case activity
        case independence
        case methods
        case budget
        case commissioner = "commissioned by"
        public static var owner: FieldOwner { .entity(.evaluation) }
    }
}

extension EvaluationQuestion {
    public enum Field: String, FieldKey {
        case evaluation
        case criterion
        case question
        case dataNeeded = "data needed"
        case dataAvailability = "data availability"
        case study
        case limits
        public static var owner: FieldOwner { .entity(.question) }
    }
}

extension EvaluationFinding {
    public enum Field: String, FieldKey {
        case evaluation
        case criterion
        case question
        case finding
        case rating
        case indicators
        case measures
        case schemes
        public static var owner: FieldOwner { .entity(.finding) }
    }
}

extension Recommendation {
    public enum Field: String, FieldKey {
        case text
        case findings
        case addressee
        case priority
        case response
        case action
        case actionOwner = "owner"
        case dueDate = "due date"
        case followUp = "follow-up"
        public static var owner: FieldOwner { .entity(.recommendation) }
    }
}
