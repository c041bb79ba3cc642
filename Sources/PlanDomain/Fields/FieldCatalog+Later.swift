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
