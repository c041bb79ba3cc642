// The fields of issue 16's process and service entities (schema 5), in form order.

extension MeasureOption {
    public enum Field: String, FieldKey {
        case measure
        case name
        case description
        case cost
        case coverage
        case feasibility
        case dimensions
        case chosen
        case reason
        public static var owner: FieldOwner { .entity(.option) }
    }
}

extension AcceptanceEvidence {
    public enum Field: String, FieldKey {
        case kind
        case title
        case date
        case source
        case size
        case stance
        case support
        case summary
        case measures
        public static var owner: FieldOwner { .entity(.acceptance) }
    }
}

extension ServiceProfile {
    public enum Field: String, FieldKey {
        case scheme
        case institution
        case year
        case rules = "published rules"
        case reporting
        case complaints
        case appeals
        case decide = "time to decide"
        case pay = "time to pay"
        case onTime = "payments on time"
        case reach = "reach of access points"
        case cost = "administrative cost"
        public static var owner: FieldOwner { .entity(.service) }
    }
}
