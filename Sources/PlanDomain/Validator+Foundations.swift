extension Validator {
    mutating func checkMeta() {
        let meta = plan.meta
        func here(_ field: RecordKind.DetailsField) -> Location { Location(field) }
        if meta.country.name.isBlank {
            add(.error, .metaCountry, here(.country), "The plan has no country name.")
        }
        let code = meta.country.code
        if !(2...3).contains(code.count) || !code.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            add(.warning, .metaCountryCode, here(.isoCode),
                "The country code \"\(code)\" is not an ISO 3166 code (two or three capital letters).")
        }
        if meta.currency.count != 3 || !meta.currency.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            add(.error, .metaCurrency, here(.currency),
                "The currency \"\(meta.currency)\" is not an ISO 4217 code (three capital letters).")
        }
        if meta.title.isBlank {
            add(.warning, .metaTitle, here(.title), "The plan has no title.")
        }
        if meta.lastYear < meta.firstYear {
            add(.error, .metaHorizon, here(.lastYear),
                "The horizon ends in \(meta.lastYear), before it starts in \(meta.firstYear).")
        } else if meta.baseYear > meta.lastYear {
            add(.error, .metaBaseYear, here(.baseYear),
                "The base year \(meta.baseYear) is after the horizon ends (\(meta.lastYear)).")
        } else if meta.baseYear > meta.firstYear {
            add(.warning, .metaBaseYear, here(.baseYear),
                "The base year \(meta.baseYear) is after the first year of the plan (\(meta.firstYear)).")
        }
    }

    mutating func checkFoundations() {
        let foundations = plan.foundations
        reference(foundations.leadMinistryId, .stakeholder,
                  from: Location(RecordKind.MandateField.leadMinistry))
        for member in foundations.steeringCommittee {
            reference(member.stakeholderId, .stakeholder,
                      from: Location(member.id, CommitteeMember.Field.represents))
        }
        for stakeholder in foundations.stakeholders where stakeholder.name.isBlank {
            add(.warning, .nameEmpty, Location(stakeholder.id, Stakeholder.Field.name),
                "Stakeholder \(stakeholder.id) has no name.")
        }
        checkStudies()
        checkExperts()
    }

    /// Capacities and cost ceilings (then each scheme's service profile, then the profiles: see
    /// `checkServices`).
    mutating func checkAdministration() {
        let administration = plan.administration
        for capacity in administration.capacities {
            let here = Location(capacity.id, CapacityAssessment.Field.institution)
            reference(capacity.institutionId, .stakeholder, from: here)
            if capacity.institutionId.isEmpty {
                add(.error, .capacityInstitution, here, "Capacity assessment \(capacity.id) names no institution.")
            }
            references(capacity.activityIds, .activity, from: Location(capacity.id, CapacityAssessment.Field.actions))
        }
        var seen: Set<String> = []
        for ceiling in administration.costCeilings {
            let here = Location(ceiling.id, CostCeiling.Field.ceiling)
            percent(ceiling.ceilingPercent, here, what: "The ceiling for \(ceiling.title.lowercased())")
            if ceiling.basis == .grossSpending && ceiling.ceilingPercent >= 100 {
                add(.error, .ceilingGross, here, "A ceiling stated as a share of gross spending must be below 100%.")
            }
            if !seen.insert("\(ceiling.schemeType.rawValue)|\(ceiling.contingency?.rawValue ?? "")").inserted {
                add(.warning, .ceilingDuplicate, here,
                    "There is more than one cost ceiling for \(ceiling.title.lowercased()).")
            }
        }
    }
}
