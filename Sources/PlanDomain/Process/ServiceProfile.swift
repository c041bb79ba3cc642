/// How one scheme, through its delivering institution, serves the people it covers: the guide's
/// "transparent, impartial, client-oriented and efficient administration" as facts and figures.
/// Transparency: its rules are published and it reports. Impartiality: complaints and appeals, with
/// review by a body independent of the one that decided. Client orientation: service standards with
/// a target and the actual figure. Efficiency: administrative cost per beneficiary and per unit of
/// benefit paid, from the profile's own figures or else the scheme's.
public struct ServiceProfile: PlanEntity {
    public var id: EntityID
    public var schemeId: EntityID?
    /// The institution that delivers it, a stakeholder id.
    public var institutionId: EntityID?
    /// The year of the figures.
    public var year: Int?
    // Transparency
    public var rulesPublished = false
    /// Where the rules are published (gazette, website, leaflets).
    public var rulesWhere = ""
    /// How often it publishes a report on its operations and accounts; nil when it does not.
    public var reporting: Frequency?
    // Impartiality
    public var complaintsChannel = false
    /// Who reviews appeals.
    public var appealBody = ""
    public var appealIndependent = false
    /// Average days to decide an appeal.
    public var appealDays: Double?
    // Service standards: target and actual
    /// Days from a complete claim to the decision.
    public var decideDaysTarget: Double?
    public var decideDaysActual: Double?
    /// Days from the decision to the first payment.
    public var payDaysTarget: Double?
    public var payDaysActual: Double?
    /// Share of payments made on the due date, in percent.
    public var onTimeTarget: Double?
    public var onTimeActual: Double?
    /// Share of the people covered who live within reach of an access point (an office, agent or
    /// pay point within an hour's travel), in percent.
    public var reachTarget: Double?
    public var reachActual: Double?
    // Efficiency: left empty, the scheme's own figures are used.
    public var beneficiaries: Double?
    public var benefitsPaid: Double?
    public var administrativeCost: Double?
    public init(id: EntityID) { self.id = id }
    public static var entityKind: EntityKind { .service }
    public static var keyPath: WritableKeyPath<Plan, [ServiceProfile]> { \.administration.services }
    public var title: String { schemeId ?? institutionId ?? id }
}

/// One service standard: what it measures, its target and the actual figure.
public struct ServiceStandard: Equatable, Sendable {
    public enum Measure: String, CaseIterable, Sendable {
        case decide, pay, onTime, reach
        public var label: String {
            switch self {
            case .decide: "time to decide a claim"
            case .pay: "time to pay"
            case .onTime: "payments on time"
            case .reach: "reach of access points"
            }
        }
        /// Days: lower is better; percentages: higher is better.
        public var lowerIsBetter: Bool { self == .decide || self == .pay }
        public var unit: String { lowerIsBetter ? "days" : "%" }
    }
    public var measure: Measure
    public var target: Double?
    public var actual: Double?

    /// True when both are given and the actual figure is worse than the target.
    public var isMissed: Bool {
        guard let target, let actual else { return false }
        return measure.lowerIsBetter ? actual > target + 1e-9 : actual < target - 1e-9
    }
}

extension ServiceProfile {
    public var standards: [ServiceStandard] {
        [ServiceStandard(measure: .decide, target: decideDaysTarget, actual: decideDaysActual),
         ServiceStandard(measure: .pay, target: payDaysTarget, actual: payDaysActual),
         ServiceStandard(measure: .onTime, target: onTimeTarget, actual: onTimeActual),
         ServiceStandard(measure: .reach, target: reachTarget, actual: reachActual)]
    }
}

/// What a scheme's administration costs per beneficiary and per unit of benefit paid, so "reasonable
/// in relation to the outcome" is a figure compared across schemes.
public struct ServiceCost: Equatable, Sendable {
    public var profileId: EntityID
    public var name: String
    public var beneficiaries: Double?
    public var benefitsPaid: Double?
    public var administrativeCost: Double?
    /// Administrative cost per beneficiary a year, in the plan's currency.
    public var perBeneficiary: Double? {
        guard let administrativeCost, let beneficiaries, beneficiaries > 0 else { return nil }
        return administrativeCost / beneficiaries
    }
    /// Administrative cost per 100 units of benefit paid.
    public var per100Paid: Double? {
        guard let administrativeCost, let benefitsPaid, benefitsPaid > 0 else { return nil }
        return 100 * administrativeCost / benefitsPaid
    }
}

extension Plan {
    /// Each service profile's cost figures: its own where given, else its scheme's (beneficiaries are
    /// the scheme's recipients added up; benefits paid its expenditure less administrative cost).
    public func serviceCosts() -> [ServiceCost] {
        administration.services.map { profile in
            let scheme = profile.schemeId.flatMap { id in stocktake.schemes.first { $0.id == id } }
            let recipients = scheme.map { $0.recipients.reduce(0) { $0 + $1.count } }
            let schemeBenefits: Double? = scheme.flatMap { scheme in
                scheme.expenditure.map { $0 - (scheme.administrativeCost ?? 0) }
            }
            return ServiceCost(profileId: profile.id, name: serviceName(profile),
                               beneficiaries: profile.beneficiaries ?? (recipients == 0 ? nil : recipients),
                               benefitsPaid: profile.benefitsPaid ?? schemeBenefits,
                               administrativeCost: profile.administrativeCost ?? scheme?.administrativeCost)
        }
    }

    /// The scheme's name, else the institution's, else the id.
    public func serviceName(_ profile: ServiceProfile) -> String {
        if let id = profile.schemeId, let scheme = stocktake.schemes.first(where: { $0.id == id }) { return scheme.name }
        if let id = profile.institutionId, let who = foundations.stakeholders.first(where: { $0.id == id }) {
            return who.acronym.isEmpty ? who.name : who.acronym
        }
        return profile.id
    }
}
