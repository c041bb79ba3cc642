extension Validator {
    /// Expert support by stage, and partners involved from the start (their first consultation).
    mutating func checkExperts() {
        let support = plan.foundations.expertSupport
        for entry in support {
            let id = entry.id
            let who = entry.expert.isBlank ? "Expert support \(id)" : "Expert support \(id) (\(entry.expert))"
            reference(entry.providerId, .stakeholder, from: Location(id, ExpertSupport.Field.provider))
            reference(entry.pledgeId, .pledge, from: Location(id, ExpertSupport.Field.pledge))
            if entry.expert.isBlank {
                add(.warning, .nameEmpty, Location(id, ExpertSupport.Field.expert), "\(who) names no expert or team.")
            }
            if entry.stages.isEmpty {
                add(.warning, .expertStages, Location(id, ExpertSupport.Field.stages),
                    "\(who) names no stage: choose the stages the expert supports.")
            }
            if !(entry.personDays > 0) {
                add(.warning, .expertDays, Location(id, ExpertSupport.Field.personDays),
                    "\(who) has no person-days: say how much of the expert's time is planned.")
            }
            if let start = entry.start, let finish = entry.finish, finish < start {
                add(.error, .expertDays, Location(id, ExpertSupport.Field.finish),
                    "\(who) finishes (\(finish)) before it starts (\(start)).")
            }
        }
        let unsupported = PlanStep.allCases.filter { step in !support.contains { $0.stages.contains(step) } }
        if !unsupported.isEmpty && !plan.strategy.measures.isEmpty {
            add(.hint, .expertNone, Location(stage: .foundations, kind: .expertSupport),
                "No expert support is recorded for \(unsupported.map(\.label).joined(separator: ", ")):"
                    + " the guide asks for experts' support at all stages.")
        }
        checkPartners()
    }

    private mutating func checkPartners() {
        let approvalStart = plan.strategy.approvals.compactMap(\.date).min()
        let involvements = plan.firstInvolvements()
        for stakeholder in plan.foundations.stakeholders where stakeholder.kind.isPartner {
            let here = Location(stakeholder.id, Stakeholder.Field.name)
            guard let first = involvements[stakeholder.id] else {
                if !plan.strategy.consultations.isEmpty {
                    add(.warning, .partnerConsulted, here,
                        "\(stakeholder.kind.label) \(name(stakeholder)) takes part in no dated consultation:"
                            + " involve them, and record it in the consultation log.")
                }
                continue
            }
            if let approvalStart, first > approvalStart {
                add(.hint, .partnerLate, here,
                    "\(stakeholder.kind.label) \(name(stakeholder)) was first consulted on \(first), after the strategy"
                        + " started its approval on \(approvalStart): partners should take part from the start.")
            }
        }
    }
}
