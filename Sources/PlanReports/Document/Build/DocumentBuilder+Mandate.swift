import PlanDomain

extension DocumentBuilder {
    /// Chapter 1: who mandated the strategy, the steering committee, the method, the
    /// consultations, readiness and the approval path.
    func mandateChapter(_ numbering: inout Numbering) -> DocChapter {
        let f = plan.foundations
        var sections = [opening(numbering, narrative(.process))]
        var mandate: [(String, String)] = [
            (w[.authority], f.mandate.authority.isEmpty ? "–" : f.mandate.authority),
            (w[.instrument], f.mandate.instrument.isEmpty ? "–" : f.mandate.instrument),
            (w[.mandateDate], n.day(f.mandate.date)),
            (w[.leadMinistry], f.leadMinistryId.map { name(.stakeholder, $0) } ?? "–"),
        ]
        if !f.mandate.summary.isEmpty { mandate.append((w[.summary], f.mandate.summary)) }
        sections.append(section(&numbering, w[.secMandate], [.facts(mandate)]))

        let members = f.steeringCommittee.map { member in
            [member.name, member.position, member.stakeholderId.map { name(.stakeholder, $0) } ?? "–",
             member.chair ? w("Chair") : ""]
        }
        sections.append(section(&numbering, w[.secCommittee], members.isEmpty ? [] : [
            table(&numbering, w("Composition of the steering committee"),
                  [DocColumn(w("Member")), DocColumn(w("Position")), DocColumn(w("Represents")), DocColumn(w("Role"))],
                  members),
        ]))
        sections.append(section(&numbering, w[.secMethod], [.paragraph(w[.method])]))
        sections.append(expertSection(&numbering))

        let consultations = plan.strategy.consultations.sorted { ($0.date ?? Day(dayNumber: 0)) < ($1.date ?? Day(dayNumber: 0)) }
        sections.append(section(&numbering, w[.secConsultations], consultations.isEmpty ? [] : [
            table(&numbering, w("Consultations held"),
                  [DocColumn(w("Date")), DocColumn(w("Participants")), DocColumn(w("Topics")), DocColumn(w("Outcome"))],
                  consultations.map { [n.shortDay($0.date), $0.participants, $0.topics, $0.outcome] },
                  note: w("How each outcome was taken into account is in the consultation log (annex).")),
        ]))

        let readiness = Dimension.allCases.flatMap { dimension in
            f.readiness.filter { $0.dimension == dimension }.map { [dimension.label, $0.criterion, $0.status.label, $0.note] }
        }
        sections.append(section(&numbering, w[.secReadiness], readiness.isEmpty ? [] : [
            table(&numbering, w("Readiness checklist by dimension"),
                  [DocColumn(w("Dimension")), DocColumn(w("Criterion")), DocColumn(w("Status")), DocColumn(w("Note"))],
                  readiness),
        ]))

        let approvals = plan.strategy.approvals.map { step in
            [step.stage.label, step.status.label, n.shortDay(step.date), approvedVersion(step),
             step.reference.isEmpty ? step.note : step.reference]
        }
        var approvalBlocks: [DocBlock] = approvals.isEmpty ? [] : [
            table(&numbering, w("The approval path"),
                  [DocColumn(w("Step")), DocColumn(w("Status")), DocColumn(w("Date")), DocColumn(w("What it approves")),
                   DocColumn(w("Reference or next step"))],
                  approvals,
                  note: w("Each fingerprint identifies the content approved (SHA-256, strategy-action plan-costing).")),
        ]
        let public_ = plan.strategy.publicInformation.map {
            [$0.audience, $0.channel, $0.message, n.shortDay($0.date), $0.responsibleId.map { name(.stakeholder, $0) } ?? "–",
             $0.status.label]
        }
        if !public_.isEmpty {
            approvalBlocks.append(table(&numbering, w[.secPublic],
                [DocColumn(w("Audience")), DocColumn(w("Channel")), DocColumn(w("Message")), DocColumn(w("Date")),
                 DocColumn(w("Responsible")), DocColumn(w("Status"))],
                public_))
        }
        let evidence = plan.strategy.acceptance.map { item in
            [item.kind.label + ": " + item.title, n.shortDay(item.date), item.stance.label
                + (item.supportPercent.map { " (" + n.share($0) + ")" } ?? ""), item.summary,
             item.measureIds.isEmpty ? w("The strategy") : item.measureIds.map { name(.measure, $0) }.joined(separator: "; ")]
        }
        if !evidence.isEmpty {
            approvalBlocks.append(table(&numbering, w("Evidence of public acceptance"),
                [DocColumn(w("Evidence")), DocColumn(w("Date")), DocColumn(w("Stance")), DocColumn(w("What it shows")),
                 DocColumn(w("Concerns"))], evidence))
        }
        sections.append(section(&numbering, w[.secApproval], approvalBlocks))
        return chapter(numbering, w[.chMandate], sections)
    }

    /// "The strategy, the costing: Draft 3 (3f9a0c1d2b4e-77be21a09c3d)".
    private func approvedVersion(_ step: ApprovalStep) -> String {
        let documents = PlanDocument.allCases.filter(step.documents.contains).map(\.label).joined(separator: ", ")
        let version = [step.version, step.fingerprint.isEmpty ? "" : "(\(step.fingerprint))"].filter { !$0.isEmpty }
            .joined(separator: " ")
        return [documents, version].filter { !$0.isEmpty }.joined(separator: ": ")
    }
}
