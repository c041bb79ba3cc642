extension Validator {
    mutating func checkMeta() {
        let meta = plan.meta
        func here(_ field: String) -> Location { Location(stage: .foundations, field: field) }
        if meta.country.name.trimmingSpaces.isEmpty {
            add(.error, "meta.country", here("country"), "The plan has no country name.")
        }
        let code = meta.country.code
        if !(2...3).contains(code.count) || !code.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            add(.warning, "meta.countryCode", here("iso code"),
                "The country code \"\(code)\" is not an ISO 3166 code (two or three capital letters).")
        }
        if meta.currency.count != 3 || !meta.currency.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            add(.error, "meta.currency", here("currency"),
                "The currency \"\(meta.currency)\" is not an ISO 4217 code (three capital letters).")
        }
        if meta.title.trimmingSpaces.isEmpty {
            add(.warning, "meta.title", here("title"), "The plan has no title.")
        }
        if meta.lastYear < meta.firstYear {
            add(.error, "meta.horizon", here("last year"),
                "The horizon ends in \(meta.lastYear), before it starts in \(meta.firstYear).")
        } else if meta.baseYear > meta.lastYear {
            add(.error, "meta.baseYear", here("base year"),
                "The base year \(meta.baseYear) is after the horizon ends (\(meta.lastYear)).")
        } else if meta.baseYear > meta.firstYear {
            add(.warning, "meta.baseYear", here("base year"),
                "The base year \(meta.baseYear) is after the first year of the plan (\(meta.firstYear)).")
        }
    }

    mutating func checkFoundations() {
        let foundations = plan.foundations
        reference(foundations.leadMinistryId, .stakeholder,
                  from: Location(stage: .foundations, field: "lead ministry"))
        for member in foundations.steeringCommittee {
            reference(member.stakeholderId, .stakeholder,
                      from: Location(.committeeMember, member.id, field: "represents"))
        }
        for stakeholder in foundations.stakeholders where stakeholder.name.trimmingSpaces.isEmpty {
            add(.warning, "name.empty", Location(.stakeholder, stakeholder.id, field: "name"),
                "Stakeholder \(stakeholder.id) has no name.")
        }
    }

    mutating func checkAdministration() {
        let administration = plan.administration
        for capacity in administration.capacities {
            let here = Location(.capacity, capacity.id)
            reference(capacity.institutionId, .stakeholder, from: Location(.capacity, capacity.id, field: "institution"))
            if capacity.institutionId.isEmpty {
                add(.error, "capacity.institution", here, "Capacity assessment \(capacity.id) names no institution.")
            }
            references(capacity.activityIds, .activity, from: Location(.capacity, capacity.id, field: "actions"))
        }
        var seen: Set<SchemeType> = []
        for ceiling in administration.costCeilings {
            let here = Location(.costCeiling, ceiling.id, field: "ceiling")
            percent(ceiling.ceilingPercent, here, what: "The ceiling for \(ceiling.schemeType.label.lowercased())")
            if ceiling.basis == .grossSpending && ceiling.ceilingPercent >= 100 {
                add(.error, "ceiling.gross", here, "A ceiling stated as a share of gross spending must be below 100%.")
            }
            if !seen.insert(ceiling.schemeType).inserted {
                add(.warning, "ceiling.duplicate", here,
                    "There is more than one cost ceiling for \(ceiling.schemeType.label.lowercased()).")
            }
        }
    }

    mutating func checkMonitoring() {
        let monitoring = plan.monitoring
        for outcome in monitoring.outcomes {
            reference(outcome.objectiveId, .objective, from: Location(.outcome, outcome.id, field: "objective"))
        }
        for indicator in monitoring.indicators {
            let here = Location(.resultIndicator, indicator.id)
            reference(indicator.outcomeId, .outcome, from: Location(.resultIndicator, indicator.id, field: "outcome"))
            reference(indicator.responsibleId, .stakeholder,
                      from: Location(.resultIndicator, indicator.id, field: "responsible"))
            if indicator.baseline == nil || indicator.baselineYear == nil {
                add(.warning, "indicator.baseline", Location(.resultIndicator, indicator.id, field: "baseline"),
                    "Indicator \(name(indicator)) has no baseline value and year.")
            }
            if indicator.targets.isEmpty {
                add(.warning, "indicator.targets", Location(.resultIndicator, indicator.id, field: "targets"),
                    "Indicator \(name(indicator)) has no targets.")
            }
            for target in indicator.targets {
                inHorizon(target.year, Location(.resultIndicator, indicator.id, field: "targets"),
                          what: "A target year of \(name(indicator))")
            }
            if indicator.outcomeId == nil {
                add(.hint, "indicator.outcome", here, "Indicator \(name(indicator)) is not linked to an outcome.")
            }
        }
        for actual in monitoring.actuals {
            reference(actual.indicatorId, .resultIndicator, from: Location(.actual, actual.id, field: "indicator"))
        }
    }

    mutating func checkEvaluation() {
        let evaluation = plan.evaluation
        for finding in evaluation.findings {
            reference(finding.questionId, .question, from: Location(.finding, finding.id, field: "question"))
            if let rating = finding.rating, !(1...4).contains(rating) {
                add(.error, "finding.rating", Location(.finding, finding.id, field: "rating"),
                    "Finding \(finding.id) is rated \(rating); ratings go from 1 (poor) to 4 (good).")
            }
        }
        for recommendation in evaluation.recommendations {
            references(recommendation.findingIds, .finding,
                       from: Location(.recommendation, recommendation.id, field: "findings"))
        }
    }
}
