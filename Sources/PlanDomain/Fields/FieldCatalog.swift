// The fields of every entity and record of a plan, as validation, forms, import columns and the
// schema name them. Each enum lists its owner's fields in the order its form shows them; the raw
// value is the stable name findings carry (`socle check --json`, "field").

extension Stakeholder {
    public enum Field: String, FieldKey {
        case name
        case acronym
        case kind
        case role
        case contact
        public static var owner: FieldOwner { .entity(.stakeholder) }
    }
}

extension CommitteeMember {
    public enum Field: String, FieldKey {
        case name
        case represents
        case position
        case chair
        public static var owner: FieldOwner { .entity(.committeeMember) }
    }
}

extension ReadinessItem {
    public enum Field: String, FieldKey {
        case dimension
        case criterion
        case status
        case note
        public static var owner: FieldOwner { .entity(.readiness) }
    }
}

extension Study {
    public enum Field: String, FieldKey {
        case title
        case kind
        case author
        case date
        case status
        case stages
        case schemes
        case measures
        case file = "file or link"
        public static var owner: FieldOwner { .entity(.study) }
    }
}

extension ExpertSupport {
    public enum Field: String, FieldKey {
        case expert
        case provider
        case topic
        case stages
        case start
        case finish
        case personDays = "person-days"
        case pledge
        public static var owner: FieldOwner { .entity(.expertSupport) }
    }
}

extension Indicator {
    public enum Field: String, FieldKey {
        case name
        case value
        case unit
        case year
        case source
        case study
        public static var owner: FieldOwner { .entity(.indicator) }
    }
}

extension PopulationGroup {
    public enum Field: String, FieldKey {
        case name
        case sex
        case size
        case year
        case growth
        case projection
        case partition
        case reference = "reference population"
        case source
        case study
        public static var owner: FieldOwner { .entity(.group) }
    }
}

extension Scheme {
    public enum Field: String, FieldKey {
        case name
        case type
        case institution
        case legalBasis = "legal basis"
        case contingencies
        case groups
        case financing
        case contributors
        case activeContributors = "active contributors"
        case recipients
        case legalCoverage = "legal coverage"
        case branchOf = "branch of"
        case exclusiveWith = "exclusive with"
        case benefitLevel = "benefit level"
        case expenditure
        case contributionIncome = "contribution income"
        case administrativeCost = "administrative cost"
        case year
        case source
        public static var owner: FieldOwner { .entity(.scheme) }
    }
}

extension CoverageAssessment {
    public enum Field: String, FieldKey {
        case contingency
        case group
        case rating
        case coverage
        case note
        public static var owner: FieldOwner { .entity(.coverage) }
    }
}

extension Gap {
    public enum Field: String, FieldKey {
        case kind
        case contingency
        case group
        case description
        case reasons
        public static var owner: FieldOwner { .entity(.gap) }
    }
}

extension ExtensionReason {
    public enum Field: String, FieldKey {
        case kind
        case description
        public static var owner: FieldOwner { .entity(.reason) }
    }
}

extension Objective {
    public enum Field: String, FieldKey {
        case name
        case description
        public static var owner: FieldOwner { .entity(.objective) }
    }
}

extension Criterion {
    public enum Field: String, FieldKey {
        case name
        case weight
        case higherIsBetter = "higher is better"
        public static var owner: FieldOwner { .entity(.criterion) }
    }
}

extension PriorityScore {
    public enum Field: String, FieldKey {
        case gap
        case criterion
        case scoredBy = "scored by"
        case score
        public static var owner: FieldOwner { .entity(.score) }
    }
}

extension Priority {
    public enum Field: String, FieldKey {
        case name
        case gaps
        case objective
        case rank
        case rationale
        public static var owner: FieldOwner { .entity(.priority) }
    }
}

extension Scenario {
    public enum Field: String, FieldKey {
        case name
        case description
        case measures
        case financed
        case cost
        public static var owner: FieldOwner { .entity(.scenario) }

        /// A scenario's cost follows from its measures.
        public var editedThrough: Self {
            switch self {
            case .cost: .measures
            default: self
            }
        }
    }
}

extension InstitutionRole {
    public enum Field: String, FieldKey {
        case institution
        case measure
        case function
        case involvement
        public static var owner: FieldOwner { .entity(.role) }
    }
}

extension Phase {
    public enum Field: String, FieldKey {
        case name
        case years
        case description
        public static var owner: FieldOwner { .entity(.phase) }
    }
}

extension ApprovalStep {
    public enum Field: String, FieldKey {
        case step
        case status
        case date
        case reference
        case note
        case documents
        case version
        case fingerprint
        public static var owner: FieldOwner { .entity(.approval) }
    }
}

extension Consultation {
    public enum Field: String, FieldKey {
        case date
        case participants
        case stakeholders
        case topics
        case outcome
        case response
        public static var owner: FieldOwner { .entity(.consultation) }
    }
}

extension PublicAction {
    public enum Field: String, FieldKey {
        case audience
        case channel
        case message
        case date
        case status
        case responsible
        case measures
        public static var owner: FieldOwner { .entity(.publicAction) }
    }
}

extension Measure {
    public enum Field: String, FieldKey {
        case name
        case description
        case objective
        case gaps
        case targetGroup = "target group"
        case contingency
        case benefit
        case eligibility
        case eligibleShare = "eligible share"
        case takeUp = "take-up"
        case financing
        case contributions
        case replaces
        case leadInstitution = "lead institution"
        case startYear = "start year"
        case phase
        case administrativeRate = "administrative rate"
        case schemeType = "scheme type"
        case legislation
        case financialImplications = "financial implications"
        case administrativeImplications = "administrative implications"
        case legalImplications = "legal implications"
        case politicalImplications = "political implications"
        case dimensions
        case roles
        public static var owner: FieldOwner { .entity(.measure) }

        /// A measure's roles are led by its lead institution.
        public var editedThrough: Self {
            switch self {
            case .roles: .leadInstitution
            default: self
            }
        }
    }
}

extension RecordKind {
    public enum DetailsField: String, FieldKey {
        case country
        case isoCode = "iso code"
        case title
        case currency
        case baseYear = "base year"
        case firstYear = "first year"
        case lastYear = "last year"
        case language
        case numberFormat = "number format"
        case authors
        public static var owner: FieldOwner { .record(.details) }
    }

    public enum MandateField: String, FieldKey {
        case authority
        case instrument
        case date
        case summary
        case leadMinistry = "lead ministry"
        case c102Parts = "c102 parts"
        case c102 = "c102 ratified"
        case c121 = "c121 ratified"
        case c128 = "c128 ratified"
        case c130 = "c130 ratified"
        case c168 = "c168 ratified"
        case c183 = "c183 ratified"
        case r202 = "r202 recognised"
        case r204 = "r204 recognised"
        public static var owner: FieldOwner { .record(.mandate) }
    }

    public enum EconomyField: String, FieldKey {
        case gdpBaseYear = "gdp (base year)"
        case gdpGrowth = "gdp growth"
        case gdpByYear = "gdp by year"
        case governmentExpenditure = "government expenditure"
        case expenditureGrowth = "expenditure growth"
        case expenditureByYear = "expenditure by year"
        case inflation
        case inflationByYear = "inflation by year"
        case povertyLine = "poverty line"
        case povertyLineGrowth = "poverty line growth"
        case minimumWage = "minimum wage"
        case minimumWageGrowth = "minimum wage growth"
        case fiscalSpaceCeiling = "fiscal-space ceiling"
        case coverageThreshold = "coverage threshold"
        public static var owner: FieldOwner { .record(.economy) }
    }

    public enum VisionField: String, FieldKey {
        case vision
        public static var owner: FieldOwner { .record(.vision) }
    }

    public enum TimetableField: String, FieldKey {
        case startDate = "start date"
        public static var owner: FieldOwner { .record(.timetable) }
    }
}
