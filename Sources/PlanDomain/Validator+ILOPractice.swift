extension Validator {
    /// Rules from ILO practice: tripartite steering, the law before the benefit, contributions that
    /// pay for what a contributory measure spends, and the references the schema 3 fields make.
    mutating func checkILOPractice() {
        checkTripartism()
        let model = CostModel(plan: plan)
        for measure in plan.strategy.measures {
            reference(measure.contribution.insuredGroupId, .group, from: Location(measure.id, Measure.Field.contributions))
            references(measure.replacesSchemeIds, .scheme, from: Location(measure.id, Measure.Field.replaces))
            checkLaw(of: measure, model: model)
            checkContributionRate(of: measure, model: model)
        }
    }

    /// The schemes one scheme is a branch of or exclusive with must exist (after the measures' rules).
    mutating func checkSchemeRelations(_ scheme: Scheme) {
        // The locations (made only for a finding) capture the id, not the scheme: a closure that
        // captures the scheme copies all of it, for each of the thousands.
        let id = scheme.id
        reference(scheme.branchOf, .scheme, from: Location(id, Scheme.Field.branchOf))
        references(scheme.exclusiveWith, .scheme, from: Location(id, Scheme.Field.exclusiveWith))
    }

    /// ILO practice is tripartite: government, employers' and workers' organisations steer.
    private mutating func checkTripartism() {
        let committee = plan.foundations.steeringCommittee
        guard !committee.isEmpty else { return }
        let kinds = Set(committee.compactMap { member in
            plan.foundations.stakeholders.first { $0.id == member.stakeholderId }?.kind
        })
        let missing = [(StakeholderKind.employers, "employers'"), (.workers, "workers'")]
            .filter { !kinds.contains($0.0) }.map(\.1)
        guard !missing.isEmpty else { return }
        add(.warning, .committeeTripartite, Location(stage: .foundations, kind: .committeeMember),
            "The steering committee has no member representing "
                + missing.map { "\($0) organisations" }.joined(separator: " or ")
                + ": ILO practice (R202 para. 3(r), C102's tripartite administration) steers the strategy "
                + "with government, employers' and workers' organisations.")
    }

    private mutating func checkLaw(of measure: Measure, model: CostModel) {
        guard measure.legislationStatus != .notNeeded else { return }
        let here = Location(measure.id, Measure.Field.legislation)
        guard let lawYear = measure.lawYear else {
            if measure.legislationStatus != .passed {
                add(.hint, .measureLaw, here,
                    "Measure \(name(measure)) needs a law (\(measure.legislationStatus.label.lowercased())) but says "
                        + "not when it is expected to pass.")
            }
            return
        }
        if let start = model.startYear(of: measure), start < lawYear {
            add(.warning, .measureLaw, here,
                "Measure \(name(measure)) pays benefits from \(start), before the law it needs passes (\(lawYear)).")
        }
    }

    /// A contributory measure whose contributions (employer, worker and state) are below the
    /// required rate runs a deficit that general revenue pays.
    private mutating func checkContributionRate(of measure: Measure, model: CostModel) {
        let terms = measure.contribution
        guard terms.isSet, let required = model.cost(of: measure).requiredContributionRatePercent else { return }
        let rate = terms.contributoryRatePercent + terms.stateRatePercent
        guard rate + 1e-9 < required else { return }
        add(.hint, .measureContributionRate, Location(measure.id, Measure.Field.contributions),
            "Measure \(name(measure)) collects \(format(rate))% of insurable earnings but its expenditure requires "
                + "\(format(required))% over its years; general revenue pays the difference.")
    }
}
