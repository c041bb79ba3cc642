extension Validator {
    /// The service profiles of the administration (stage 4).
    /// A scheme with no service profile (checked for each scheme before the profiles themselves).
    mutating func checkServiceProfile(of scheme: Scheme) {
        // Community-based schemes and employer liability have no administration of their own to profile.
        guard scheme.type != .communityBased && scheme.type != .employerLiability,
              !profiledSchemes().contains(scheme.id) else { return }
        add(.hint, .serviceNone, Location(stage: .administration, kind: .service), .schemeNoServiceProfile, Named(scheme))
    }

    mutating func checkServices() {
        for profile in plan.administration.services {
            let who = serviceName(profile)
            reference(profile.schemeId, .scheme, from: Location(profile.id, ServiceProfile.Field.scheme))
            reference(profile.institutionId, .stakeholder, from: Location(profile.id, ServiceProfile.Field.institution))
            if !profile.rulesPublished {
                add(.warning, .serviceTransparency, Location(profile.id, ServiceProfile.Field.rules),
                    "\(who) does not publish its rules: people cannot know what they are entitled to.")
            }
            if profile.reporting == nil {
                add(.warning, .serviceTransparency, Location(profile.id, ServiceProfile.Field.reporting),
                    "\(who) publishes no report on its operations and accounts.")
            }
            if !profile.complaintsChannel {
                add(.warning, .serviceAppeals, Location(profile.id, ServiceProfile.Field.complaints),
                    "\(who) has no channel for complaints.")
            }
            if !profile.appealIndependent {
                add(.warning, .serviceAppeals, Location(profile.id, ServiceProfile.Field.appeals),
                    "Appeals against decisions of \(who) are not reviewed by an independent body.")
            }
            let standards = profile.standards
            if standards.allSatisfy({ $0.target == nil }) {
                add(.warning, .serviceTargets, Location(profile.id, ServiceProfile.Field.decide),
                    "\(who) sets no service standard: give targets for the time to decide and to pay,"
                        + " payments on time and reach of access points.")
            }
            let fields: [ServiceStandard.Measure: ServiceProfile.Field] = [
                .decide: .decide, .pay: .pay, .onTime: .onTime, .reach: .reach,
            ]
            for standard in standards {
                let here = Location(profile.id, fields[standard.measure]!)
                if standard.measure.lowerIsBetter {
                    nonNegative(standard.target, here, what: "The target \(standard.measure.label)")
                    nonNegative(standard.actual, here, what: "The actual \(standard.measure.label)")
                } else {
                    percent(standard.target, here, what: "The target share of \(standard.measure.label)")
                    percent(standard.actual, here, what: "The actual share of \(standard.measure.label)")
                }
                if standard.isMissed, let target = standard.target, let actual = standard.actual {
                    let unit = standard.measure.lowerIsBetter ? " days" : "%"
                    add(.hint, .serviceMissed, here,
                        "\(who) misses its standard for \(standard.measure.label): \(format(actual))\(unit)"
                            + " against a target of \(format(target))\(unit).")
                }
            }
            for (value, what) in [(profile.beneficiaries, "beneficiaries"), (profile.benefitsPaid, "benefits paid"),
                                  (profile.administrativeCost, "administrative cost")] {
                nonNegative(value, Location(profile.id, ServiceProfile.Field.cost), what: "The \(what)")
            }
        }
    }

    /// What `plan.serviceName` gives, through the index.
    private func serviceName(_ profile: ServiceProfile) -> String {
        if let id = profile.schemeId, let position = positions.position(of: id, .scheme) { return plan.stocktake.schemes[position].name }
        return plan.serviceName(profile)
    }

    /// The schemes some service profile names, computed once per validation.
    private mutating func profiledSchemes() -> Set<EntityID> {
        if let profiledSchemeCache { return profiledSchemeCache }
        let profiled = Set(plan.administration.services.compactMap(\.schemeId))
        profiledSchemeCache = profiled
        return profiled
    }
}
