extension Validator {
    /// What each approval step approved (a fingerprint of the action plan reads every activity).
    mutating func checkApprovedVersions() {
        // Whether a document is a version: asked once per document and version in a validation, not
        // once per step (a plan with hundreds of steps took minutes to check); the memo behind it
        // hashes only what changed since (`VersionMemo`).
        let plan = self.plan
        var known: [String: Bool] = [:]
        let holds = { (document: PlanDocument, version: String) -> Bool in
            let key = document.rawValue + ":" + version
            if let answer = known[key] { return answer }
            let answer = plan.isVersion(document, version)
            known[key] = answer
            return answer
        }
        for step in plan.strategy.approvals {
            let what = step.stage.label
            if step.documents.isEmpty && step.status != .pending {
                add(.warning, .approvalDocuments, Location(step.id, ApprovalStep.Field.documents),
                    "\(what) names no document it approves: choose the strategy, the action plan or the costing.")
            }
            guard step.status == .approved, !step.documents.isEmpty else { continue }
            guard let changed = plan.changedSinceApproval(step, holds: holds) else {
                let detail = step.fingerprint.isBlank ? "records no version of what it approved"
                    : "records a fingerprint (\(step.fingerprint)) that does not have one part per document approved"
                add(.warning, .approvalVersion, Location(step.id, ApprovalStep.Field.fingerprint),
                    "\(what) \(detail): empty the fingerprint and save the step to record the version in the plan now.")
                continue
            }
            guard !changed.isEmpty else { continue }
            let adopting = step.stage == .government || step.stage == .parliament
            let names = changed.count < 2 ? changed.map(\.name).joined()
                : changed.dropLast().map(\.name).joined(separator: ", ") + " and " + changed.last!.name
            let version = step.version.isBlank ? "" : " (\(step.version))"
            let message = "\(names.prefix(1).uppercased() + names.dropFirst()) changed after \(what.lowercased())"
                + " approved it\(version): the plan no longer holds the version approved."
            let here = Location(step.id, ApprovalStep.Field.fingerprint)
            // After adoption by Government or Parliament a change means the plan is not what was adopted;
            // after earlier steps amendments are the normal course.
            if adopting { add(.warning, .approvalChanged, here, message) } else { add(.hint, .approvalChanged, here, message) }
        }
    }

    /// The communication plan and the evidence of acceptance.
    mutating func checkCommunication() {
        let strategy = plan.strategy
        for action in strategy.publicInformation {
            reference(action.responsibleId, .stakeholder, from: Location(action.id, PublicAction.Field.responsible))
            references(action.measureIds, .measure, from: Location(action.id, PublicAction.Field.measures))
            if action.responsibleId == nil && action.status != .cancelled {
                add(.warning, .communicationResponsible, Location(action.id, PublicAction.Field.responsible),
                    "Communication action \(name(action)) names no one responsible for it.")
            }
        }
        let explained = Set(strategy.publicInformation.filter { $0.status != .cancelled }.flatMap(\.measureIds))
        if !strategy.publicInformation.isEmpty {
            for measure in strategy.measures where !explained.contains(measure.id) {
                add(.hint, .communicationMeasure, Location(.measure, measure.id),
                    "No communication action explains measure \(name(measure)) to the people it concerns.")
            }
        }
        if strategy.acceptance.isEmpty {
            add(.hint, .acceptanceNone, Location(stage: .strategy, kind: .acceptance),
                "No evidence of public acceptance is recorded: add surveys, consultations or media coverage.")
        }
        for evidence in strategy.acceptance {
            references(evidence.measureIds, .measure, from: Location(evidence.id, AcceptanceEvidence.Field.measures))
            percent(evidence.supportPercent, Location(evidence.id, AcceptanceEvidence.Field.support),
                    what: "The share in favour")
            nonNegative(evidence.size, Location(evidence.id, AcceptanceEvidence.Field.size), what: "The size")
            guard evidence.stance == .opposed || evidence.stance == .mixed else { continue }
            for id in evidence.measureIds {
                let answered = strategy.publicInformation.contains { action in
                    action.status != .cancelled && action.measureIds.contains(id)
                        && (evidence.date == nil || action.date == nil || action.date! >= evidence.date!)
                }
                if !answered {
                    add(.warning, .acceptanceOpposed, Location(evidence.id, AcceptanceEvidence.Field.measures),
                        "\(name(evidence)) shows \(evidence.stance.label.lowercased()) views of measure"
                            + " \(nameOf(.measure, id)), and no communication action explains it afterwards.")
                }
            }
        }
    }
}
