// The fields of the action plan, administration, monitoring and evaluation entities (stages 3 to 6).

extension Activity {
    public enum Field: String, FieldKey {
        case name
        case description
        case output
        case verification = "means of verification"
        case measure
        case objective
        case responsible
        case partners
        case start
        case duration
        case dependencies
        case milestone
        case budget
        case fundingSource = "funding source"
        case status
        case progress
        case actualStart = "actual start"
        case actualFinish = "actual finish"
        case dimensions
        public static var owner: FieldOwner { .entity(.activity) }
    }
}

extension Pledge {
    public enum Field: String, FieldKey {
        case partner
        case kind
        case amount
        case currency
        case exchangeRate = "exchange rate"
        case personDays = "person-days"
        case years
        case measure
        case activity
        case status
        case reference
        public static var owner: FieldOwner { .entity(.pledge) }
    }
}

extension Appropriation {
    public enum Field: String, FieldKey {
        case year
        case source
        case amount
        case measure
        case status
        case reference
        public static var owner: FieldOwner { .entity(.appropriation) }
    }
}

extension CapacityAssessment {
    public enum Field: String, FieldKey {
        case institution
        case function
        case rating
        case notes
        case actions
        public static var owner: FieldOwner { .entity(.capacity) }
    }
}

extension CostCeiling {
    public enum Field: String, FieldKey {
        case schemeType = "scheme type"
        case branch
        case ceiling
        public static var owner: FieldOwner { .entity(.costCeiling) }
    }
}

extension Outcome {
    public enum Field: String, FieldKey {
        case objective
        case statement
        public static var owner: FieldOwner { .entity(.outcome) }
    }
}

extension ResultIndicator {
    public enum Field: String, FieldKey {
        case name
        case outcome
        case activities
        case unit
        case baseline
        case targets
        case source
        case frequency
        case responsible
        public static var owner: FieldOwner { .entity(.resultIndicator) }
    }
}

extension ActualValue {
    public enum Field: String, FieldKey {
        case indicator
        case year
        case value
        case note
        public static var owner: FieldOwner { .entity(.actual) }
    }
}

extension EvaluationQuestion {
    public enum Field: String, FieldKey {
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
        case criterion
        case question
        case finding
        case rating
        public static var owner: FieldOwner { .entity(.finding) }
    }
}

extension Recommendation {
    public enum Field: String, FieldKey {
        case text
        case findings
        case addressee
        case priority
        public static var owner: FieldOwner { .entity(.recommendation) }
    }
}

